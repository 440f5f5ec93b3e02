import type { RequestHandler } from './$types';
import { isTileInRange } from '$lib/server/tiles';
import { answerTile, isTileSet } from '$lib/server/http/tile-answer';
import { apiError } from '$lib/server/api/respond';
import { toResponse } from '$lib/server/http/answers';

/** GET /tiles/{boundaries|partnerships}/{version}/{z}/{x}/{y}.pbf (Mapbox Vector Tile 2.1). */
export const GET: RequestHandler = ({ params, request, url }) => {
	if (!isTileSet(params.set))
		return apiError(404, `Nie ma zestawu kafli „${params.set.slice(0, 20)}” / No such tile set`);
	const [z, x, y] = [params.z, params.x, params.y].map((v) =>
		/^\d{1,6}$/.test(v) ? Number(v) : NaN
	);
	if (!isTileInRange(z, x, y))
		return apiError(
			400,
			`Nieprawidłowy kafel ${params.z}/${params.x}/${params.y} / Invalid tile coordinates`
		);
	return toResponse(
		answerTile(
			params.set,
			params.version,
			[z, x, y],
			request.headers.get('accept-encoding'),
			request.headers.get('if-none-match'),
			url.pathname
		)
	);
};
