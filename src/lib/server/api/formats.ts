/**
 * The `format` parameter of the list endpoints: json (default), geojson or csv.
 */
import { apiError } from './respond';

export type Format = 'json' | 'geojson' | 'csv';

export function parseFormat(url: URL): Format | Response {
	const f = url.searchParams.get('format') ?? 'json';
	if (f === 'json' || f === 'geojson' || f === 'csv') return f;
	return apiError(
		400,
		`Parametr „format” przyjmuje json, geojson lub csv (jest „${f.slice(0, 20)}”) / "format" must be json, geojson or csv`
	);
}

export function parseId(raw: string, what: string): number | Response {
	const m = /^(\d{1,9})(-[a-z0-9-]*)?$/.exec(raw);
	if (!m)
		return apiError(
			400,
			`Nieprawidłowy identyfikator ${what} „${raw.slice(0, 30)}”: oczekiwano liczby / invalid id: a number is expected`
		);
	return Number(m[1]);
}

const HEADERS = { 'cache-control': 'public, max-age=60' };

export function csvResponse(body: string, name: string): Response {
	return new Response(body, {
		headers: {
			...HEADERS,
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}.csv"`
		}
	});
}

export function geojsonResponse(body: unknown): Response {
	return new Response(JSON.stringify(body), {
		headers: { ...HEADERS, 'content-type': 'application/geo+json; charset=utf-8' }
	});
}
