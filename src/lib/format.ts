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
