import type { RequestHandler } from './$types';
import { parseFilters } from '$lib/filters';
import { listPractices } from '$lib/server/records/read';
import { apiJson } from '$lib/server/api/respond';
import { csvResponse, geojsonResponse, parseFormat } from '$lib/server/api/formats';
import { toExcelCsv } from '$lib/csv';

/** GET /api/v1/practices?woj&pow&gmi&kat&rok&q&format=json|geojson|csv */
export const GET: RequestHandler = ({ url }) => {
	const format = parseFormat(url);
	if (format instanceof Response) return format;
	const { filters, notes } = parseFilters(url.searchParams);
	const practices = listPractices(filters);
	if (format === 'csv')
		return csvResponse(
			toExcelCsv(
				['id', 'tytul', 'dzial', 'gmina', 'teryt', 'miejscowosc', 'rok', 'adres'],
				practices.map((p) => [
					p.id,
					p.title,
					p.sectionName,
					p.unitName,
					p.unitCode,
					p.locality,
					p.year,
					`${url.origin}/praktyki/${p.id}-${p.slug}`
				])
			),
			'praktyki'
		);
	if (format === 'geojson')
		return geojsonResponse({
			type: 'FeatureCollection',
			features: practices.map(({ point, ...p }) => ({
				type: 'Feature',
				id: p.id,
				geometry: point ? { type: 'Point', coordinates: point } : null,
				properties: p
			}))
		});
	return apiJson({ count: practices.length, filters, notes, practices });
};
