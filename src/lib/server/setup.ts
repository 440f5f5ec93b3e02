/**
 * Everything a database needs before it answers, in order: the committed migrations, the bundled
 * data when the tables are empty (db/seed.ts), the backfills of columns added after data was stored
 * (records/write.ts) and the search index. The server runs it once from `init` (hooks.server.ts);
 * `npm run import`, the unit tests (tests/unit/db.ts) and the bench helpers call it too.
 */
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { appDatabaseUrl, openDatabase, setAppDb, type Db } from './db';
import { loadBundledData } from './db/seed';
import { migrationsDir } from './paths';
import { backfillContentLang, backfillSortKeys } from './records/write';
import { ensureSearchIndex } from './search';

/** Opens `url` and makes it ready: migrated, loaded, backfilled and indexed. */
export function setupDatabase(url: string): Db {
	const db = openDatabase(url);
	migrate(db, { migrationsFolder: migrationsDir });
	loadBundledData(db);
	backfillSortKeys(db);
	backfillContentLang(db);
	ensureSearchIndex(db);
	return db;
}

let app: Db | undefined;

/** Sets up the app's database (DATABASE_URL, default var/mapa.db) once; `getDb()` gives it after. */
export function setupAppDatabase(): Db {
	if (!app) {
		app = setupDatabase(appDatabaseUrl());
		setAppDb(app);
	}
	return app;
}
