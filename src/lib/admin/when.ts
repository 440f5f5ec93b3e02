/** Dates and verifiers as the admin area and the public record pages show them. */
import type { Lang } from '../format';
import { roleInfo, isRole } from '../domain/roles';

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

/** Who confirmed a record, as the public may see it: `role:curator` → "kurator", else as stored. */
export function verifierName(stored: string | null, lang: Lang): string {
	if (!stored) return '';
	const role = stored.startsWith('role:') ? stored.slice(5) : null;
	if (role && isRole(role)) return roleInfo(role).label[lang];
	return stored;
}
