/**
 * Dates as records keep them: ISO calendar dates (YYYY-MM-DD), and for periods known only to
 * the year or the month (when a gmina joined a partnership) a bare year (YYYY) or a year and
 * month (YYYY-MM, as membership lists give them). Pure and browser-safe.
 */

/** A real calendar date YYYY-MM-DD (1900–2100), checked without Date's "Invalid time value". */
export function isCalendarDate(y: number, m: number, d: number): boolean {
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
	const days = [
		31,
		y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
		31,
		30,
		31,
		30,
		31,
		31,
		30,
		31,
		30,
		31
	];
	return d <= days[m - 1];
}

/** Whether `s` is a year (YYYY, 1900–2100), a month YYYY-MM or a real calendar date YYYY-MM-DD. */
export function isYearOrDate(s: string): boolean {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
	if (!m) return false;
	const y = Number(m[1]);
	if (m[2] === undefined) return y >= 1900 && y <= 2100;
	return isCalendarDate(y, Number(m[2]), m[3] === undefined ? 1 : Number(m[3]));
}

/**
 * Whether a period from `from` to `to` (each a year, a month or a date) runs forwards. They
 * compare by what both say: "2015" to "2015-06-30" and "2015-06" to "2015-06-30" are fine periods.
 */
export function isOrdered(from: string, to: string): boolean {
	const n = Math.min(from.length, to.length);
	return from.slice(0, n) <= to.slice(0, n);
}

/** How much of a date is known: a year (2015), a month (2015-06) or the day (2015-06-17). */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * The one date convention of everything the site gives out (API, exports, OGC API): a full ISO
 * date (the first day of what is known, so spreadsheets and GDAL read a date and sorting works)
 * beside its precision. "2015" → { date: "2015-01-01", precision: "year" }. Anything else that
 * is not a date gives null (a record never stores one; the write path refuses it).
 */
export function dated(s: string | null): { date: string; precision: DatePrecision } | null {
	if (!s) return null;
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.slice(0, 10));
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3]];
	if (!isCalendarDate(y, mo, d === undefined ? 1 : Number(d))) return null;
	const precision: DatePrecision = d !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
	return { date: `${m[1]}-${String(mo).padStart(2, '0')}-${d ?? '01'}`, precision };
}

/** `dated(s)` as a pair of properties: `{ [key]: "2015-01-01", [key + "Precision"]: "year" }`. */
export function datedPair<K extends string>(
	key: K,
	s: string | null
): { [P in K]: string | null } & { [P in `${K}Precision`]: DatePrecision | null } {
	const d = dated(s);
	return { [key]: d?.date ?? null, [`${key}Precision`]: d?.precision ?? null } as never;
}
