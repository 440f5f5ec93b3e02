/**
 * The server's fast lane: answers from memory that need no part of SvelteKit's request path.
 * scripts/serve.js (the server entry) asks `answerFromMemory` about every GET of an API list or a
 * tile before handing the request to SvelteKit; null means "not mine", and SvelteKit answers as
 * usual (first requests of a list, bad parameters, every page). The function is published on
 * globalThis under FAST_LANE because serve.js and the SvelteKit bundle are separate modules;
 * hooks.server.ts imports this file, so it is there once the server has started.
 */
import { answerCachedList, type CachedAnswer } from './api/list-cache';
import { answerTileUrl } from './tiles/answer';
import { responseHeaders } from './security-headers';

export function answerFromMemory(
	requestUrl: string,
	acceptEncoding: string | undefined,
	ifNoneMatch: string | undefined
): CachedAnswer | null {
	if (requestUrl.startsWith('/api/v1/'))
		return answerCachedList(requestUrl, acceptEncoding, ifNoneMatch);
	if (requestUrl.startsWith('/tiles/'))
		return answerTileUrl(requestUrl, acceptEncoding, ifNoneMatch);
	return null;
}

/** The key scripts/serve.js finds the fast lane under. */
export const FAST_LANE = Symbol.for('mapa-partnerstw.fastLane');
(globalThis as Record<symbol, unknown>)[FAST_LANE] = answerFromMemory;

/** scripts/serve.js sets these before any answer, so static files carry them too. */
export const RESPONSE_HEADERS = Symbol.for('mapa-partnerstw.responseHeaders');
(globalThis as Record<symbol, unknown>)[RESPONSE_HEADERS] = responseHeaders;
