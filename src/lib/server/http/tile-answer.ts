/**
 * The answer to a tile request, shared by the route (/tiles/[set]/[version]/[z]/[x]/[y].pbf) and
 * the server's fast lane (fast-lane.ts), which answers valid tile requests before SvelteKit.
 */
import { negotiate } from './compress';
import { responseHeaders } from './security-headers';
import type { CachedAnswer } from './answers';
import { IMMUTABLE, notModified, publicFor } from './caching';
import { getDb } from '../db';
import { getTileOf, isTileInRange, TILE_SETS, type TileSetName } from '../tiles';
const PATH = /^\/tiles\/([a-z]+)\/([^/]+)\/(\d{1,6})\/(\d{1,6})\/(\d{1,6})\.pbf$/;

export const isTileSet = (set: string): set is TileSetName => Object.hasOwn(TILE_SETS, set);

/** The tile's answer; the coordinates must be in range and the set known (the caller checks). */
export function answerTile(
	set: TileSetName,
	version: string,
	[z, x, y]: [number, number, number],
	acceptEncoding: string | null | undefined,
	ifNoneMatch: string | null | undefined,
	pathname: string
): CachedAnswer {
	// A stale version still gets today's tile, but only briefly cached, so an old page keeps working.
	const cacheControl = version === TILE_SETS[set].version(getDb()) ? IMMUTABLE : publicFor();
	const security = responseHeaders(pathname);
	const tile = getTileOf(set, z, x, y);
	if (!tile)
		return { status: 204, headers: { 'cache-control': cacheControl, ...security }, body: null };
	const headers: Record<string, string> = {
		'content-type': 'application/vnd.mapbox-vector-tile',
		'cache-control': cacheControl,
		etag: tile.etag,
		vary: 'accept-encoding',
		...security
	};
	if (notModified(ifNoneMatch, tile.etag)) return { status: 304, headers, body: null };
	const encoding = negotiate(acceptEncoding);
	if (encoding) headers['content-encoding'] = encoding;
	const body = encoding ? tile[encoding] : tile.raw;
	headers['content-length'] = String(body.length);
	return { status: 200, headers, body };
}

/**
 * The fast lane's tile answer for `GET requestUrl`, or null when the path is not a valid tile
 * request (SvelteKit then answers, with its error messages).
 */
export function answerTileUrl(
	requestUrl: string,
	acceptEncoding: string | undefined,
	ifNoneMatch: string | undefined
): CachedAnswer | null {
	const m = PATH.exec(requestUrl.split('?')[0]);
	if (!m || !isTileSet(m[1])) return null;
	const zxy = [Number(m[3]), Number(m[4]), Number(m[5])] as [number, number, number];
	if (!isTileInRange(...zxy)) return null;
	return answerTile(m[1], m[2], zxy, acceptEncoding, ifNoneMatch, m[0]);
}
