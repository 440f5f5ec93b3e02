/**
 * Answers kept in memory: an API list or a rendered page, stored once per data version with its
 * ETag and, compressed once per encoding, answered from memory by the route or by the fast lane
 * (fast-lane.ts, before SvelteKit). list-cache.ts and page-cache.ts decide what is kept and under
 * which key; this module keeps it and answers with it.
 */
import { MIN_BYTES, negotiate, pack, type Encoding } from './compress';
import { responseHeaders } from './security-headers';
import { byteCache } from './cache';
import { notModified, publicFor } from './caching';

export interface Entry {
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
/** One budget for lists and pages (cache.ts): the answers people ask for most stay. */
export const answers = byteCache<Entry>('answers', entryBytes);

/** The answer from `entry` (stored under `key`): 304, or the body in the best encoding. */
export function answer(
	key: string,
	entry: Entry,
	acceptEncoding: string | null | undefined,
	ifNoneMatch: string | null | undefined,
	pathname: string
): CachedAnswer {
	const headers: Record<string, string> = {
		'content-type': entry.type,
		'cache-control': publicFor(),
		...responseHeaders(pathname),
		...entry.extra,
		etag: entry.etag,
		vary: 'accept-encoding'
	};
	if (notModified(ifNoneMatch, entry.etag)) return { status: 304, headers, body: null };
	// PNG is compressed already: packing it again costs time and saves nothing.
	const packable = entry.body.length >= MIN_BYTES && !entry.type.startsWith('image/png');
	const encoding = packable ? negotiate(acceptEncoding) : null;
	let body = entry.body;
	if (encoding) {
		let packed = entry.packed[encoding];
		if (!packed) {
			packed = entry.packed[encoding] = pack(entry.body, encoding);
			// Stored again, so the cache counts the compressed bytes too.
			if (answers.has(key)) answers.set(key, entry);
		}
		body = packed;
		headers['content-encoding'] = encoding;
	}
	headers['content-length'] = String(body.length);
	return { status: 200, headers, body };
}

/** The cached answer under `key`, or null. */
export function fromCache(
	key: string,
	pathname: string,
	acceptEncoding: string | undefined,
	ifNoneMatch: string | undefined
): CachedAnswer | null {
	const entry = answers.get(key);
	return entry ? answer(key, entry, acceptEncoding, ifNoneMatch, pathname) : null;
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
