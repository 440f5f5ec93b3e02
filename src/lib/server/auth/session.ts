/**
 * Sessions, as in Lucia's "sessions from scratch" (https://lucia-auth.com/sessions/basic): the
 * cookie holds a random token, the database only its SHA-256 (token.ts). A session ends after 8
 * hours without use (the idle expiry moves on when less than half of it is left) and 7 days after
 * it began whatever happens. Every login makes a new one; a password change or reset and "log out
 * everywhere" end all of a user's sessions.
 */
import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db';
import type { SessionUser } from './guard';
import { hashToken, newToken, TOKEN_SHAPE } from './token';
import { isRole } from '../../domain/roles';

export const IDLE_MS = 8 * 60 * 60 * 1000;
export const ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'mp_session';

export interface NewSession {
	token: string;
	sessionId: string;
	expiresAt: Date;
}

export interface ValidSession {
	sessionId: string;
	user: SessionUser;
	/** The idle expiry (moved on by this validation when it was due): the cookie's expiry. */
	expiresAt: Date;
}

/** A new session for `userId`; also clears every expired session (the table stays small). */
export function createSession(db: Db, userId: number, now = new Date()): NewSession {
	const token = newToken();
	const sessionId = hashToken(token);
	const expiresAt = new Date(now.getTime() + IDLE_MS);
	const absolute = new Date(now.getTime() + ABSOLUTE_MS);
	const iso = now.toISOString();
	db.$client
		.prepare('DELETE FROM sessions WHERE expires_at <= ? OR absolute_expires_at <= ?')
		.run(iso, iso);
	db.$client
		.prepare(
			'INSERT INTO sessions (id, user_id, created_at, expires_at, absolute_expires_at) VALUES (?, ?, ?, ?, ?)'
		)
		.run(sessionId, userId, iso, expiresAt.toISOString(), absolute.toISOString());
	return { token, sessionId, expiresAt };
}

interface SessionRow {
	id: string;
	user_id: number;
	expires_at: string;
	absolute_expires_at: string;
}

/**
 * The session and user a cookie's token stands for, or null: unknown, expired (then deleted) or of
 * a disabled user (deleted too). Moves the idle expiry on when less than half of it is left.
 */
export function validateSessionToken(db: Db, token: string, now = new Date()): ValidSession | null {
	if (!TOKEN_SHAPE.test(token)) return null;
	const sessionId = hashToken(token);
	const row = db.$client
		.prepare('SELECT id, user_id, expires_at, absolute_expires_at FROM sessions WHERE id = ?')
		.get(sessionId) as SessionRow | undefined;
	if (!row) return null;
	const t = now.getTime();
	const absolute = Date.parse(row.absolute_expires_at);
	let expires = Date.parse(row.expires_at);
	const user = t < expires && t < absolute ? sessionUser(db, row.user_id) : null;
	if (!user) {
		invalidateSession(db, sessionId);
		return null;
	}
	if (expires - t < IDLE_MS / 2) {
		expires = Math.min(t + IDLE_MS, absolute);
		db.$client
			.prepare('UPDATE sessions SET expires_at = ? WHERE id = ?')
			.run(new Date(expires).toISOString(), sessionId);
	}
	return { sessionId, user, expiresAt: new Date(expires) };
}

export function invalidateSession(db: Db, sessionId: string): void {
	db.$client.prepare('DELETE FROM sessions WHERE id = ?').run(sessionId);
}

/** "Log out everywhere": ends every session of the user. */
export function invalidateUserSessions(db: Db, userId: number): void {
	db.$client.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
}

/**
 * The session cookie: HttpOnly, SameSite=Lax, Path=/, Secure when the site is reached over https
 * (`url` is the request's, from ORIGIN behind a proxy), ending with the session.
 */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}

/** The user as sessions carry it (roles, units), or null when unknown or disabled. */
export function sessionUser(db: Db, userId: number): SessionUser | null {
	const row = db.$client
		.prepare(
			'SELECT id, email, name, organisation, role, lang FROM users WHERE id = ? AND disabled_at IS NULL'
		)
		.get(userId) as Omit<SessionUser, 'units'> | undefined;
	if (!row || !isRole(row.role)) return null;
	const units = db.$client
		.prepare('SELECT unit_code FROM user_units WHERE user_id = ? ORDER BY unit_code')
		.pluck()
		.all(userId) as string[];
	return { ...row, lang: row.lang === 'en' ? 'en' : 'pl', units };
}
