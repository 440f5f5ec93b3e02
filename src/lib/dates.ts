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
