/**
 * The site's own secret: 32 random bytes made once and kept in the database (`meta`), for keyed
 * hashes that must survive a restart but mean nothing outside this site: the public forms' signed
 * start times and the client addresses of rate limits (kept only as keyed hashes, never as
 * addresses). Deleting the row makes a new secret: open forms must be reloaded, limits start afresh.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from './db';

const KEY = 'site_secret';
const cache = new WeakMap<Db, Buffer>();

export function siteSecret(db: Db): Buffer {
	const known = cache.get(db);
	if (known) return known;
	db.$client
		.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)')
		.run(KEY, randomBytes(32).toString('hex'));
	const row = db.$client.prepare('SELECT value FROM meta WHERE key = ?').get(KEY) as {
		value: string;
	};
	const secret = Buffer.from(row.value, 'hex');
	cache.set(db, secret);
	return secret;
}

/** Hex HMAC-SHA-256 of `text` under the site's secret, for `purpose` (so uses never collide). */
export function keyedHash(db: Db, purpose: string, text: string): string {
	return createHmac('sha256', siteSecret(db)).update(`${purpose}\0${text}`).digest('hex');
}

/** Whether `mac` is keyedHash(purpose, text), compared in constant time. */
export function keyedHashMatches(db: Db, purpose: string, text: string, mac: string): boolean {
	const expected = Buffer.from(keyedHash(db, purpose, text), 'hex');
	const given = /^[0-9a-f]{64}$/.test(mac) ? Buffer.from(mac, 'hex') : null;
	return given !== null && timingSafeEqual(expected, given);
}

/** A client address as rate limits keep it. */
export const addressHash = (db: Db, address: string) => keyedHash(db, 'address', address);
