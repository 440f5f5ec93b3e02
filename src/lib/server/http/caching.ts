/**
 * What browsers and proxies may keep, and how they ask whether it changed: the Cache-Control values
 * and the ETags of every answer the server makes (API, cached lists and pages, tiles).
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Caching
 */
import { createHash } from 'node:crypto';

/** Public for `seconds` (a minute by default: data changes only with a write). */
export const publicFor = (seconds = 60) => `public, max-age=${seconds}`;

/** A year, never revalidated: the URL carries the data version (tiles). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A weak ETag `W/"<prefix>-<hash of key>"`, the hash cut to `hexChars` characters. */
export function weakEtag(prefix: string, key: string, hexChars: number): string {
	return `W/"${prefix}-${createHash('sha1').update(key).digest('hex').slice(0, hexChars)}"`;
}

/** Whether the client's copy (If-None-Match) is the current one: answer 304. */
export function notModified(ifNoneMatch: string | null | undefined, etag: string): boolean {
	return ifNoneMatch === etag;
}
