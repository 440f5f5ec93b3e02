import type { RequestHandler } from './$types';
import { isTileAddress, TILE_MAX_ZOOM } from '$lib/server/tiles';
import { answerTile, isTileSet } from '$lib/server/http/tile-answer';
import { apiError } from '$lib/server/api/respond';
import { toResponse } from '$lib/server/http/answers';

/**
 * GET /tiles/{boundaries|partnerships}/{version}/{z}/{x}/{y}.pbf (Mapbox Vector Tile 2.1). The
 * set's TileJSON (/tiles/{set}.json) names today's version; an earlier one that was handed out
 * still answers, an unknown one is 404; above zoom 12 a tile is empty (204).
 */
export const GET: RequestHandler = ({ params, request, url }) => {
	if (!isTileSet(params.set))
		return apiError(404, `Nie ma zestawu kafli „${params.set.slice(0, 20)}” / No such tile set`);
	const [z, x, y] = [params.z, params.x, params.y].map((v) =>
		/^\d{1,8}$/.test(v) ? Number(v) : NaN
	);
	if (!isTileAddress(z, x, y))
		return apiError(
			400,
			`Nieprawidłowy kafel ${params.z.slice(0, 10)}/${params.x.slice(0, 10)}/${params.y.slice(0, 10)}: zoom 0–24 (kafle do ${TILE_MAX_ZOOM}), x i y w zakresie 0…2^z−1 / Invalid tile coordinates: zoom 0–24 (tiles up to ${TILE_MAX_ZOOM}), x and y within 0…2^z−1`
		);
	const answer = answerTile(
		params.set,
		params.version,
		[z, x, y],
		request.headers.get('accept-encoding'),
		request.headers.get('if-none-match'),
		url.pathname
	);
	if (!answer)
		return apiError(
			404,
			`Nieznana wersja kafli „${params.version.slice(0, 20)}”: aktualną podaje /tiles/${params.set}.json / Unknown tile version: /tiles/${params.set}.json names the current one`
		);
	return toResponse(answer);
};
