import type { Handle, ServerInit } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { warmTiles } from '$lib/server/tiles';
import { parseLang } from '$lib/i18n';
import { compress } from '$lib/server/compress';

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
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	// Only the embed may be framed by other sites; every other page refuses (clickjacking).
	if (event.url.pathname === '/embed') {
		response.headers.set('content-security-policy', 'frame-ancestors *');
	} else {
		response.headers.set('content-security-policy', "frame-ancestors 'self'");
		response.headers.set('x-frame-options', 'SAMEORIGIN');
	}
	return compress(event.request, response);
};
