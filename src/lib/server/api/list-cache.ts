/**
 * Cached API list responses. A list answer depends only on its URL and the data version, so it
 * is computed once per version, served with an ETag (304 when unchanged) and, compressed, from
 * memory: repeated queries cost about as much as a static file.
 */
import { createHash } from 'node:crypto';
import { metaValue } from '../tiles';
import { getDb } from '../db';

interface Entry {
	body: string;
	type: string;
	etag: string;
	extra: Record<string, string>;
}

const MAX = 500;
const cache = new Map<string, Entry>();

export function cachedResponse(
	request: Request,
	url: URL,
	make: () => { body: string; type: string; headers?: Record<string, string> }
): Response {
	const version = metaValue(getDb(), 'records_version');
	const key = `${version}|${url.pathname}?${url.searchParams.toString()}`;
	let entry = cache.get(key);
	if (!entry) {
		const made = make();
		const etag = `W/"${version}-${createHash('sha1').update(key).digest('hex').slice(0, 16)}"`;
		entry = { body: made.body, type: made.type, etag, extra: made.headers ?? {} };
		if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
		cache.set(key, entry);
	}
	const headers = {
		'content-type': entry.type,
		'cache-control': 'public, max-age=60',
		'access-control-allow-origin': '*',
		etag: entry.etag,
		...entry.extra
	};
	if (request.headers.get('if-none-match') === entry.etag)
		return new Response(null, { status: 304, headers });
	return new Response(entry.body, { headers });
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
