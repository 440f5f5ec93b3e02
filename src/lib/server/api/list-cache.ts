/**
 * Cached API list responses. A list answer depends only on its URL and the data version, so it
 * is computed once per version, served with an ETag (304 when unchanged) and, compressed once per
 * encoding, from memory.
 *
 * Repeated queries do not even need SvelteKit: the server's fast lane (../fast-lane.ts, asked by
 * scripts/serve.js before SvelteKit) calls `answerCachedList`, so a cached list costs about what
 * a static file costs. Only answers already made by the routes are served there; everything else
 * (a first request, a bad parameter, another method) goes the normal way.
 */
import { createHash } from 'node:crypto';
import { metaValue } from '../tiles';
import { getDb } from '../db';
import { MIN_BYTES, negotiate, pack, type Encoding } from '../compress';
import { responseHeaders } from '../security-headers';
import { byteCache } from '../cache';
import { EMPTY_FILTERS } from '../../filters';
import { pageSearch } from '../../page-params';

interface Entry {
	body: Buffer;
	type: string;
	etag: string;
	extra: Record<string, string>;
	packed: Partial<Record<Encoding, Buffer>>;
}

/** An answer from memory, in the shape both a route (as a Response) and scripts/serve.js send. */
export interface CachedAnswer {
	status: 200 | 204 | 304;
	headers: Record<string, string>;
	body: Buffer | null;
}

const entryBytes = (e: Entry) =>
	e.body.length + (e.packed.br?.length ?? 0) + (e.packed.gzip?.length ?? 0) + 256;
const cache = byteCache<Entry>('answers', entryBytes);

/** The paths whose answers are cached here (the list routes). */
const LIST_PATHS = new Set(['/api/v1/practices', '/api/v1/partnerships']);

/**
 * The parameters a list answer depends on. Others are ignored by the routes, so they are left out
 * of the key too: `?cb=1`, `?cb=2`, … share one entry instead of filling the cache with copies.
 */
const ANSWER_PARAMS = [...Object.keys(EMPTY_FILTERS), 'format', 'limit', 'offset'];

/** The cache key: the data version, the path and the answer's parameters in a fixed order. */
export function keyOf(version: string, pathname: string, search: URLSearchParams): string {
	let key = `${version}|${pathname}?`;
	for (const name of ANSWER_PARAMS) {
		const value = search.get(name);
		if (value !== null) key += `${name}=${encodeURIComponent(value)}&`;
	}
	return key;
}

function answer(
	key: string,
	entry: Entry,
	acceptEncoding: string | null | undefined,
	ifNoneMatch: string | null | undefined,
	pathname: string
): CachedAnswer {
	const headers: Record<string, string> = {
		'content-type': entry.type,
		'cache-control': 'public, max-age=60',
		...responseHeaders(pathname),
		...entry.extra,
		etag: entry.etag,
		vary: 'accept-encoding'
	};
	if (ifNoneMatch === entry.etag) return { status: 304, headers, body: null };
	const encoding = entry.body.length >= MIN_BYTES ? negotiate(acceptEncoding) : null;
	let body = entry.body;
	if (encoding) {
		let packed = entry.packed[encoding];
		if (!packed) {
			packed = entry.packed[encoding] = pack(entry.body, encoding);
			// Stored again, so the cache counts the compressed bytes too.
			if (cache.has(key)) cache.set(key, entry);
		}
		body = packed;
		headers['content-encoding'] = encoding;
	}
	headers['content-length'] = String(body.length);
	return { status: 200, headers, body };
}

