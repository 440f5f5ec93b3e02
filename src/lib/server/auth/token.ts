/**
 * Secret tokens (session cookies, password reset links) and the hash that is stored instead of
 * them: 20 random bytes in lower-case base32 (32 characters), and their hex SHA-256, following
 * https://lucia-auth.com/sessions/basic ("sessions from scratch"). A stolen database gives no
 * usable token.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32NoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { randomBytes } from 'node:crypto';

export function newToken(): string {
	// @oslojs/encoding 1.0 has no lower-case encoder (it came in 1.1): the same, lower-cased.
	return encodeBase32NoPadding(new Uint8Array(randomBytes(20))).toLowerCase();
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** A token's shape: anything else is refused before it reaches the database. */
export const TOKEN_SHAPE = /^[a-z2-7]{32}$/;
