/**
 * npm run data:prg -- PATH [--out DIR] [--db FILE] [--recode FILE] [--dry-run] [--all] [--vertices N]
 *
 * The yearly boundary refresh from GUGiK's PRG shapefiles in PATH (A03_Granice_gmin.shp,
 * A02_Granice_powiatow.shp, A01_Granice_wojewodztw.shp, or gminy/powiaty/wojewodztwa.shp; EPSG:2180).
 * Writes data/boundaries (or --out DIR), recodes the bundled records (data/records) when it writes
 * the app's own files, and brings the database up to date (DATABASE_URL, default var/mapa.db, or
 * --db FILE; with --out elsewhere only when --db is given). Prints what changed. Nothing is written
 * when anything is refused. The steps: scripts/prg/ (layers, build, compare, records, refresh).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { databaseFile } from './lib/database-file.js';
import { PrgError } from './prg/layers.ts';
import { prgRefresh, reportLines } from './prg/refresh.ts';

const USAGE =
	'Użycie / usage: npm run data:prg -- PATH [--out DIR] [--db FILE] [--recode FILE] [--dry-run] [--all] [--vertices N]\n' +
	'  PATH: folder z warstwami PRG / the folder with the PRG layers (gminy, powiaty, województwa)\n' +
	'  --out DIR: dokąd zapisać / where to write (data/boundaries)\n' +
	'  --db FILE: baza do aktualizacji / the database to update (DATABASE_URL or var/mapa.db)\n' +
	'  --recode FILE: następcy usuniętych jednostek / successors of removed units (columns old,new)\n' +
	'  --dry-run: tylko raport / the report only\n' +
	'  --all: pełna lista zmian kształtu / list every shape change\n' +
	'  --vertices N: ile wierzchołków zostawić / about how many vertices to keep (60000)';

const args = process.argv.slice(2);
let source: string | undefined;
let out: string | undefined;
let db: string | undefined;
let recode: string | undefined;
let dryRun = false;
let all = false;
let vertices: number | undefined;
function value(i: number, name: string): string {
	const v = args[i + 1];
	if (!v || v.startsWith('--')) {
		console.error(`${name}: brak wartości / missing value\n${USAGE}`);
		process.exit(2);
	}
	return v;
}
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	if (a === '--dry-run') dryRun = true;
	else if (a === '--all') all = true;
	else if (a === '--help') {
		console.log(USAGE);
		process.exit(0);
	} else if (a === '--out') out = value(i++, a);
	else if (a === '--db') db = value(i++, a);
	else if (a === '--recode') recode = value(i++, a);
	else if (a === '--vertices') {
		vertices = Number(value(i++, a));
		if (!Number.isSafeInteger(vertices) || vertices < 1000) {
			console.error(`--vertices: oczekiwano liczby ≥ 1000 / expected a number ≥ 1000`);
			process.exit(2);
		}
	} else if (a.startsWith('--')) {
		console.error(`Nieznana opcja / unknown option ${a}\n${USAGE}`);
		process.exit(2);
	} else if (source) {
		console.error(`Jeden folder PRG / one PRG folder only: ${a}\n${USAGE}`);
		process.exit(2);
	} else source = a;
}
if (!source) {
	console.error(USAGE);
	process.exit(2);
}

const appBoundaries = resolve('data/boundaries');
const outDir = resolve(out ?? appBoundaries);
const own = outDir === appBoundaries;
// The app's database follows the app's files; another folder's files touch only a named database.
let dbFile = db ? resolve(db) : own ? databaseFile() : undefined;
if (!db && dbFile && !existsSync(dbFile)) {
	console.log(
		`Nie ma bazy ${dbFile}: wczyta nowe pliki przy pierwszym starcie / no database ${dbFile}: it loads the new files on first start`
	);
	dbFile = undefined;
}

try {
	const report = await prgRefresh({
		source,
		out: outDir,
		records: own ? resolve('data/records') : undefined,
		db: dbFile,
		recode,
		dryRun,
		vertices
	});
	for (const line of reportLines(report, all ? Infinity : 40)) console.log(line);
} catch (e) {
	if (e instanceof PrgError) {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}