/** The route's answer: from the cache, or made by `make` and cached. */
export function cachedResponse(
	request: Request,
	url: URL,
	make: () => { body: string; type: string; headers?: Record<string, string> }
): Response {
	const version = metaValue(getDb(), 'records_version');
	const key = keyOf(version, url.pathname, url.searchParams);
	let entry = cache.get(key);
	if (!entry) {
		const made = make();
		const etag = `W/"${version}-${createHash('sha1').update(key).digest('hex').slice(0, 16)}"`;
		entry = {
			body: Buffer.from(made.body),
			type: made.type,
			etag,
			extra: made.headers ?? {},
			packed: {}
		};
		cache.set(key, entry);
	}
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

/** An answer from memory as the Response a route returns. */
export function toResponse(a: CachedAnswer): Response {
	return new Response(a.body === null ? null : new Uint8Array(a.body), {
		status: a.status,
		headers: a.headers
	});
}

/** The path and the query (without `?`) of a request line's target. */
export function splitRequestUrl(requestUrl: string): { pathname: string; query: string } {
	const q = requestUrl.indexOf('?');
	return q === -1
		? { pathname: requestUrl, query: '' }
		: { pathname: requestUrl.slice(0, q), query: requestUrl.slice(q + 1) };
}

function fromCache(
	key: string,
	pathname: string,
	acceptEncoding: string | undefined,
	ifNoneMatch: string | undefined
): CachedAnswer | null {
	const entry = cache.get(key);
	return entry ? answer(key, entry, acceptEncoding, ifNoneMatch, pathname) : null;
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
	if (cache.size === 0) return null;
	const { pathname, query } = splitRequestUrl(requestUrl);
	if (!LIST_PATHS.has(pathname)) return null;
	const key = keyOf(metaValue(getDb(), 'records_version'), pathname, new URLSearchParams(query));
	return fromCache(key, pathname, acceptEncoding, ifNoneMatch);
}

export function pageParams(
	url: URL,
	fallback: number,
	max: number
): { limit: number; offset: number } | string {
	const limit = url.searchParams.get('limit');
	const offset = url.searchParams.get('offset');
	const l = limit === null ? fallback : /^\d{1,6}$/.test(limit) ? Number(limit) : NaN;
	const o = offset === null ? 0 : /^\d{1,7}$/.test(offset) ? Number(offset) : NaN;
	if (!(l >= 1 && l <= max))
		return `Parametr „limit” musi być liczbą 1–${max} / "limit" must be 1-${max}`;
	if (!(o >= 0)) return `Parametr „offset” musi być liczbą ≥ 0 / "offset" must be a number ≥ 0`;
	return { limit: l, offset: o };
}

/**
 * Rendered public pages, from memory. Under load on `/` (a busy municipal site embedding the map,
 * a link shared widely) rendering every request starves the other requests of the two cores; a
 * page depends only on its URL, its language and the data versions, so it is rendered once per
 * version and then answered like a cached list, by the fast lane before SvelteKit runs.
 *
 * The page's CSP nonce is kept with it for as long as the entry lives. That is safe here: a nonce
 * guards against markup injected into the page, and anything stored that could change the page
 * makes a new data version, hence a new rendering with a new nonce; no one can read a cached
 * nonce and then put markup into that same page. Requests with cookies (the coming admin
 * sessions) never use this cache.
 */
const PAGE = /^\/(?:|embed|osadz|(?:praktyki|partnerstwa)\/[^/]+)$/;

export function isCacheablePage(
	method: string,
	pathname: string,
	cookie: string | null | undefined
) {
	return (method === 'GET' || method === 'HEAD') && !cookie && PAGE.test(pathname);
}

/** Versions, language, path and the parameters pages read (page-params.ts), nothing else. */
function pageKey(lang: string, pathAndQuery: string): string {
	const { pathname, query } = splitRequestUrl(pathAndQuery);
	const versions = `${metaValue(getDb(), 'records_version')}.${metaValue(getDb(), 'boundaries_version')}`;
	return `${versions}|${lang}|${pathname}?${pageSearch(new URLSearchParams(query))}`;
}

/** Keeps a rendered page (status 200, headers as sent, body not yet compressed). */
export function rememberPage(
	lang: string,
	pathAndQuery: string,
	headers: Headers,
	body: Buffer
): string {
	const key = pageKey(lang, pathAndQuery);
	const extra: Record<string, string> = {};
	for (const [name, value] of headers)
		if (!/^(content-length|content-encoding|etag|vary|content-type)$/i.test(name))
			extra[name] = value;
	const etag = `W/"p-${createHash('sha1').update(key).digest('hex').slice(0, 20)}"`;
	cache.set(key, {
		body,
		type: headers.get('content-type') ?? 'text/html; charset=utf-8',
		etag,
		extra,
		packed: {}
	});
	return etag;
}

/** The fast lane's cached page for `GET requestUrl` in `lang`, or null. */
export function answerCachedPage(
	requestUrl: string,
	lang: string,
	acceptEncoding: string | undefined,
	ifNoneMatch: string | undefined
): CachedAnswer | null {
	if (cache.size === 0) return null;
	const { pathname } = splitRequestUrl(requestUrl);
	return fromCache(pageKey(lang, requestUrl), pathname, acceptEncoding, ifNoneMatch);
}
