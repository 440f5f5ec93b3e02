/**
 * The yearly boundary refresh from GUGiK's PRG (`npm run data:prg`, scripts/prg-refresh.ts):
 * read and check the three layers, build the files, compare them with the current ones, and
 * only when nothing is refused write them (and the recodes, and the bundled records when the
 * files are the app's own) and bring the database up to date in one transaction.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openDatabase } from '../../src/lib/server/db/index';
import { migrationsDir } from '../../src/lib/server/paths';
import {
	parseRecodes,
	refreshUnits,
	successorsOf,
	unitReferences,
	type RecodeTable,
	type RefreshResult
} from '../../src/lib/server/boundaries';
import {
	areaKm2,
	geometriesOf,
	readBoundaryFiles,
	writeBoundaryFiles,
	writeFileAtomic,
	type Areal
} from '../lib/boundaries';
import { buildTopology, buildUnitRows, namesOf, DEFAULT_VERTICES } from './build';
import { compare, readRecodeFile, unitsOf, type Changes, type Unit } from './compare';
import { findLayers, readLayer, PrgError } from './layers';
import { bundledReferences, recodeBundled } from './records';

export const RECODES_FILE = 'recodes.csv';

export interface PrgOptions {
	/** The folder with the PRG shapefiles. */
	source: string;
	/** Where the boundary files go (data/boundaries). */
	out: string;
	/** The bundled records to recode with them (data/records), when `out` is the app's own. */
	records?: string;
	/** The database to bring up to date; none: the files only. */
	db?: string;
	recode?: string;
	dryRun?: boolean;
	vertices?: number;
	/** The date written beside new recodes (YYYY-MM-DD). */
	date?: string;
}

export interface PrgReport {
	counts: Record<'gmi' | 'pow' | 'woj', number>;
	changes: Changes;
	database: RefreshResult | null;
	recordsRecoded: number;
	written: boolean;
}

function csvCell(v: string): string {
	return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export async function prgRefresh(
	options: PrgOptions,
	log: (line: string) => void = console.log
): Promise<PrgReport> {
	const started = Date.now();
	const step = (what: string) => log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);
	const layers = findLayers(resolve(options.source));
	const recodeTable = options.recode ? readRecodeFile(resolve(options.recode)) : [];
	const read = [];
	for (const files of layers) {
		step(`Czytam / reading ${files.shp}`);
		read.push(await readLayer(files));
	}
	const names = namesOf(read);
	const gminy = read[0];
	step(
		`Upraszczam i buduję topologię / simplifying and building the topology (${gminy.length} gminy)`
	);
	const { topo, geometries } = await buildTopology(gminy, options.vertices ?? DEFAULT_VERTICES);

	const outDir = resolve(options.out);
	const current = readBoundaryFiles(outDir);
	const before = current
		? unitsOf(current.units, geometriesOf(current.topo))
		: new Map<string, Unit>();
	const after = new Map<string, Unit>();
	for (const u of names.values()) {
		const geometry = geometries.get(u.code);
		after.set(u.code, {
			code: u.code,
			name: u.name,
			area: geometry ? areaKm2(geometry) : null,
			geometry
		});
	}
	step('Porównuję z obecnymi granicami / comparing with the current boundaries');
	const changes = compare(before, after, recodeTable, options.recode ?? '');

	// All recodes ever made, so a database or records several refreshes behind follow them too.
	const recodesPath = resolve(outDir, RECODES_FILE);
	const oldRecodesText = existsSync(recodesPath) ? readFileSync(recodesPath, 'utf8') : '';
	const table: RecodeTable = parseRecodes(oldRecodesText);
	for (const r of changes.recodes) table.set(r.old, [...(table.get(r.old) ?? []), r.new]);
	const codes = new Set(after.keys());
	const successors = (code: string) => successorsOf(code, table, codes);

	// Population (GUS, not in PRG): a unit's own, else the sum of the units it succeeds.
	const population = new Map(
		(current?.units ?? [])
			.filter((r) => r.population !== '')
			.map((r) => [r.code, Number(r.population)])
	);
	const popOf = (code: string) => {
		if (population.has(code)) return population.get(code)!;
		const from = changes.recodes.filter((r) => r.new === code && population.has(r.old));
		return from.length ? from.reduce((n, r) => n + population.get(r.old)!, 0) : null;
	};
	const rows = buildUnitRows(names, geometries as Map<string, Areal>, popOf);

	// Refusals before anything is written: references that would point nowhere.
	const problems: string[] = [];
	const database = options.db ? openDb(options.db) : null;
	try {
		if (database) {
			const dbCodes = (
				database.$client.prepare('SELECT code FROM units').all() as { code: string }[]
			).map((r) => r.code);
			const gone = dbCodes.filter((code) => !codes.has(code) && !successors(code).length);
			for (const ref of unitReferences(database, gone))
				problems.push(
					`${options.db}: ${ref.kind} ${ref.label} (id ${ref.id}): jednostka / unit ${ref.code} ${before.get(ref.code)?.name ?? ''} — usunięta bez następcy / removed with no successor`
				);
		}
		if (options.records)
			for (const ref of bundledReferences(resolve(options.records), codes))
				if (!successors(ref.code).length)
					problems.push(
						`${options.records}: ${ref.record}: jednostka / unit ${ref.code} ${before.get(ref.code)?.name ?? ''} — usunięta bez następcy / removed with no successor`
					);
		if (problems.length)
			throw new PrgError(
				[
					'Nic nie zapisano: do jednostek usuniętych bez następcy odnoszą się rekordy. Podaj następców w pliku --recode (kolumny old,new). /',
					'Nothing written: records refer to units removed with no successor. Name their successors in a --recode file (columns old,new).',
					...problems.map((p) => `  ${p}`)
				].join('\n')
			);
		const report: PrgReport = {
			counts: {
				gmi: read[0].length,
				pow: read[1].length,
				woj: read[2].length
			},
			changes,
			database: null,
			recordsRecoded: 0,
			written: false
		};
		if (options.dryRun) return report;

		step(`Zapisuję / writing ${outDir}`);
		const files = writeBoundaryFiles(outDir, topo, rows);
		if (changes.recodes.length) {
			const date = options.date ?? new Date().toISOString().slice(0, 10);
			const lines = oldRecodesText
				? [oldRecodesText.trimEnd()]
				: ['old,new,old_name,new_name,share,date'];
			for (const r of changes.recodes)
				lines.push(
					[r.old, r.new, r.oldName, r.newName, r.share === null ? 'recode' : String(r.share), date]
						.map(csvCell)
						.join(',')
				);
			writeFileAtomic(recodesPath, lines.join('\n') + '\n');
		}
		report.written = true;
		if (options.records)
			report.recordsRecoded = recodeBundled(resolve(options.records), successors);
		if (database) {
			step(`Aktualizuję bazę / updating the database ${options.db}`);
			let last = 0;
			report.database = refreshUnits(database, files, table, {
				onProgress: (done, total) => {
					if (done === total || Date.now() - last > 2000) {
						last = Date.now();
						step(`Obszary partnerstw / partnership areas: ${done}/${total}`);
					}
				}
			});
		}
		step('Gotowe / done');
		return report;
	} finally {
		database?.$client.close();
	}
}

