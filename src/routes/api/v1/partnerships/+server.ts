import type { RequestHandler } from './$types';
import { parseFilters } from '$lib/filters';
import { listPartnerships } from '$lib/server/records/read';
import { partnershipGeometries } from '$lib/server/partnerships/geometries';
import { apiJson } from '$lib/server/api/respond';
import { csvResponse, geojsonResponse, parseFormat } from '$lib/server/api/formats';
import { toExcelCsv } from '$lib/csv';
import { PARTNERSHIP_KIND_LABELS } from '$lib/sections';

/** GET /api/v1/partnerships?woj&pow&gmi&typ&rok&q&format=json|geojson|csv */
export const GET: RequestHandler = ({ url }) => {
	const format = parseFormat(url);
	if (format instanceof Response) return format;
	const { filters, notes } = parseFilters(url.searchParams);
	const partnerships = listPartnerships(filters);
	if (format === 'csv')
		return csvResponse(
			toExcelCsv(
				[
					'id',
					'nazwa',
					'rodzaj',
					'poczatek',
					'koniec',
					'czlonkowie_jst',
					'inni_czlonkowie',
					'powierzchnia_km2',
					'ludnosc',
					'adres'
				],
				partnerships.map((p) => [
					p.id,
					p.name,
					PARTNERSHIP_KIND_LABELS[p.kind]?.pl ?? p.kind,
					p.startDate,
					p.endDate,
					p.memberCount,
					p.otherMemberCount,
					p.areaKm2,
					p.population,
					`${url.origin}/partnerstwa/${p.id}-${p.slug}`
				])
			),
			'partnerstwa'
		);
	if (format === 'geojson') {
		const geometries = partnershipGeometries(partnerships.map((p) => p.id));
		return geojsonResponse({
			type: 'FeatureCollection',
			features: partnerships.map((p) => ({
				type: 'Feature',
				id: p.id,
				geometry: geometries.get(p.id) ?? null,
				properties: p
			}))
		});
	}
	return apiJson({ count: partnerships.length, filters, notes, partnerships });
};
