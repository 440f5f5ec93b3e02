import type { RequestHandler } from './$types';
import {
	getTileOf,
	isTileInRange,
	TILE_SETS,
	tileVersions,
	type TileSetName
} from '$lib/server/tiles';
import { apiError } from '$lib/server/api/respond';

const YEAR = 'public, max-age=31536000, immutable';

/** GET /tiles/{boundaries|partnerships}/{version}/{z}/{x}/{y}.pbf (Mapbox Vector Tile 2.1). */
export const GET: RequestHandler = ({ params, request }) => {
	if (!(params.set in TILE_SETS))
		return apiError(404, `Nie ma zestawu kafli „${params.set.slice(0, 20)}” / No such tile set`);
	const set = params.set as TileSetName;
	const [z, x, y] = [params.z, params.x, params.y].map((v) =>
		/^\d{1,6}$/.test(v) ? Number(v) : NaN
	);
	if (!isTileInRange(z, x, y))
		return apiError(
			400,
			`Nieprawidłowy kafel ${params.z}/${params.x}/${params.y} / Invalid tile coordinates`
		);
	// A stale version still gets today's tile, but only briefly cached, so an old page keeps working.
	const cacheControl = params.version === tileVersions()[set] ? YEAR : 'public, max-age=60';
	const tile = getTileOf(set, z, x, y);
	if (!tile) return new Response(null, { status: 204, headers: { 'cache-control': cacheControl } });
	const headers: Record<string, string> = {
		'content-type': 'application/vnd.mapbox-vector-tile',
		'cache-control': cacheControl,
		etag: tile.etag,
		vary: 'accept-encoding',
		'access-control-allow-origin': '*'
	};
	if (request.headers.get('if-none-match') === tile.etag)
		return new Response(null, { status: 304, headers });
	const accept = request.headers.get('accept-encoding') ?? '';
	const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
	if (encoding) headers['content-encoding'] = encoding;
	return new Response(new Uint8Array(encoding ? tile[encoding] : tile.raw), { headers });
};
