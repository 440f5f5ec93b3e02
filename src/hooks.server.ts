import type { ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { setupAppDatabase } from '$lib/server/setup';
import { warmTiles } from '$lib/server/tiles';
import { env } from '$env/dynamic/private';
import { startDelivery } from '$lib/server/mail/delivery';
import { startDaily } from '$lib/server/submissions/daily';
import {
	compression,
	language,
	machineErrors,
	pageCache,
	responseHeaders,
	session
} from '$lib/server/http/handles';
// Publishes the fast lane that scripts/serve.js asks before SvelteKit (cached lists, tiles).
import '$lib/server/http/fast-lane';

/**
 * Sets up the database (migrate, on first start load, index) before the first request; starts the
 * mail delivery (with SMTP_URL) and the daily job (digest, stale notices, erasing old contacts).
 */
export const init: ServerInit = () => {
	const db = setupAppDatabase();
	setTimeout(() => warmTiles(db), 0);
	startDelivery(db);
	startDaily(db, env.ORIGIN ? new URL(env.ORIGIN).origin : 'http://localhost:3000');
};

export const handle = sequence(
	compression,
	pageCache,
	responseHeaders,
	machineErrors,
	language,
	session
);
