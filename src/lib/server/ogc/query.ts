/**
 * The parameters of the OGC API's pages, checked: `f` (json or html), `lang`, and for items
 * `limit` (default 100, at most 10 000: a larger value is used as 10 000, as the standard asks),
 * `offset`, `bbox` (CRS84) and the collection's queryables. An unknown parameter or a bad value
 * is a 400 that names it (OGC API – Features /req/core/query-param-invalid and -unknown).
 */
import { FILTERS, EMPTY_FILTERS, type FilterKey, type Filters } from '../../domain/filters';
import type { BBox, Collection, ItemsQuery } from './collections';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

export type Format = 'json' | 'html';
export type Lang = 'pl' | 'en';

export class OgcError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		readonly pl: string,
		readonly en: string
	) {
		super(`${pl} / ${en}`);
	}
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The answer's format: `f`, else what the client's Accept prefers (a browser gets HTML). */
export function formatOf(url: URL, accept: string | null): Format {
	const f = url.searchParams.get('f');
	if (f === 'json' || f === 'html') return f;
	if (f !== null)
		throw new OgcError(
			400,
			'InvalidParameterValue',
			`Parametr „f” przyjmuje json lub html (jest „${clip(f)}”)`,
			`"f" must be json or html (got "${clip(f)}")`
		);
	if (!accept) return 'json';
	const html = accept.indexOf('text/html');
	const json = Math.min(
		...['json', '*/*'].map((t) => accept.indexOf(t)).filter((i) => i >= 0),
		Infinity
	);
	return html >= 0 && html < json ? 'html' : 'json';
}

export function langOf(url: URL): Lang {
	return url.searchParams.get('lang') === 'en' ? 'en' : 'pl';
}

/** A 400 for every parameter not in `allowed`. */
export function refuseUnknown(url: URL, allowed: readonly string[]): void {
	for (const name of url.searchParams.keys())
		if (!allowed.includes(name))
			throw new OgcError(
				400,
				'InvalidParameterValue',
				`Nieznany parametr „${clip(name)}”; dozwolone: ${allowed.join(', ')}`,
				`Unknown parameter "${clip(name)}"; allowed: ${allowed.join(', ')}`
			);
}

/** Parameters every page takes. */
export const COMMON_PARAMS = ['f', 'lang'] as const;

function integer(url: URL, name: string, fallback: number, min: number): number {
	const raw = url.searchParams.get(name);
	if (raw === null || raw === '') return fallback;
	if (!/^\d{1,9}$/.test(raw) || Number(raw) < min)
		throw new OgcError(
			400,
			'InvalidParameterValue',
			`Parametr „${name}” musi być liczbą całkowitą ≥ ${min} (jest „${clip(raw)}”)`,
			`"${name}" must be an integer ≥ ${min} (got "${clip(raw)}")`
		);
	return Number(raw);
}

function bboxOf(url: URL): BBox | null {
	const crs = url.searchParams.get('bbox-crs');
	if (crs !== null && crs !== CRS84)
		throw new OgcError(
			400,
			'InvalidParameterValue',
			`Parametr „bbox-crs” przyjmuje tylko ${CRS84}`,
			`"bbox-crs" accepts only ${CRS84}`
		);
	const raw = url.searchParams.get('bbox');
	if (raw === null) return null;
	const n = raw
		.split(',')
		.map((v) => (/^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(v) ? Number(v) : NaN));
	const box = n.length === 6 ? [n[0], n[1], n[3], n[4]] : n;
	const [w, s, e, north] = box;
	if (
		box.length !== 4 ||
		box.some((v) => !Number.isFinite(v)) ||
		w < -180 ||
		e > 180 ||
		s < -90 ||
		north > 90 ||
		s > north
	)
		throw new OgcError(
			400,
			'InvalidParameterValue',
			`Parametr „bbox” to cztery liczby: zachód,południe,wschód,północ w stopniach (CRS84), np. 19.5,49.8,20.3,50.3 (jest „${clip(raw)}”)`,
			`"bbox" is four numbers west,south,east,north in degrees (CRS84), e.g. 19.5,49.8,20.3,50.3 (got "${clip(raw)}")`
		);
	// A box across the antimeridian (w > e) holds nothing of Poland: read it as its two halves' hull.
	return w > e ? [-180, s, 180, north] : [w, s, e, north];
}

/** The query of /collections/{id}/items: paging, bbox and the collection's queryables. */
export function itemsQuery(url: URL, collection: Collection): ItemsQuery {
	const keys = collection.queryables.map((q) => q.key);
	refuseUnknown(url, [...COMMON_PARAMS, 'limit', 'offset', 'bbox', 'bbox-crs', ...keys]);
	const filters: Record<string, unknown> = { ...EMPTY_FILTERS };
	for (const key of keys as FilterKey[]) {
		const raw = url.searchParams.get(key);
		if (raw === null || raw === '') continue;
		const parsed = FILTERS[key].parse(raw);
		if (parsed.value === undefined || (parsed.note && key !== 'q'))
			throw new OgcError(
				400,
				'InvalidParameterValue',
				parsed.note?.pl ?? `Nieprawidłowa wartość „${key}”`,
				parsed.note?.en ?? `Invalid value of "${key}"`
			);
		filters[key] = parsed.value;
	}
	return {
		limit: Math.min(integer(url, 'limit', DEFAULT_LIMIT, 1), MAX_LIMIT),
		offset: integer(url, 'offset', 0, 0),
		bbox: bboxOf(url),
		filters: filters as Filters
	};
}
