/**
 * Loads the bundled data (data/) into an empty database, in one transaction, on first start.
 * A database that already holds units gets the boundary files' changes (../boundaries.ts);
 * its records are left alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir } from '../paths';
import { units } from './schema';
import { bundleVersion, parseRecodes, refreshUnits, unitRowsOf, unitsAreFrom } from '../boundaries';
import { BOUNDARIES_VERSION, setVersion } from './versions';
import type { Db } from './index';
import { savePartnership, savePractice } from '../records/write';
import type { PartnershipInput, PracticeInput } from '../records/types';

function boundaryFiles() {
	const topoText = readFileSync(resolve(dataDir, 'boundaries/poland.topo.json'), 'utf8');
	const unitsText = readFileSync(resolve(dataDir, 'boundaries/units.csv'), 'utf8');
	return { topoText, unitsText };
}

export function loadBundledData(db: Db): void {
	loadBoundaries(db);
	loadRecords(db);
}

function loadBoundaries(db: Db): void {
	const count = db.$client.prepare('SELECT count(*) AS n FROM units').get() as { n: number };
	const files = boundaryFiles();
	if (count.n > 0) return syncBoundaries(db, files);
	const started = Date.now();
	const rows = unitRowsOf(files.topoText, files.unitsText);
	db.transaction((tx) => {
		for (let i = 0; i < rows.length; i += 200)
			tx.insert(units)
				.values(rows.slice(i, i + 200))
				.run();
		setVersion(db, BOUNDARIES_VERSION, bundleVersion(files.topoText, files.unitsText));
	});
	console.log(`Loaded ${rows.length} units from data/boundaries in ${Date.now() - started} ms`);
}

/**
 * A database whose units came from other boundary files (a yearly PRG refresh was committed since)
 * gets the new ones: references to removed units follow data/boundaries/recodes.csv; a removed unit
 * that something still refers to and that has no successor is kept and named in the log.
 */
function syncBoundaries(db: Db, files: { topoText: string; unitsText: string }): void {
	if (unitsAreFrom(db, files.topoText, files.unitsText)) return;
	const started = Date.now();
	const recodesPath = resolve(dataDir, 'boundaries/recodes.csv');
	const recodes = existsSync(recodesPath)
		? parseRecodes(readFileSync(recodesPath, 'utf8'))
		: new Map<string, string[]>();
	const r = refreshUnits(db, files, recodes, { keepOrphans: true });
	console.log(
		`Updated units from data/boundaries in ${Date.now() - started} ms: ${r.added.length} added, ` +
			`${r.changed.length} changed, ${r.removed.length} removed, ${r.recoded.length} references recoded, ` +
			`${r.recomputed.length} partnership areas recomputed`
	);
	for (const o of r.orphans)
		console.warn(
			`Unit ${o.code} is gone from data/boundaries with no successor in recodes.csv; kept for ${o.kind} ${o.label} (id ${o.id})`
		);
}

/**
 * Loads data/records (partnerships first, practices link to them) into a database that has no
 * records yet, all in one transaction, printing progress for the slow part (merging areas).
 */
function loadRecords(db: Db): void {
	const c = db.$client;
	const has = c
		.prepare('SELECT (SELECT count(*) FROM partnerships) + (SELECT count(*) FROM practices) AS n')
		.get() as {
		n: number;
	};
	const dir = resolve(dataDir, 'records');
	if (has.n > 0 || !existsSync(resolve(dir, 'partnerships.json'))) return;
	const started = Date.now();
	const partnerships = JSON.parse(
		readFileSync(resolve(dir, 'partnerships.json'), 'utf8')
	) as PartnershipInput[];
	const practices = JSON.parse(
		readFileSync(resolve(dir, 'practices.json'), 'utf8')
	) as PracticeInput[];
	const tty = process.stdout.isTTY;
	c.transaction(() => {
		partnerships.forEach((p, i) => {
			savePartnership(db, p);
			if (tty && (i % 20 === 0 || i === partnerships.length - 1))
				process.stdout.write(`\rMerging partnership areas: ${i + 1}/${partnerships.length}`);
		});
		if (tty) process.stdout.write('\n');
		for (const p of practices) savePractice(db, p);
	})();
	console.log(
		`Loaded ${partnerships.length} partnerships and ${practices.length} practices from data/records in ${Date.now() - started} ms`
	);
}
