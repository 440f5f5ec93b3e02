/**
 * The parts the list endpoints (GET /api/v1/practices, /api/v1/partnerships) share: their paging
 * and their answers in each format, as `cachedResponse` (server/http/list-cache.ts) takes them.
 */
import { apiError } from './respond';
import { pageParams } from './paging';
import { toExcelCsvTable } from '../../csv';

export interface ListAnswer {
	body: string;
	type: string;
	headers?: Record<string, string>;
}

/** JSON pages through the list (100 by default, up to 1000); the other formats give every match. */
export function listPaging(url: URL, format: string): { limit: number; offset: number } | Response {
	const json = format === 'json';
	const paging = pageParams(url, json ? 100 : 100_000, json ? 1000 : 100_000);
	return typeof paging === 'string' ? apiError(400, paging) : paging;
}

export function jsonAnswer(value: unknown): ListAnswer {
	return { body: JSON.stringify(value), type: 'application/json; charset=utf-8' };
}

/** A CSV download (for Excel) named `filename`. */
export function csvAnswer<T extends object>(
	columns: readonly { csv: string; api: keyof T & string }[],
	items: readonly T[],
	filename: string
): ListAnswer {
	return {
		body: toExcelCsvTable(columns, items),
		type: 'text/csv; charset=utf-8',
		headers: { 'content-disposition': `attachment; filename="${filename}"` }
	};
}

/** A GeoJSON FeatureCollection, one feature per record. */
export function geojsonAnswer(
	features: readonly { id: number; geometry: unknown; properties: unknown }[]
): ListAnswer {
	return {
		body: JSON.stringify({
			type: 'FeatureCollection',
			features: features.map((f) => ({ type: 'Feature', ...f }))
		}),
		type: 'application/geo+json; charset=utf-8'
	};
}
