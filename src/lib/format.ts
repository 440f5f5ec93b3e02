/** Number and quantity formatting with Polish typography (43 598; 102,4 km²). */
export type Lang = 'pl' | 'en';

const NBSP = '\u00a0';

export function formatNumber(n: number, lang: Lang = 'pl', digits = 0): string {
	const s = new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
		maximumFractionDigits: digits,
		minimumFractionDigits: 0,
		// Polish style separates thousands with a space from 1 000 on, not only from 10 000.
		useGrouping: 'always' as unknown as boolean
	}).format(n);
	return lang === 'pl' ? s.replace(/\s/g, NBSP) : s;
}

export function formatArea(km2: number, lang: Lang = 'pl'): string {
	return `${formatNumber(km2, lang, km2 < 100 ? 2 : 1)}${NBSP}km²`;
}

/** "2015-04-28" → "28 kwietnia 2015"; a bare year stays a year. */
export function formatDate(iso: string | null, lang: Lang = 'pl'): string {
	if (!iso) return '';
	if (/^\d{4}$/.test(iso)) return iso;
	const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
	if (Number.isNaN(d.getTime())) return iso;
	return new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
		day: 'numeric',
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

export function formatPeriod(start: string | null, end: string | null, lang: Lang = 'pl'): string {
	if (!start && !end) return '';
	return `${formatDate(start, lang) || '…'} – ${formatDate(end, lang) || (lang === 'pl' ? 'nadal' : 'ongoing')}`;
}
