import { recordPath } from '$lib/domain/records';
import type { RequestHandler } from './$types';
import { publicOrigin } from '$lib/server/origin';
import { parseFilters } from '$lib/domain/filters';
import { countPartnerships, listPartnerships } from '$lib/server/records/read';
import { partnershipGeometries } from '$lib/server/partnerships/geometries';
import { parseFormat } from '$lib/server/api/formats';
import { csvAnswer, geojsonAnswer, jsonAnswer, listPaging } from '$lib/server/api/list-answer';
import { cachedResponse } from '$lib/server/http/list-cache';
import { PARTNERSHIP_CSV } from '$lib/domain/fields';
import { kindOf } from '$lib/domain/kinds';

/**
 * GET /api/v1/partnerships?woj&pow&gmi&typ&rok&q&format=json|geojson|csv&limit&offset
 * JSON pages through the list (100 by default, up to 1000); exports give every match.
 */
export const GET: RequestHandler = ({ url, request }) => {
	const format = parseFormat(url);
	if (format instanceof Response) return format;
	const paging = listPaging(url, format);
	if (paging instanceof Response) return paging;
	const { filters, notes } = parseFilters(url.searchParams);
	return cachedResponse(request, url, () => {
		const partnerships = listPartnerships(filters, undefined, paging);
		if (format === 'csv') {
			const items = partnerships.map((p) => ({
				...p,
				kindName: kindOf(p.kind).pl,
				url: recordPath('partnerstwo', p, publicOrigin(url))
			}));
			return csvAnswer(PARTNERSHIP_CSV, items, 'partnerstwa.csv');
		}
		if (format === 'geojson') {
			const geometries = partnershipGeometries(partnerships.map((p) => p.id));
			return geojsonAnswer(
				partnerships.map((p) => ({
					id: p.id,
					geometry: geometries.get(p.id) ?? null,
					properties: p
				}))
			);
		}
		const count = countPartnerships(filters);
		return jsonAnswer({ count, ...paging, filters, notes, partnerships });
	});
};
