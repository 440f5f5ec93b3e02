import { recordPath } from '$lib/domain/records';
import type { RequestHandler } from './$types';
import { publicOrigin } from '$lib/server/origin';
import { parseFilters } from '$lib/domain/filters';
import { countPractices, listPractices, practicePoints } from '$lib/server/records/read';
import { parseFormat } from '$lib/server/api/formats';
import { csvAnswer, geojsonAnswer, jsonAnswer, listPaging } from '$lib/server/api/list-answer';
import { cachedResponse } from '$lib/server/http/list-cache';
import { PRACTICE_CSV } from '$lib/domain/fields';

/**
 * GET /api/v1/practices?woj&pow&gmi&kat&rok&q&format=json|geojson|csv|points&limit&offset
 * JSON pages through the list (100 by default, up to 1000); exports (CSV, GeoJSON) and `points`
 * ([id, lon, lat] for map markers) give every match.
 */
export const GET: RequestHandler = ({ url, request }) => {
	const formatParam = url.searchParams.get('format');
	const format = formatParam === 'points' ? 'points' : parseFormat(url);
	if (format instanceof Response) return format;
	const paging = listPaging(url, format);
	if (paging instanceof Response) return paging;
	const { filters, notes } = parseFilters(url.searchParams);
	return cachedResponse(request, url, () => {
		if (format === 'points') return jsonAnswer(practicePoints(filters));
		const practices = listPractices(filters, undefined, paging);
		if (format === 'csv') {
			const origin = publicOrigin(url);
			const items = practices.map((p) => ({ ...p, url: recordPath('praktyka', p, origin) }));
			return csvAnswer(PRACTICE_CSV, items, 'praktyki.csv');
		}
		if (format === 'geojson')
			return geojsonAnswer(
				practices.map(({ point, ...p }) => ({
					id: p.id,
					geometry: point ? { type: 'Point', coordinates: point } : null,
					properties: p
				}))
			);
		const count = countPractices(filters);
		return jsonAnswer({ count, ...paging, filters, notes, practices });
	});
};
