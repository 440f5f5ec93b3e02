/**
 * The parts the list endpoints (GET /api/v1/practices, /api/v1/partnerships) share: their paging
 * and their answers in each format, as `cachedResponse` (server/http/list-cache.ts) takes them.
 */
import { apiError } from './respond';
import { pageParams } from './paging';
import { toExcelCsvTable } from '../../csv';
import type { CsvColumn } from '../../domain/fields';
import { toXlsx } from './xlsx';

export interface ListAnswer {
	body: string | Uint8Array;
	type: string;
	headers?: Record<string, string>;
}

/** JSON pages through the list (100 by default, up to 1000); the exports give every match. */
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
	columns: readonly CsvColumn<T>[],
	items: readonly T[],
	filename: string
): ListAnswer {
	return {
		body: toExcelCsvTable(columns, items),
		type: 'text/csv; charset=utf-8',
		headers: { 'content-disposition': `attachment; filename="${filename}"` }
	};
}

/** An XLSX download named `filename` (xlsx.ts: codes as text, dates as dates, header frozen). */
export async function xlsxAnswer<T extends object>(
	columns: readonly CsvColumn<T>[],
	items: readonly T[],
	filename: string,
	title: string
): Promise<ListAnswer> {
	return {
		body: await toXlsx(title.slice(0, 31), columns, items, {
			title,
			source: 'Mapa Partnerstw (/api/v1)'
		}),
		type: XLSX_TYPE,
		headers: { 'content-disposition': `attachment; filename="${filename}"` }
	};
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A GeoJSON FeatureCollection, one feature per record (export-rows.ts: flat properties). */
export function geojsonAnswer(
	features: readonly { id: number | string; geometry: unknown; properties: unknown }[]
): ListAnswer {
	return {
		body: JSON.stringify({
			type: 'FeatureCollection',
			features: features.map((f) => ({ type: 'Feature', ...f }))
		}),
		type: 'application/geo+json; charset=utf-8'
	};
}
