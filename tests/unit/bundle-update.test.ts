/**
 * A changed bundle of records (data/records) reaches a database that was loaded from an earlier
 * one: set-up adds the records it does not hold and keeps the ones it holds (curators' edits,
 * archived records) as they are. The bundles are cut from the committed data/records: "earlier"
 * is it without the partnerships from their own pages and without one practice, "newer" is it
 * (Interreg and URBACT records are left out of both to keep the merges quick).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/lib/server/db';
import { loadBundledData } from '../../src/lib/server/db/seed';
import { dataVersion, RECORDS_BUNDLE, RECORDS_VERSION } from '../../src/lib/server/db/versions';
import { migrationsDir } from '../../src/lib/server/paths';
import { getPartnership } from '../../src/lib/server/records/read';
import { searchIds } from '../../src/lib/server/search';
import {
	archiveRecord,
	loadEditable,
	publishRecord,
	saveRecord,
	type Author
} from '../../src/lib/server/curation/workflow';
import type { PartnershipInput, PracticeInput } from '../../src/lib/server/records/types';

const records = resolve('data/records');
const all = JSON.parse(
	readFileSync(join(records, 'partnerships.json'), 'utf8')
) as (PartnershipInput & {
	extra: { sourceFile?: string };
})[];
const practices = JSON.parse(
	readFileSync(join(records, 'practices.json'), 'utf8')
) as PracticeInput[];
const local = all.filter((p) => p.kind !== 'interreg_project' && p.kind !== 'city_network');
const own = local.filter((p) => p.extra.sourceFile === 'partnerships_from_own_pages.csv');

const tmp = mkdtempSync(join(tmpdir(), 'mapa-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function bundle(name: string, partnerships: PartnershipInput[], pr: PracticeInput[]): string {
	const dir = join(tmp, name);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'partnerships.json'), JSON.stringify(partnerships));
	writeFileSync(join(dir, 'practices.json'), JSON.stringify(pr));
	return dir;
}
const earlier = bundle(
	'earlier',
	local.filter((p) => !own.includes(p)),
	practices.filter((p) => p.artId !== 469)
);
const newer = bundle('newer', local, practices);

// A test-only synthetic curator.
const curator: Author = {
	id: 1,
	email: 'kurator@test.invalid',
	name: null,
	organisation: null,
	role: 'curator'
};

/** A database as an earlier start left it: migrated, loaded from the earlier bundle. */
function earlierDb(): Db {
	const db = openDatabase(':memory:');
	migrate(db, { migrationsFolder: migrationsDir });
	loadBundledData(db, earlier);
	db.$client.exec(
		`INSERT INTO users (id, email, role, password_hash) VALUES (1, 'kurator@test.invalid', 'curator', 'x')`
	);
	return db;
}
const count = (db: Db, table: string) =>
	(db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const idOf = (db: Db, slug: string) =>
	(db.$client.prepare('SELECT id FROM partnerships WHERE slug = ?').get(slug) as { id: number }).id;

describe('a changed bundle of records', () => {
	it('the bundles differ by the 31 partnerships from their own pages and one practice', () => {
		expect(own).toHaveLength(31);
		expect(local.length - own.length).toBe(5);
	});

	it('adds the new records and keeps curators’ edits and archived records as they are', () => {
		const db = earlierDb();
		expect(count(db, 'partnerships')).toBe(5);
		expect(count(db, 'practices')).toBe(practices.length - 1);

		// A curator renames one bundled record and archives another.
		const blisko = idOf(db, 'blisko-krakowa');
		const e = loadEditable(db, 'partnerstwo', blisko)!;
		saveRecord(
			db,
			'partnerstwo',
			blisko,
			{ ...e.input, name: 'Blisko Krakowa (nazwa kuratora, test)' },
			{ author: curator, baseRevision: e.revision }
		);
		publishRecord(db, 'partnerstwo', blisko, curator);
		archiveRecord(db, 'partnerstwo', idOf(db, 'koscierskie-partnerstwo'), curator);
		// A database from before the bundle hash was stored (var/mapa.db of an earlier version).
		db.$client.prepare('DELETE FROM meta WHERE key = ?').run(RECORDS_BUNDLE);
		const version = dataVersion(db, RECORDS_VERSION);

		loadBundledData(db, newer);
		expect(count(db, 'partnerships')).toBe(36);
		expect(count(db, 'practices')).toBe(practices.length);
		expect(dataVersion(db, RECORDS_VERSION)).not.toBe(version);
		expect(dataVersion(db, RECORDS_BUNDLE)).toMatch(/^[0-9a-f]{12}$/);
		// Kept as the curator left them.
		expect(getPartnership(blisko, {}, db)?.name).toBe('Blisko Krakowa (nazwa kuratora, test)');
		const status = (slug: string) =>
			(
				db.$client.prepare('SELECT status FROM partnerships WHERE slug = ?').get(slug) as {
					status: string;
				}
			).status;
		expect(status('koscierskie-partnerstwo')).toBe('archived');
		// The new ones are whole: members, leader, other members, area, sources, search.
		const raby = getPartnership(idOf(db, 'lgd-dolina-raby'), { geometry: true }, db)!;
		expect(raby.members).toHaveLength(6);
		expect(raby.geometry).not.toBeNull();
		const paluki = getPartnership(idOf(db, 'lgd-paluki-wspolna-sprawa'), {}, db)!;
		expect(paluki.members.filter((m) => m.role === 'leader').map((m) => m.code)).toEqual([
			'0419063'
		]);
		const gorlicki = getPartnership(idOf(db, 'lgd-beskid-gorlicki'), {}, db)!;
		expect(gorlicki.otherMembers.map((o) => o.name)).toEqual(['Gorlice']);
		expect(searchIds(db, 'partnership', 'Dolina Raby').has(raby.id)).toBe(true);
		expect(status('lgd-dolina-raby')).toBe('published');
	});

	it('an unchanged bundle writes nothing; a newer one adds only what is missing', () => {
		const db = earlierDb();
		const version = dataVersion(db, RECORDS_VERSION);
		loadBundledData(db, earlier);
		expect(dataVersion(db, RECORDS_VERSION)).toBe(version);
		loadBundledData(db, newer);
		expect(count(db, 'partnerships')).toBe(36);
		const after = dataVersion(db, RECORDS_VERSION);
		loadBundledData(db, newer);
		expect(dataVersion(db, RECORDS_VERSION)).toBe(after);
		expect(count(db, 'partnerships')).toBe(36);
	});

	it('a record left out of a newer bundle stays in the database', () => {
		const db = earlierDb();
		loadBundledData(
			db,
			bundle(
				'smaller',
				local.filter((p) => p.slug !== 'metropolia-gzm'),
				practices
			)
		);
		// The 31 new ones are added, GZM (not in the smaller bundle) is kept: 5 + 31.
		expect(idOf(db, 'metropolia-gzm')).toBeGreaterThan(0);
		expect(count(db, 'partnerships')).toBe(36);
	});
});
