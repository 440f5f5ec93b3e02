/**
 * The answer to a tile request, shared by the route (/tiles/[set]/[version]/[z]/[x]/[y].pbf) and
 * the server's fast lane (fast-lane.ts), which answers valid tile requests before SvelteKit.
 */
import { negotiate } from './compress';
import { responseHeaders } from './security-headers';
import type { CachedAnswer } from './answers';
import { IMMUTABLE, notModified, publicFor } from './caching';
import {
	getTileOf,
	isTileAddress,
	TILE_MAX_ZOOM,
	TILE_SETS,
	tileVersionState,
	type TileSetName
} from '../tiles';
const PATH = /^\/tiles\/([a-z]+)\/([^/]+)\/(\d{1,8})\/(\d{1,8})\/(\d{1,8})\.pbf$/;

export const isTileSet = (set: string): set is TileSetName => Object.hasOwn(TILE_SETS, set);

/**
 * The tile's answer, or null when its version is unknown (never handed out: 404). The coordinates
 * must name a tile and the set be known (the caller checks); above the maximum zoom the tile is
 * empty (204), as TileJSON's maxzoom tells clients.
 */
export function answerTile(
	set: TileSetName,
	version: string,
	[z, x, y]: [number, number, number],
	acceptEncoding: string | null | undefined,
	ifNoneMatch: string | null | undefined,
	pathname: string
): CachedAnswer | null {
	// An earlier version still gets today's tile, but only briefly cached, so an old page keeps working.
	const state = tileVersionState(set, version);
	if (state === 'unknown') return null;
	const cacheControl = state === 'current' ? IMMUTABLE : publicFor();
	const security = responseHeaders(pathname);
	const tile = z > TILE_MAX_ZOOM ? null : getTileOf(set, z, x, y);
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
	if (!isTileAddress(...zxy)) return null;
	return answerTile(m[1], m[2], zxy, acceptEncoding, ifNoneMatch, m[0]);
}
