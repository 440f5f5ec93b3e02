/**
 * Cached API list responses. A list answer depends only on its URL and the data version, so it
 * is computed once per version, served with an ETag (304 when unchanged) and, compressed once per
 * encoding, from memory (answers.ts).
 *
 * Repeated queries do not even need SvelteKit: the server's fast lane (fast-lane.ts, asked by
 * scripts/serve.js before SvelteKit) calls `answerCachedList`, so a cached list costs about what
 * a static file costs. Only answers already made by the routes are served there; everything else
 * (a first request, a bad parameter, another method) goes the normal way.
 */
import { getDb } from '../db';
import { dataVersion, RECORDS_VERSION } from '../db/versions';
import { EMPTY_FILTERS } from '../../domain/filters';
import {
	answer,
	answers,
	fromCache,
	splitRequestUrl,
	toResponse,
	type CachedAnswer
} from './answers';
import { weakEtag } from './caching';

/** The paths whose answers are cached here (the list routes). */
const LIST_PATHS = new Set(['/api/v1/practices', '/api/v1/partnerships']);

/**
 * The parameters a list answer depends on. Others are ignored by the routes, so they are left out
 * of the key too: `?cb=1`, `?cb=2`, … share one entry instead of filling the cache with copies.
 */
const ANSWER_PARAMS = [...Object.keys(EMPTY_FILTERS), 'format', 'limit', 'offset'];

/** The cache key: the data version, the path and the answer's parameters in a fixed order. */
export function keyOf(
	version: string,
	pathname: string,
	search: URLSearchParams,
	params: readonly string[] = ANSWER_PARAMS
): string {
	let key = `${version}|${pathname}?`;
	for (const name of params) {
		const value = search.get(name);
		if (value !== null) key += `${name}=${encodeURIComponent(value)}&`;
	}
	return key;
}

type CachedEntry = NonNullable<ReturnType<typeof answers.get>>;
type Made = { body: string | Uint8Array; type: string; headers?: Record<string, string> };

/** The route's answer: from the cache, or made by `make` (at once, or later: XLSX) and cached. */
export function cachedResponse(
	request: Request,
	url: URL,
	make: () => Made,
	version?: string,
	params?: readonly string[]
): Response;
export function cachedResponse(
	request: Request,
	url: URL,
	make: () => Made | Promise<Made>,
	version?: string,
	params?: readonly string[]
): Response | Promise<Response>;
/**
 * `version` (the records' data version by default) keys the answer: a write makes a new one;
 * `params` are the query parameters the answer depends on (the lists' by default).
 */
export function cachedResponse(
	request: Request,
	url: URL,
	make: () => Made | Promise<Made>,
	version = dataVersion(getDb(), RECORDS_VERSION),
	params: readonly string[] = ANSWER_PARAMS
): Response | Promise<Response> {
	const key = keyOf(version, url.pathname, url.searchParams, params);
	const entry = answers.get(key);
	if (entry) return respond(request, url, key, entry);
	const made = make();
	return made instanceof Promise
		? made.then((m) => respond(request, url, key, store(key, version, m)))
		: respond(request, url, key, store(key, version, made));
}

function store(key: string, version: string, made: Made): CachedEntry {
	const entry: CachedEntry = {
		body: Buffer.from(made.body),
		type: made.type,
		etag: weakEtag(version, key, 16),
		extra: made.headers ?? {},
		packed: {}
	};
	answers.set(key, entry);
	return entry;
}

function respond(request: Request, url: URL, key: string, entry: CachedEntry) {
	return toResponse(
		answer(
			key,
			entry,
			request.headers.get('accept-encoding'),
			request.headers.get('if-none-match'),
			url.pathname
		)
	);
}

/**
 * The fast lane: the cached answer to `GET requestUrl` (path and query, as on the request line),
 * or null when it is not cached (the request then goes to SvelteKit).
 */
export function answerCachedList(
	requestUrl: string,
	acceptEncoding: string | undefined,
	ifNoneMatch: string | undefined
): CachedAnswer | null {
	if (answers.size === 0) return null;
	const { pathname, query } = splitRequestUrl(requestUrl);
	if (!LIST_PATHS.has(pathname)) return null;
	const key = keyOf(dataVersion(getDb(), RECORDS_VERSION), pathname, new URLSearchParams(query));
	return fromCache(key, pathname, acceptEncoding, ifNoneMatch);
}
