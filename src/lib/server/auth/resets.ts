/**
 * One-time password reset links, made by an admin for a user: a random token in the link, its
 * hash in `password_resets`, valid for 24 hours and once. Using it sets the new password (which
 * ends the user's sessions, users.ts) and marks every open link of that user used.
 */
import type { Db } from '../db';
import { setPassword } from './users';
import { hashToken, newToken, TOKEN_SHAPE } from './token';

export const RESET_MS = 24 * 60 * 60 * 1000;

/** The path of a reset link (the page is public: src/routes/(admin)/admin/(auth)/haslo/[token]). */
export const resetPath = (token: string) => `/admin/haslo/${token}`;

/** A new reset token for `userId`, made by `createdBy`. */
export function createReset(db: Db, userId: number, createdBy: number, now = new Date()): string {
	const token = newToken();
	db.$client
		.prepare(
			'INSERT INTO password_resets (token_hash, user_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)'
		)
		.run(
			hashToken(token),
			userId,
			createdBy,
			now.toISOString(),
			new Date(now.getTime() + RESET_MS).toISOString()
		);
	return token;
}

/** The account an unused, unexpired token is for, or null. */
export function findReset(
	db: Db,
	token: string,
	now = new Date()
): { userId: number; email: string } | null {
	if (!TOKEN_SHAPE.test(token)) return null;
	const row = db.$client
		.prepare(
			`SELECT r.user_id AS userId, u.email FROM password_resets r JOIN users u ON u.id = r.user_id
			WHERE r.token_hash = ? AND r.used_at IS NULL AND r.expires_at > ? AND u.disabled_at IS NULL`
		)
		.get(hashToken(token), now.toISOString()) as { userId: number; email: string } | undefined;
	return row ?? null;
}

/**
 * Sets the password through a token: false when the token is not (or no longer) valid; an
 * AccountError when the password fails the policy (then the token stays usable).
 */
export async function useReset(
	db: Db,
	token: string,
	password: string,
	now = new Date()
): Promise<boolean> {
	const reset = findReset(db, token, now);
	if (!reset) return false;
	await setPassword(db, reset.userId, password);
	db.$client
		.prepare('UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL')
		.run(now.toISOString(), reset.userId);
	return true;
}
