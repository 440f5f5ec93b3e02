// Where the app's SQLite file is, and whether it is sound: shared by `npm start` (which refuses a
// corrupt database) and `npm run db:backup`. Plain JavaScript: it runs before any build exists.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';

export const appRoot = resolve(new URL('../..', import.meta.url).pathname);

/** DATABASE_URL (default var/mapa.db), relative to the project root, as src/lib/server/db does. */
export function databaseFile(url = process.env.DATABASE_URL || 'var/mapa.db') {
	return resolve(appRoot, url.replace(/^file:/, ''));
}

/**
 * SQLite's own check of every page, index and constraint (`PRAGMA integrity_check`).
 * @returns {{ ok: true, problems?: undefined } | { ok: false, problems: string[] }}
 */
export function checkIntegrity(file) {
	let db;
	try {
		db = new Database(file, { readonly: true, fileMustExist: true });
		const rows = /** @type {Record<string, unknown>[]} */ (db.pragma('integrity_check(20)'));
		const problems = rows.map((r) => String(Object.values(r)[0])).filter((p) => p !== 'ok');
		return problems.length ? { ok: false, problems } : { ok: true };
	} catch (e) {
		return { ok: false, problems: [e instanceof Error ? e.message : String(e)] };
	} finally {
		db?.close();
	}
}

/** The refusal `npm start` prints for a corrupt database, with what to do about it. */
export function corruptMessage(file, problems) {
	return [
		`Baza danych ${file} jest uszkodzona; serwer nie wystartuje. / The database ${file} is corrupt; the server will not start.`,
		...problems.slice(0, 10).map((p) => `  - ${p}`),
		'Przywróć kopię (zatrzymany serwer): cp KOPIA.db ' +
			file +
			' && rm -f ' +
			file +
			'-wal ' +
			file +
			'-shm',
		'Restore a backup (server stopped): copy the backup over the file and remove its -wal and -shm files;',
		'or move the file away and start again: a new database is created and loaded with the bundled data.'
	].join('\n');
}

export { existsSync };
