/**
 * Data versions: one row of `meta` per kind of data, a new random value on every write. Migration
 * 0007's triggers bump them on any write to the record or unit tables, from any process (the
 * server, `npm run import`, a hand-run sqlite3); the server reads them on every request, so every
 * cache keyed on a version (API lists, pages, tiles, facets, ETags) sees a write at once.
 */
import { randomBytes } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Db } from './index';

/** Practices, partnerships and everything attached to them. */
export const RECORDS_VERSION = 'records_version';
/** The units (województwa, powiaty, gminy) and their boundaries. */
export const BOUNDARIES_VERSION = 'boundaries_version';

/**
 * The content hash of the bundled records (data/records) the database last took records from: not
 * a cache key, but how set-up notices a changed bundle and adds its new records (seed.ts).
 */
export const RECORDS_BUNDLE = 'records_bundle';

export type VersionKey = typeof RECORDS_VERSION | typeof BOUNDARIES_VERSION;

const reads = new WeakMap<Db, Statement>();

/** The current version of `key` (a VersionKey; '0' before the first write). */
export function dataVersion(db: Db, key: string): string {
	let statement = reads.get(db);
	if (!statement) {
		statement = db.$client.prepare(`SELECT value FROM meta WHERE key = ?`);
		reads.set(db, statement);
	}
	const row = statement.get(key) as { value: string } | undefined;
	return row?.value ?? '0';
}

/** Sets `key` to `value` (the bundled boundaries' or records' content hash, see seed.ts). */
export function setVersion(db: Db, key: VersionKey | typeof RECORDS_BUNDLE, value: string): void {
	db.$client
		.prepare(
			`INSERT INTO meta (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`
		)
		.run(key, value);
}

/** A new random version of `key`, like the triggers' (tile and list URLs that carry it change). */
export function bumpVersion(db: Db, key: VersionKey): void {
	setVersion(db, key, randomBytes(6).toString('hex'));
}
