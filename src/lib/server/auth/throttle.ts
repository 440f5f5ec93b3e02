/**
 * Login throttling (OWASP's "account lockout" advice, as delays rather than a lock): failed logins
 * are counted per e-mail and per client address over 15 minutes in `login_attempts`. Up to 5 for an
 * e-mail and 20 for an address cost nothing; beyond that each attempt waits a delay after the last
 * failure that doubles with every further one, from 30 s up to 15 minutes, and is answered 429
 * with when to try again. A successful login clears its e-mail's count. Unknown e-mails are
 * counted like known ones, so the answers tell nothing about which accounts exist.
 */
import type { Db } from '../db';
import { say, type MessageLang } from '../../i18n';

export const WINDOW_MS = 15 * 60 * 1000;
export const FREE_PER_EMAIL = 5;
export const FREE_PER_ADDRESS = 20;
const BASE_DELAY_MS = 30 * 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;

const keys = (email: string, address: string) =>
	[
		{ key: `email:${email}`, free: FREE_PER_EMAIL },
		{ key: `addr:${address}`, free: FREE_PER_ADDRESS }
	] as const;

/** The delay after the last failure when `failures` were counted against `free` free ones. */
export function delayAfter(failures: number, free: number): number {
	if (failures < free) return 0;
	return Math.min(BASE_DELAY_MS * 2 ** (failures - free), MAX_DELAY_MS);
}

/** When the next attempt may be made, or null when it may be made now. */
export function throttledUntil(
	db: Db,
	email: string,
	address: string,
	now = new Date()
): Date | null {
	const since = new Date(now.getTime() - WINDOW_MS).toISOString();
	const count = db.$client.prepare(
		'SELECT count(*) AS n, max(at) AS last FROM login_attempts WHERE key = ? AND at > ?'
	);
	let until = 0;
	for (const { key, free } of keys(email, address)) {
		const { n, last } = count.get(key, since) as { n: number; last: string | null };
		const delay = delayAfter(n, free);
		if (delay && last) until = Math.max(until, Date.parse(last) + delay);
	}
	return until > now.getTime() ? new Date(until) : null;
}

/** Counts a failed login (and forgets failures older than the window). */
export function recordFailure(db: Db, email: string, address: string, now = new Date()): void {
	const at = now.toISOString();
	db.$client.transaction(() => {
		db.$client
			.prepare('DELETE FROM login_attempts WHERE at <= ?')
			.run(new Date(now.getTime() - WINDOW_MS).toISOString());
		const add = db.$client.prepare('INSERT INTO login_attempts (key, at) VALUES (?, ?)');
		for (const { key } of keys(email, address)) add.run(key, at);
	})();
}

/** A successful login: its e-mail starts afresh (the address keeps its count). */
export function clearFailures(db: Db, email: string): void {
	db.$client.prepare('DELETE FROM login_attempts WHERE key = ?').run(`email:${email}`);
}

/** "Too many failed logins: try again in 2 min (at 04:12)." */
export function throttleMessage(until: Date, lang: MessageLang, now = new Date()): string {
	const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
	const wait = seconds < 60 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
	const clock = until.toLocaleTimeString('pl-PL', {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/Warsaw'
	});
	return say(
		lang,
		`Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za ${wait} (o ${clock}).`,
		`Too many failed login attempts. Try again in ${wait} (at ${clock}, Polish time).`
	);
}
