import type { RequestHandler } from './$types';
import { publicOrigin } from '$lib/server/origin';
import { parseFilters } from '$lib/domain/filters';
import { countPractices, listPractices, practicePoints } from '$lib/server/records/read';
import { parseFormat } from '$lib/server/api/formats';
import {
	csvAnswer,
	geojsonAnswer,
	jsonAnswer,
	listPaging,
	xlsxAnswer
} from '$lib/server/api/list-answer';
import { practiceFeatures, practiceRows } from '$lib/server/api/export-rows';
import { cachedResponse } from '$lib/server/http/list-cache';
import { PRACTICE_CSV } from '$lib/domain/fields';

/**
 * GET /api/v1/practices?woj&pow&gmi&kat&rok&q&format=json|geojson|csv|xlsx|points&limit&offset
 * JSON pages through the list (100 by default, up to 1000); exports (CSV, XLSX, GeoJSON, with the
 * rows of export-rows.ts) and `points` ([id, lon, lat] for map markers) give every match.
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
		const origin = publicOrigin(url);
		if (format === 'csv')
			return csvAnswer(PRACTICE_CSV, practiceRows(practices, origin), 'praktyki.csv');
		if (format === 'xlsx')
			return xlsxAnswer(PRACTICE_CSV, practiceRows(practices, origin), 'praktyki.xlsx', 'Praktyki');
		if (format === 'geojson') return geojsonAnswer(practiceFeatures(practices, origin));
		const count = countPractices(filters);
		return jsonAnswer({ count, ...paging, filters, notes, practices });
	});
};
