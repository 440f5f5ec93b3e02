import type { RequestHandler } from './$types';
import { publicOrigin } from '$lib/server/origin';
import { parseFilters } from '$lib/domain/filters';
import { countPractices, listPractices, practicePoints } from '$lib/server/records/read';
import { apiError } from '$lib/server/api/respond';
import { parseFormat } from '$lib/server/api/formats';
import { cachedResponse } from '$lib/server/http/list-cache';
import { pageParams } from '$lib/server/api/paging';
import { toExcelCsvTable } from '$lib/csv';
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
	const paging = pageParams(
		url,
		format === 'json' ? 100 : 100_000,
		format === 'json' ? 1000 : 100_000
	);
	if (typeof paging === 'string') return apiError(400, paging);
	const { filters, notes } = parseFilters(url.searchParams);
	return cachedResponse(request, url, () => {
		if (format === 'points')
			return {
				body: JSON.stringify(practicePoints(filters)),
				type: 'application/json; charset=utf-8'
			};
		const practices = listPractices(filters, undefined, paging);
		if (format === 'csv')
			return {
				body: toExcelCsvTable(
					PRACTICE_CSV,
					practices.map((p) => ({ ...p, url: `${publicOrigin(url)}/praktyki/${p.id}-${p.slug}` }))
				),
				type: 'text/csv; charset=utf-8',
				headers: { 'content-disposition': 'attachment; filename="praktyki.csv"' }
			};
		if (format === 'geojson')
			return {
				body: JSON.stringify({
					type: 'FeatureCollection',
					features: practices.map(({ point, ...p }) => ({
						type: 'Feature',
						id: p.id,
						geometry: point ? { type: 'Point', coordinates: point } : null,
						properties: p
					}))
				}),
				type: 'application/geo+json; charset=utf-8'
			};
		const count = countPractices(filters);
		return {
			body: JSON.stringify({ count, ...paging, filters, notes, practices }),
			type: 'application/json; charset=utf-8'
		};
	});
};