function openDb(path: string) {
	if (!existsSync(path))
		throw new PrgError(`${path}: nie ma takiej bazy danych / no such database`);
	const db = openDatabase(path);
	migrate(db, { migrationsFolder: migrationsDir });
	return db;
}

const pct = (a: number | null, b: number | null) =>
	a && b !== null ? `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)}%` : 'nowy / new';

/** How much a unit's area changed, as a share (a new shape counts as the largest change). */
const change = (x: { before: number | null; after: number | null }) =>
	x.before && x.after !== null ? Math.abs(x.after - x.before) / x.before : Infinity;

/** The report as lines, Polish / English; `limit` caps the list of reshaped units. */
export function reportLines(r: PrgReport, limit = 40): string[] {
	const c = r.changes;
	const out = [
		`PRG: ${r.counts.gmi} gmin, ${r.counts.pow} powiatów, ${r.counts.woj} województw`,
		`Dodane / added: ${c.added.length}`,
		...c.added.map((u) => `  + ${u.code} ${u.name}`),
		`Usunięte / removed: ${c.removed.length}`,
		...c.removed.map((u) => {
			const to = c.recodes.filter((x) => x.old === u.code);
			return to.length
				? `  - ${u.code} ${u.name} → ${to
						.map(
							(x) =>
								`${x.new} ${x.newName} (${x.share === null ? `z pliku / from ${x.from}` : `pokrycie / covered ${Math.round(x.share * 100)}%`})`
						)
						.join(', ')}`
				: `  - ${u.code} ${u.name}: bez następcy / no successor`;
		}),
		`Zmiana nazwy / renamed: ${c.renamed.length}`,
		...c.renamed.map((x) => `  ~ ${x.code} „${x.before}” → „${x.after}”`),
		`Zmiana kształtu (pole o ponad 0,5%) / shape changed (area by more than 0.5%): ${c.reshaped.length}`,
		...[...c.reshaped]
			.sort((a, b) => change(b) - change(a))
			.slice(0, limit)
			.map(
				(x) =>
					`  ~ ${x.code} ${x.name}: ${x.before ?? '—'} → ${x.after ?? '—'} km² (${pct(x.before, x.after)})`
			)
	];
	if (c.reshaped.length > limit)
		out.push(`  … i / and ${c.reshaped.length - limit} więcej / more (--all)`);
	if (!r.written) out.push('Próba (--dry-run): nic nie zapisano / dry run: nothing written');
	if (r.recordsRecoded)
		out.push(
			`Rekordy w data/records: ${r.recordsRecoded} odwołań przekodowanych / references recoded`
		);
	const d = r.database;
	if (d) {
		out.push(
			`Baza / database: ${d.added.length} dodanych / added, ${d.changed.length} zmienionych / changed, ${d.removed.length} usuniętych / removed`
		);
		for (const x of d.recoded)
			out.push(`  ${x.kind} ${x.label} (id ${x.id}): ${x.code} → ${x.to.join(', ')}`);
		out.push(
			`  Przeliczone obszary partnerstw / partnership areas recomputed: ${d.recomputed.length}`
		);
	}
	return out;
}
