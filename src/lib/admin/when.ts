/** Dates and times as the admin area shows them. */
import type { Lang } from '../format';

/** "2 grudnia 2026, 10:05" from an ISO timestamp (Warsaw time). */
export function formatWhen(iso: string, lang: Lang, withTime = true): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	return new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
		dateStyle: 'long',
		...(withTime ? { timeStyle: 'short' } : {}),
		timeZone: 'Europe/Warsaw'
	}).format(d);
}
