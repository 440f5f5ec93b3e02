/**
 * The server's handles, one job each, chained by `sequence()` in hooks.server.ts (outermost
 * first): compression sees the final body, the page cache keeps what was sent, the headers are
 * set on every answer, machines get JSON errors, the page gets its language, and the admin area
 * its user.
 * https://svelte.dev/docs/kit/hooks#Server-hooks-handle
 */
import type { Handle } from '@sveltejs/kit';
import { parseLang } from '../../i18n';
import { compress } from './compress';
import { applyHeaders } from './security-headers';
import { asMachineError, isMachinePath } from './machine-errors';
import { isCacheablePage, rememberPage } from './page-cache';
import { getDb } from '../db';
import {
	deleteSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSessionToken
} from '../auth/session';

/** Brotli or gzip for what SvelteKit renders (compress.ts). */
export const compression: Handle = async ({ event, resolve }) =>
	compress(event.request, await resolve(event));

/** A public page is kept in memory as sent, for the fast lane to answer next time (page-cache.ts). */
export const pageCache: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const { method, headers } = event.request;
	if (
		response.status !== 200 ||
		!isCacheablePage(method, event.url.pathname, headers.get('cookie')) ||
		!/^text\/html/.test(response.headers.get('content-type') ?? '')
	)
		return response;
	const body = Buffer.from(await response.arrayBuffer());
	const etag = rememberPage(
		event.locals.lang,
		event.url.pathname + event.url.search,
		response.headers,
		body
	);
	const kept = new Response(new Uint8Array(body), { status: 200, headers: response.headers });
	kept.headers.set('etag', etag);
	return kept;
};

/** Security and CORS headers (security-headers.ts). */
export const responseHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	applyHeaders(response.headers, event.url.pathname);
	return response;
};

/** Machines get JSON: an HTML error page under /api/ or /ogc/ becomes the API's error shape. */
export const machineErrors: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	return isMachinePath(event.url.pathname)
		? asMachineError(response, event.request.method, event.url.pathname)
		: response;
};

/** The page's language: `?lang=`, else the browser's, Polish first. */
export const language: Handle = ({ event, resolve }) => {
	const lang = parseLang(
		event.url.searchParams.get('lang'),
		event.request.headers.get('accept-language')
	);
	event.locals.lang = lang;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};

const ADMIN = /^\/admin(?:\/|$)/;

/**
 * The signed-in user from the session cookie, on `event.locals` (null without a valid session;
 * the language is the page's, `?lang=`). Only admin answers renew the cookie (its expiry follows
 * the session's idle expiry) or delete a dead one, and they are never stored by any cache: public
 * answers stay the same for everyone. The guards of auth/guard.ts read `locals.user`.
 */
export const session: Handle = async ({ event, resolve }) => {
	const admin = ADMIN.test(event.url.pathname);
	const token = event.cookies.get(SESSION_COOKIE);
	const found = token ? validateSessionToken(getDb(), token) : null;
	event.locals.user = found ? { ...found.user, lang: event.locals.lang } : null;
	event.locals.sessionId = found?.sessionId ?? null;
	if (admin && token) {
		if (found) setSessionCookie(event.cookies, event.url, token, found.expiresAt);
		else deleteSessionCookie(event.cookies, event.url);
	}
	const response = await resolve(event);
	if (admin) response.headers.set('cache-control', 'private, no-store');
	return response;
};
