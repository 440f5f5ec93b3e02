/** Number and quantity formatting with Polish typography (43 598; 102,4 km²). */
import { dictionaries } from './i18n';
import type { DatePrecision } from './dates';

export type Lang = 'pl' | 'en';

const NBSP = '\u00a0';

export function formatNumber(n: number, lang: Lang = 'pl', digits = 0): string {
	const s = new Intl.NumberFormat(dictionaries[lang].locale, {
		maximumFractionDigits: digits,
		minimumFractionDigits: 0,
		// Polish style separates thousands with a space from 1 000 on, not only from 10 000.
		useGrouping: 'always' as unknown as boolean
	}).format(n);
	// Polish groups with a space: one that never breaks. (English groups with commas, no spaces.)
	return s.replace(/\s/g, NBSP);
}

export function formatArea(km2: number, lang: Lang = 'pl'): string {
	return `${formatNumber(km2, lang, km2 < 100 ? 2 : 1)}${NBSP}km²`;
}

/**
 * "2015-04-28" → "28 kwietnia 2015"; a bare year stays a year. With a precision (src/lib/dates.ts
 * `dated`), only what is known is shown: "2015-01-01" of precision "year" → "2015".
 */
export function formatDate(
	iso: string | null,
	lang: Lang = 'pl',
	precision: DatePrecision | null = null
): string {
	if (!iso) return '';
	if (/^\d{4}$/.test(iso) || precision === 'year') return iso.slice(0, 4);
	const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
	if (Number.isNaN(d.getTime())) return iso;
	const month = precision === 'month' || /^\d{4}-\d{2}$/.test(iso);
	return new Intl.DateTimeFormat(dictionaries[lang].locale, {
		...(month ? {} : { day: 'numeric' }),
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(d);
}

export function formatBytes(n: number, lang: Lang = 'pl'): string {
	if (n < 1024) return `${n} B`;
	if (n < 1024 * 1024) return `${formatNumber(n / 1024, lang, 0)} KB`;
	return `${formatNumber(n / 1024 / 1024, lang, 1)} MB`;
}

export function formatPeriod(
	start: string | null,
	end: string | null,
	lang: Lang = 'pl',
	precisions: [DatePrecision | null, DatePrecision | null] = [null, null]
): string {
	if (!start && !end) return '';
	return `${formatDate(start, lang, precisions[0]) || '…'} – ${formatDate(end, lang, precisions[1]) || dictionaries[lang].ongoing}`;
}
