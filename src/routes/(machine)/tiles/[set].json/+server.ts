import type { RequestHandler } from './$types';
import { tileJson } from '$lib/server/tiles';
import { isTileSet } from '$lib/server/http/tile-answer';
import { apiError } from '$lib/server/api/respond';
import { publicOrigin } from '$lib/server/origin';
import { ATTRIBUTION } from '$lib/map/style/sources';
import { publicFor } from '$lib/server/http/caching';

/**
 * GET /tiles/{boundaries|partnerships}.json: the tile set's TileJSON 3.0 (today's tile URL, zoom
 * range, layers and fields), for QGIS, GDAL and any MapLibre style. Briefly cached: its URL
 * changes with every write.
 */
export const GET: RequestHandler = ({ params, url }) => {
	if (!isTileSet(params.set))
		return apiError(
			404,
			`Nie ma zestawu kafli „${params.set.slice(0, 20)}”; są: boundaries, partnerships / No such tile set; there are: boundaries, partnerships`
		);
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'pl';
	return new Response(
		JSON.stringify(tileJson(params.set, publicOrigin(url), ATTRIBUTION[params.set][lang])),
		{ headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': publicFor() } }
	);
};
