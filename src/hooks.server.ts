import type { Handle, ServerInit } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { warmTiles } from '$lib/server/tiles';
import { parseLang } from '$lib/i18n';
import { compress } from '$lib/server/compress';
import { applyHeaders } from '$lib/server/security-headers';
// Publishes the fast lane that scripts/serve.js asks before SvelteKit (cached lists, tiles).
import '$lib/server/fast-lane';

/** Open (migrate, and on first start load) the database before the first request. */
export const init: ServerInit = () => {
	const db = getDb();
	setTimeout(() => warmTiles(db), 0);
};

export const handle: Handle = async ({ event, resolve }) => {
	const lang = parseLang(
		event.url.searchParams.get('lang'),
		event.request.headers.get('accept-language')
	);
	event.locals.lang = lang;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
	applyHeaders(response.headers, event.url.pathname);
	return compress(event.request, response);
};
