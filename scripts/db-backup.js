// `npm run db:backup -- FILE`: a consistent copy of the app's database while the server runs.
// SQLite's online backup API copies the pages in steps; writes that land meanwhile restart the
// copy of what changed, so the copy is one state of the database, never a torn file. The copy is
// checked (PRAGMA integrity_check) before it is reported. Restore: README "Backups".
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { checkIntegrity, databaseFile } from './lib/database-file.js';

const args = process.argv.slice(2);
if (args.length !== 1 || args[0].startsWith('-')) {
	console.error(
		'Użycie / usage: npm run db:backup -- PLIK.db   (DATABASE_URL wybiera bazę / chooses the database)'
	);
	process.exit(2);
}
const source = databaseFile();
const target = resolve(process.cwd(), args[0]);
if (!existsSync(source)) {
	console.error(`Nie ma bazy ${source} / no database at ${source}`);
	process.exit(1);
}
if (resolve(target) === resolve(source)) {
	console.error('Kopia nie może zastąpić bazy / the backup cannot overwrite the database itself');
	process.exit(2);
}
const partial = `${target}.part`;
rmSync(partial, { force: true });
const db = new Database(source, { readonly: true, fileMustExist: true });
try {
	let last = -1;
	await db.backup(partial, {
		progress({ totalPages, remainingPages }) {
			const done = totalPages
				? Math.floor(((totalPages - remainingPages) / totalPages) * 100)
				: 100;
			if (done >= last + 10 || remainingPages === 0) {
				last = done;
				process.stderr.write(`\rKopiowanie / copying: ${done}% (${totalPages} stron / pages)`);
			}
			return 256;
		}
	});
	process.stderr.write('\rKopiowanie / copying: 100%\n');
} catch (e) {
	rmSync(partial, { force: true });
	console.error(`Kopia nie powiodła się / backup failed: ${e instanceof Error ? e.message : e}`);
	process.exit(1);
} finally {
	db.close();
}
const check = checkIntegrity(partial);
if (!check.ok) {
	rmSync(partial, { force: true });
	console.error(`Kopia jest uszkodzona / the copy is corrupt: ${check.problems.join('; ')}`);
	process.exit(1);
}
renameSync(partial, target);
console.log(`Zapisano kopię / backup written: ${target}`);
