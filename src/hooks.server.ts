import type { ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { setupAppDatabase } from '$lib/server/setup';
import { warmTiles } from '$lib/server/tiles';
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

/** Sets up the database (migrate, on first start load, index) before the first request. */
export const init: ServerInit = () => {
	const db = setupAppDatabase();
	setTimeout(() => warmTiles(db), 0);
};

export const handle = sequence(
	compression,
	pageCache,
	responseHeaders,
	machineErrors,
	language,
	session
);
