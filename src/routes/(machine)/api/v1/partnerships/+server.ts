import type { RequestHandler } from './$types';
import { publicOrigin } from '$lib/server/origin';
import { parseFilters } from '$lib/domain/filters';
import { countPartnerships, listPartnerships } from '$lib/server/records/read';
import { partnershipGeometries } from '$lib/server/partnerships/geometries';
import { apiError } from '$lib/server/api/respond';
import { parseFormat } from '$lib/server/api/formats';
import { cachedResponse } from '$lib/server/http/list-cache';
import { pageParams } from '$lib/server/api/paging';
import { toExcelCsvTable } from '$lib/csv';
import { PARTNERSHIP_CSV } from '$lib/domain/fields';
import { kindOf } from '$lib/domain/kinds';

/**
 * GET /api/v1/partnerships?woj&pow&gmi&typ&rok&q&format=json|geojson|csv&limit&offset
 * JSON pages through the list (100 by default, up to 1000); exports give every match.
 */
export const GET: RequestHandler = ({ url, request }) => {
	const format = parseFormat(url);
	if (format instanceof Response) return format;
	const paging = pageParams(
		url,
		format === 'json' ? 100 : 100_000,
		format === 'json' ? 1000 : 100_000
	);
	if (typeof paging === 'string') return apiError(400, paging);
	const { filters, notes } = parseFilters(url.searchParams);
	return cachedResponse(request, url, () => {
		const partnerships = listPartnerships(filters, undefined, paging);
		if (format === 'csv')
			return {
				body: toExcelCsvTable(
					PARTNERSHIP_CSV,
					partnerships.map((p) => ({
						...p,
						kindName: kindOf(p.kind).pl,
						url: `${publicOrigin(url)}/partnerstwa/${p.id}-${p.slug}`
					}))
				),
				type: 'text/csv; charset=utf-8',
				headers: { 'content-disposition': 'attachment; filename="partnerstwa.csv"' }
			};
		if (format === 'geojson') {
			const geometries = partnershipGeometries(partnerships.map((p) => p.id));
			return {
				body: JSON.stringify({
					type: 'FeatureCollection',
					features: partnerships.map((p) => ({
						type: 'Feature',
						id: p.id,
						geometry: geometries.get(p.id) ?? null,
						properties: p
					}))
				}),
				type: 'application/geo+json; charset=utf-8'
			};
		}
		const count = countPartnerships(filters);
		return {
			body: JSON.stringify({ count, ...paging, filters, notes, partnerships }),
			type: 'application/json; charset=utf-8'
		};
	});
};
