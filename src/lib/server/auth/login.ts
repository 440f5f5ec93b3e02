/**
 * A login attempt, from the form's values to a user or a message: throttling first
 * (throttle.ts), then the password, the same answer for an unknown e-mail, a disabled account and
 * a wrong password, and the same time spent on each (a dummy hash is verified when there is no
 * account). The route (admin/(auth)/logowanie) makes the session and the cookie.
 */
import type { Db } from '../db';
import { keepLang, say, type MessageLang } from '../../i18n';
import type { Lang } from '../../format';
import { FIELD_LIMITS } from '../../limits';
import { verifyDummy, verifyPassword } from './password';
import { clearFailures, recordFailure, throttledUntil, throttleMessage } from './throttle';
import { getUserByEmail, normaliseEmail } from './users';

export type LoginResult =
	{ ok: true; userId: number } | { ok: false; status: 400 | 429; message: string };

export async function attemptLogin(
	db: Db,
	form: { email: string; password: string },
	address: string,
	lang: MessageLang,
	now = new Date()
): Promise<LoginResult> {
	const email = normaliseEmail(form.email).slice(0, FIELD_LIMITS.email.maxLength);
	const until = throttledUntil(db, email, address, now);
	if (until) return { ok: false, status: 429, message: throttleMessage(until, lang, now) };
	// A password longer than any allowed is wrong without hashing megabytes of it.
	const password = form.password.slice(0, FIELD_LIMITS.password.maxLength + 1);
	const user = getUserByEmail(db, email);
	const ok =
		user && !user.disabledAt
			? await verifyPassword(user.passwordHash, password)
			: (await verifyDummy(password), false);
	if (!ok || !user) {
		recordFailure(db, email, address, now);
		return {
			ok: false,
			status: 400,
			message: say(lang, 'Nieprawidłowy e-mail lub hasło.', 'Wrong e-mail or password.')
		};
	}
	clearFailures(db, email);
	return { ok: true, userId: user.id };
}

/** Where to go after logging in: a path of the admin area (never another site), else /admin. */
export function safeNext(raw: string | null | undefined): string {
	if (!raw || raw.length > 2000) return '/admin';
	return /^\/admin(?:[/?#]|$)/.test(raw) && !/[\\\s]/.test(raw) ? raw : '/admin';
}

/** The login page after logging out or setting a password, with its notice, in `lang`. */
export function loginNoticeUrl(
	notice: 'passwordSet' | 'loggedOut' | 'loggedOutEverywhere',
	lang: Lang
): string {
	return `/admin/logowanie?${keepLang(new URLSearchParams({ notice }), lang)}`;
}
