/**
 * The server's fast lane: answers from memory that need no part of SvelteKit's request path.
 * scripts/serve.js (the server entry) asks `answerFromMemory` about every GET of an API list or a
 * tile before handing the request to SvelteKit; null means "not mine", and SvelteKit answers as
 * usual (first requests of a list, bad parameters, every page). The function is published on
 * globalThis under FAST_LANE because serve.js and the SvelteKit bundle are separate modules;
 * hooks.server.ts imports this file, so it is there once the server has started.
 */
import { splitRequestUrl, type CachedAnswer } from './answers';
import { answerCachedList } from './list-cache';
import { answerCachedPage, isCacheablePage } from './page-cache';
import { parseLang } from '../../i18n';
import { answerTileUrl } from './tile-answer';
import { responseHeaders } from './security-headers';

/** The request headers the lane reads (node's IncomingHttpHeaders fits). */
export interface LaneHeaders {
	'accept-encoding'?: string;
	'accept-language'?: string;
	'if-none-match'?: string;
	cookie?: string;
}

export function answerFromMemory(requestUrl: string, headers: LaneHeaders): CachedAnswer | null {
	const acceptEncoding = headers['accept-encoding'];
	const ifNoneMatch = headers['if-none-match'];
	if (requestUrl.startsWith('/api/v1/'))
		return answerCachedList(requestUrl, acceptEncoding, ifNoneMatch);
	if (requestUrl.startsWith('/tiles/'))
		return answerTileUrl(requestUrl, acceptEncoding, ifNoneMatch);
	const { pathname, query } = splitRequestUrl(requestUrl);
	if (!isCacheablePage('GET', pathname, headers.cookie)) return null;
	const lang = parseLang(new URLSearchParams(query).get('lang'), headers['accept-language']);
	return answerCachedPage(requestUrl, lang, acceptEncoding, ifNoneMatch);
}

/** The key scripts/serve.js finds the fast lane under. */
export const FAST_LANE = Symbol.for('mapa-partnerstw.fastLane');
(globalThis as Record<symbol, unknown>)[FAST_LANE] = answerFromMemory;

/** scripts/serve.js sets these before any answer, so static files carry them too. */
export const RESPONSE_HEADERS = Symbol.for('mapa-partnerstw.responseHeaders');
(globalThis as Record<symbol, unknown>)[RESPONSE_HEADERS] = responseHeaders;
