/**
 * The `format` parameter of the list endpoints: json (default), geojson or csv.
 */
import { apiError } from './respond';
import { recordId } from '../../../params/id';

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
	const id = recordId(raw);
	if (id === null)
		return apiError(
			400,
			`Nieprawidłowy identyfikator ${what} „${raw.slice(0, 30)}”: oczekiwano liczby / invalid id: a number is expected`
		);
	return id;
}
