/**
 * The one database client, and nothing else: `openDatabase` opens a SQLite file (or `:memory:`)
 * with WAL, foreign keys and the pragmas below and returns the drizzle client. Migrations, the
 * bundled data and the search index are the setup's job (../setup.ts), run once from the server's
 * `init` (hooks.server.ts), by the scripts and by the unit tests.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import { appRoot } from '../paths';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The app's database file when DATABASE_URL does not name one (relative to the project root). */
const DEFAULT_DATABASE_URL = 'var/mapa.db';

/** DATABASE_URL, else the default (scripts/lib/database-file.js reads it the same way). */
export function appDatabaseUrl(): string {
	return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** Opens `url` (a path relative to the project root, `file:` allowed, or `:memory:`). */
export function openDatabase(url: string): Db {
	const file = url === ':memory:' ? url : resolve(appRoot, url.replace(/^file:/, ''));
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const sqlite = new Database(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('synchronous = NORMAL');
	return drizzle(sqlite, { schema }) as Db;
}

let instance: Db | undefined;

/** Makes `db` the app's database, the one `getDb()` gives (set by ../setup.ts). */
export function setAppDb(db: Db): void {
	instance = db;
}

/**
 * The app's database. The server sets it up in `init` before any request; a script or test that
 * reaches code using it calls `setupAppDatabase()` (../setup.ts) first.
 */
export function getDb(): Db {
	if (!instance)
		throw new Error(
			'The database is not set up: call setupAppDatabase() (src/lib/server/setup.ts)'
		);
	return instance;
}
