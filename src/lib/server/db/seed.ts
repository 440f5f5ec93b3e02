/**
 * Loads the bundled data (data/) into the database, each part in one transaction. Boundaries go
 * into an empty units table; a database that already holds units gets the boundary files' changes
 * (../boundaries.ts). Records go into an empty database on first start; after that, a changed
 * bundle (its content hash differs from meta's `records_bundle`) adds the records the database
 * does not hold yet and leaves every record it holds as it is (see loadRecords).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir } from '../paths';
import { units } from './schema';
import { createHash } from 'node:crypto';
import { bundleVersion, parseRecodes, refreshUnits, unitRowsOf, unitsAreFrom } from '../boundaries';
import { BOUNDARIES_VERSION, dataVersion, RECORDS_BUNDLE, setVersion } from './versions';
import type { Db } from './index';
import { savePartnership, savePractice } from '../records/write';
import type { PartnershipInput, PracticeInput } from '../records/types';

function boundaryFiles() {
	const topoText = readFileSync(resolve(dataDir, 'boundaries/poland.topo.json'), 'utf8');
	const unitsText = readFileSync(resolve(dataDir, 'boundaries/units.csv'), 'utf8');
	return { topoText, unitsText };
}

/** `recordsDir`: the bundled records (data/records; the tests pass a bundle of their own). */
export function loadBundledData(db: Db, recordsDir = resolve(dataDir, 'records')): void {
	loadBoundaries(db);
	loadRecords(db, recordsDir);
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
 * Loads data/records (partnerships first, practices link to them), all in one transaction, printing
 * progress for the slow part (merging areas).
 *
 * A database with no records gets the whole bundle. A database that holds records and was last
 * loaded from another bundle (meta `records_bundle` is the bundle's content hash; a database from
 * before the hash has none) gets only the bundled records it does not hold: partnerships by slug,
 * practices by slug or old-database id (art_id, which `npm run import` keys on). Records it holds
 * are never rewritten, so curators' edits, drafts and archived records stay as they are, and a
 * record left out of a newer bundle stays too. Slugs are never edited (curators' new records get
 * fresh ones), so a slug the database holds is the record the bundle means. Then the hash is
 * stored: an unchanged bundle costs one read of meta on the next start.
 */
function loadRecords(db: Db, dir: string): void {
	const c = db.$client;
	const partnershipsPath = resolve(dir, 'partnerships.json');
	if (!existsSync(partnershipsPath)) return;
	const partnershipsText = readFileSync(partnershipsPath, 'utf8');
	const practicesText = readFileSync(resolve(dir, 'practices.json'), 'utf8');
	const bundle = createHash('sha256')
		.update(partnershipsText)
		.update('\0')
		.update(practicesText)
		.digest('hex')
		.slice(0, 12);
	const has = c
		.prepare('SELECT (SELECT count(*) FROM partnerships) + (SELECT count(*) FROM practices) AS n')
		.get() as { n: number };
	const first = has.n === 0;
	if (!first && dataVersion(db, RECORDS_BUNDLE) === bundle) return;
	const started = Date.now();
	let partnerships = JSON.parse(partnershipsText) as PartnershipInput[];
	let practices = JSON.parse(practicesText) as PracticeInput[];
	if (!first) {
		const held = (sql: string) =>
			new Set((c.prepare(sql).all() as { v: string | number }[]).map((r) => r.v));
		const slugs = held('SELECT slug AS v FROM partnerships');
		const practiceSlugs = held('SELECT slug AS v FROM practices');
		const artIds = held('SELECT art_id AS v FROM practices WHERE art_id IS NOT NULL');
		partnerships = partnerships.filter((p) => !slugs.has(p.slug));
		practices = practices.filter(
			(p) => !practiceSlugs.has(p.slug) && !(p.artId !== null && artIds.has(p.artId))
		);
	}
	const tty = process.stdout.isTTY;
	c.transaction(() => {
		partnerships.forEach((p, i) => {
			savePartnership(db, p);
			if (tty && (i % 20 === 0 || i === partnerships.length - 1))
				process.stdout.write(`\rMerging partnership areas: ${i + 1}/${partnerships.length}`);
		});
		if (tty && partnerships.length) process.stdout.write('\n');
		for (const p of practices) savePractice(db, p);
		setVersion(db, RECORDS_BUNDLE, bundle);
	})();
	console.log(
		`${first ? 'Loaded' : 'Bundle changed: added'} ${partnerships.length} partnerships and ${practices.length} practices from data/records in ${Date.now() - started} ms`
	);
}
