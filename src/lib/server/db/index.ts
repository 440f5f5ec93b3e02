/**
 * The one database client. Opens DATABASE_URL (default var/mapa.db), turns on WAL and foreign
 * keys, applies the committed migrations and, when the units table is empty, loads the bundled
 * data. `openDatabase(':memory:')` gives tests a real, fully loaded database of their own.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { appRoot, migrationsDir } from '../paths';
import { loadBundledData } from './seed';
import { backfillContentLang, backfillSortKeys } from '../records/write';
import { ensureSearchIndex } from '../search';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function openDatabase(url: string, options: { seed?: boolean } = {}): Db {
	const file = url === ':memory:' ? url : resolve(appRoot, url.replace(/^file:/, ''));
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const sqlite = new Database(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('synchronous = NORMAL');
	const db = drizzle(sqlite, { schema }) as Db;
	migrate(db, { migrationsFolder: migrationsDir });
	if (options.seed !== false) loadBundledData(db);
	backfillSortKeys(db);
	backfillContentLang(db);
	ensureSearchIndex(db);
	return db;
}

let instance: Db | undefined;

/** The app's database, opened on first use. */
export function getDb(): Db {
	instance ??= openDatabase(process.env.DATABASE_URL || 'var/mapa.db');
	return instance;
}

export { schema };
