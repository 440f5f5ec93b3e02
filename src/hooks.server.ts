import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb } from '$lib/server/db';
import { warmTiles } from '$lib/server/tiles';
import { parseLang } from '$lib/i18n';
import { compress } from '$lib/server/compress';
import { applyHeaders } from '$lib/server/security-headers';
import { asMachineError, isMachinePath } from '$lib/server/api/machine-errors';
import { isCacheablePage, rememberPage } from '$lib/server/api/list-cache';
// Publishes the fast lane that scripts/serve.js asks before SvelteKit (cached lists, tiles).
import '$lib/server/fast-lane';

/** Open (migrate, and on first start load) the database before the first request. */
export const init: ServerInit = () => {
	const db = getDb();
	setTimeout(() => warmTiles(db), 0);
};

/** The page's language: `?lang=`, else the browser's, Polish first. */
const language: Handle = ({ event, resolve }) => {
	const lang = parseLang(
		event.url.searchParams.get('lang'),
		event.request.headers.get('accept-language')
	);
	event.locals.lang = lang;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};

/** Machines get JSON: an HTML error page under /api/ or /ogc/ becomes the API's error shape. */
const machineErrors: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	return isMachinePath(event.url.pathname)
		? asMachineError(response, event.request.method, event.url.pathname)
		: response;
};

/**
 * Security and CORS headers, then compression (outermost: it sees the final body). A public page
 * is kept in memory as sent, for the fast lane to answer next time (see api/list-cache.ts).
 */
const headersAndCompression: Handle = async ({ event, resolve }) => {
	let response = await resolve(event);
	applyHeaders(response.headers, event.url.pathname);
	const { method, headers } = event.request;
	if (
		response.status === 200 &&
		isCacheablePage(method, event.url.pathname, headers.get('cookie')) &&
		/^text\/html/.test(response.headers.get('content-type') ?? '')
	) {
		const body = Buffer.from(await response.arrayBuffer());
		const etag = rememberPage(
			event.locals.lang,
			event.url.pathname + event.url.search,
			response.headers,
			body
		);
		response = new Response(new Uint8Array(body), { status: 200, headers: response.headers });
		response.headers.set('etag', etag);
	}
	return compress(event.request, response);
};

export const handle = sequence(headersAndCompression, machineErrors, language);
