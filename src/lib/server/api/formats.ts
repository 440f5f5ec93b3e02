/**
 * The `format` parameter of the list endpoints: json (default), geojson, csv or xlsx.
 */
import { apiError } from './respond';
import { recordId } from '../../../params/id';

export const FORMATS = ['json', 'geojson', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(url: URL): Format | Response {
	const f = url.searchParams.get('format') ?? 'json';
	if ((FORMATS as readonly string[]).includes(f)) return f as Format;
	return apiError(
		400,
		`Parametr „format” przyjmuje ${FORMATS.join(', ')} (jest „${f.slice(0, 20)}”) / "format" must be one of ${FORMATS.join(', ')}`
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
