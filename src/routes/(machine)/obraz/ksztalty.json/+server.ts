import type { RequestHandler } from './$types';
import { apiError } from '$lib/server/api/respond';
import { areaThumb } from '$lib/server/picture/thumbs';
import { pictureVersion } from '$lib/server/picture/answer';
import { cachedResponse } from '$lib/server/http/list-cache';
import { SHAPES_PER_REQUEST } from '$lib/pictures';

/**
 * GET /obraz/ksztalty.json?ids=1,2,3: the small area shapes of partnerships (picture/thumbs.ts),
 * `{ "1": { area, gminy, w, h }, "2": null }` (null: not published or without an area), for rows
 * a page gets after it was served (more rows, the side panel).
 */
export const GET: RequestHandler = ({ request, url }) => {
	const raw = url.searchParams.get('ids') ?? '';
	const ids = raw.split(',');
	if (!raw || ids.length > SHAPES_PER_REQUEST || !ids.every((id) => /^\d{1,9}$/.test(id)))
		return apiError(
			400,
			`Parametr ids=„${raw.slice(0, 40)}”: od 1 do ${SHAPES_PER_REQUEST} numerów partnerstw po przecinku / Parameter ids: 1 to ${SHAPES_PER_REQUEST} partnership ids, comma-separated`
		);
	return cachedResponse(
		request,
		url,
		() => ({
			body: JSON.stringify(Object.fromEntries(ids.map((id) => [id, areaThumb(Number(id))]))),
			type: 'application/json'
		}),
		pictureVersion(),
		['ids']
	);
};
