import type { RequestHandler } from './$types';
import { publicOrigin } from '$lib/server/origin';
import { parseFilters } from '$lib/domain/filters';
import { countPartnerships, listPartnerships } from '$lib/server/records/read';
import { parseFormat } from '$lib/server/api/formats';
import {
	csvAnswer,
	geojsonAnswer,
	jsonAnswer,
	listPaging,
	xlsxAnswer
} from '$lib/server/api/list-answer';
import { partnershipFeatures, partnershipRows } from '$lib/server/api/export-rows';
import { cachedResponse } from '$lib/server/http/list-cache';
import { PARTNERSHIP_CSV } from '$lib/domain/fields';

/**
 * GET /api/v1/partnerships?woj&pow&gmi&typ&rok&q&format=json|geojson|csv|xlsx&limit&offset
 * JSON pages through the list (100 by default, up to 1000); exports give every match, with the
 * rows of export-rows.ts (flat, dates with their precision, members as TERYT codes and names).
 */
export const GET: RequestHandler = ({ url, request }) => {
	const format = parseFormat(url);
	if (format instanceof Response) return format;
	const paging = listPaging(url, format);
	if (paging instanceof Response) return paging;
	const { filters, notes } = parseFilters(url.searchParams);
	return cachedResponse(request, url, () => {
		const partnerships = listPartnerships(filters, undefined, paging);
		const origin = publicOrigin(url);
		if (format === 'csv')
			return csvAnswer(PARTNERSHIP_CSV, partnershipRows(partnerships, origin), 'partnerstwa.csv');
		if (format === 'xlsx')
			return xlsxAnswer(
				PARTNERSHIP_CSV,
				partnershipRows(partnerships, origin),
				'partnerstwa.xlsx',
				'Partnerstwa'
			);
		if (format === 'geojson') return geojsonAnswer(partnershipFeatures(partnerships, origin));
		const count = countPartnerships(filters);
		return jsonAnswer({ count, ...paging, filters, notes, partnerships });
	});
};
