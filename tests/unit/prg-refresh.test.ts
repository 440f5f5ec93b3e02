/**
 * The yearly PRG refresh on a small fixture built from our own boundaries (tests/unit/prg-fixture.ts):
 * the gminy of powiat krakowski (1206) as PRG shapefiles in EPSG:2180. A synthetic "next year"
 * renames a gmina, merges two into a new code and changes one gmina's type digit; a test
 * partnership in a real migrated SQLite file follows. Refusals write nothing.
 */
import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	unlinkSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/lib/server/db';
import { migrationsDir } from '../../src/lib/server/paths';
import { BOUNDARIES_VERSION, dataVersion } from '../../src/lib/server/db/versions';
import { savePartnership } from '../../src/lib/server/records/write';
import { setupDatabase } from '../../src/lib/server/setup';
import { mergeGeometries } from '../../src/lib/geo/merge';
import { prgRefresh, reportLines } from '../../scripts/prg/refresh';
import { fixtureUnits, writeFixture, type FixtureLayers } from './prg-fixture';

const root = mkdtempSync(join(tmpdir(), 'prg-test-'));
const out = join(root, 'out');
const dbFile = join(root, 'test.db');
const quiet = () => {};
let db: Db;
let partnershipId: number;

// Synthetic changes (test only): Czernichów + Liszki become one new gmina, Zielonki is renamed,
// Michałowice changes its type digit (2 → 3, as 86 gminy did between 2020 and 2026).
const MERGED = '1206992';
function nextYear(base: FixtureLayers): FixtureLayers {
	const czernichow = base.gmi.find((g) => g.code === '1206012')!;
	const liszki = base.gmi.find((g) => g.code === '1206072')!;
	const gmi = base.gmi
		.filter((g) => g !== czernichow && g !== liszki)
		.map((g) =>
			g.code === '1206172'
				? { ...g, name: 'Zielonki (nazwa testowa)' }
				: g.code === '1206082'
					? { ...g, code: '1206083' }
					: g
		);
	gmi.push({
		code: MERGED,
		name: 'Gmina testowa (syntetyczna)',
		geometry: mergeGeometries([czernichow.geometry, liszki.geometry])!
	});
	return { ...base, gmi };
}

async function fixture(name: string, layers: FixtureLayers, options = {}) {
	const dir = join(root, name);
	cpSync(join(root, 'empty'), dir, { recursive: true });
	await writeFixture(dir, layers, options);
	return dir;
}

function snapshot() {
	const files = Object.fromEntries(
		readdirSync(out).map((f) => [
			f,
			createHash('sha256')
				.update(readFileSync(join(out, f)))
				.digest('hex')
		])
	);
	const c = db.$client;
	return {
		files,
		units: c.prepare('SELECT code, name, area_km2 FROM units ORDER BY code').all(),
		members: c.prepare('SELECT * FROM partnership_members ORDER BY unit_code').all(),
		version: dataVersion(db, BOUNDARIES_VERSION)
	};
}

const base = fixtureUnits('1206');

beforeAll(async () => {
	mkdirSync(join(root, 'empty'));
	db = openDatabase(dbFile);
	migrate(db, { migrationsFolder: migrationsDir });
	// This year's PRG into an empty folder and database: every unit is new.
	const report = await prgRefresh({ source: await fixture('y1', base), out, db: dbFile }, quiet);
	expect(report.changes.added).toHaveLength(17 + 2);
	expect(report.database?.added).toHaveLength(19);
	partnershipId = savePartnership(db, {
		slug: 'test-prg-partnership',
		name: 'Test: partnerstwo syntetyczne (PRG)',
		kind: 'other',
		startDate: null,
		endDate: null,
		website: null,
		description: null,
		sources: [],
		members: ['1206012', '1206072', '1206082'].map((teryt, i) => ({
			teryt,
			role: i === 0 ? ('leader' as const) : ('member' as const),
			joined: null,
			left: null
		})),
		otherMembers: [],
		extra: {}
	}).id;
});

afterAll(() => {
	db?.$client.close();
	rmSync(root, { recursive: true, force: true });
});

describe('npm run data:prg', () => {
	it('writes the files in the app format, names trimmed, areas as before', () => {
		const units = readFileSync(join(out, 'units.csv'), 'utf8').split('\n');
		expect(units[0]).toBe(
			'level,code,name,rodz,woj,pow,label_lon,label_lat,area_km2,population,has_geometry'
		);
		const czernichow = units.find((l) => l.startsWith('gmi,1206012,'))!;
		expect(czernichow).toMatch(/^gmi,1206012,Czernichów,2,12,1206,19\.6\d+,50\.0\d+,85\.6\d,,1$/);
		const topo = JSON.parse(readFileSync(join(out, 'poland.topo.json'), 'utf8'));
		expect(Object.keys(topo.objects)).toEqual(['gminy', 'powiaty', 'wojewodztwa']);
		expect(topo.objects.gminy.geometries[0].properties).toEqual({ terc: '1206012' });
	});

	it('a dry run reports and writes nothing', async () => {
		const before = snapshot();
		const report = await prgRefresh(
			{ source: await fixture('dry', nextYear(base)), out, db: dbFile, dryRun: true },
			quiet
		);
		expect(report.written).toBe(false);
		expect(report.changes.added.map((u) => u.code).sort()).toEqual(['1206083', MERGED]);
		expect(snapshot()).toEqual(before);
	});

	it("reports the year's changes, recodes the members and recomputes the merged area", async () => {
		const areaBefore = db.$client
			.prepare('SELECT area_km2 AS a FROM partnerships WHERE id = ?')
			.get(partnershipId) as { a: number };
		const versionBefore = dataVersion(db, BOUNDARIES_VERSION);
		const report = await prgRefresh(
			{ source: await fixture('y2', nextYear(base)), out, db: dbFile, date: '2027-01-01' },
			quiet
		);
		const c = report.changes;
		expect(c.added.map((u) => u.code).sort()).toEqual(['1206083', MERGED]);
		expect(c.removed.map((u) => u.code).sort()).toEqual(['1206012', '1206072', '1206082']);
		expect(c.renamed).toEqual([
			{ code: '1206172', before: 'Zielonki', after: 'Zielonki (nazwa testowa)' }
		]);
		const to = Object.fromEntries(c.recodes.map((r) => [r.old, r.new]));
		expect(to).toEqual({ '1206012': MERGED, '1206072': MERGED, '1206082': '1206083' });
		for (const r of c.recodes) expect(r.share).toBeGreaterThanOrEqual(0.95);
		expect(c.orphans).toEqual([]);
		const lines = reportLines(report).join('\n');
		expect(lines).toContain('- 1206012 Czernichów → 1206992 Gmina testowa (syntetyczna)');
		expect(lines).toContain('~ 1206172 „Zielonki” → „Zielonki (nazwa testowa)”');

		const members = db.$client
			.prepare(
				'SELECT unit_code, role FROM partnership_members WHERE partnership_id = ? ORDER BY unit_code'
			)
			.all(partnershipId);
		expect(members).toEqual([
			{ unit_code: '1206083', role: 'member' },
			{ unit_code: MERGED, role: 'leader' }
		]);
		expect(report.database?.recomputed).toEqual([partnershipId]);
		const after = db.$client
			.prepare('SELECT area_km2 AS a, members_without_geometry AS m FROM partnerships WHERE id = ?')
			.get(partnershipId) as { a: number; m: string };
		expect(after.a).toBeCloseTo(areaBefore.a, 0);
		expect(after.m).toBe('[]');
		const codes = (db.$client.prepare('SELECT code FROM units').all() as { code: string }[]).map(
			(r) => r.code
		);
		expect(codes).toContain(MERGED);
		expect(codes).not.toContain('1206012');
		expect(dataVersion(db, BOUNDARIES_VERSION)).not.toBe(versionBefore);
		const recodes = readFileSync(join(out, 'recodes.csv'), 'utf8');
		expect(recodes).toMatch(/^old,new,old_name,new_name,share,date\n/);
		expect(recodes).toContain('1206012,1206992,Czernichów,Gmina testowa (syntetyczna),');
	});

	it('refuses a unit that disappears with no successor while a partnership has it', async () => {
		const y3 = nextYear(base);
		y3.gmi = y3.gmi.filter((g) => g.code !== MERGED);
		const dir = await fixture('orphan', y3);
		const before = snapshot();
		await expect(prgRefresh({ source: dir, out, db: dbFile }, quiet)).rejects.toThrow(
			/test-prg-partnership.*1206992.*no successor/s
		);
		expect(snapshot()).toEqual(before);
	});

	describe('refusals leave the folder and the database as they were', () => {
		const cases: [string, () => Promise<string>, RegExp][] = [
			[
				'a missing layer',
				async () => {
					const dir = await fixture('missing', nextYear(base));
					for (const f of readdirSync(dir)) if (f.startsWith('A02_')) unlinkSync(join(dir, f));
					return dir;
				},
				/missing the powiaty layer \(A02_Granice_powiatow\.shp, powiaty\.shp\)/
			],
			[
				'a wrong coordinate system',
				() => fixture('crs', nextYear(base), { crs: 'EPSG:2177' }),
				/A03_Granice_gmin\.prj: .*expected EPSG:2180/
			],
			[
				'geographic coordinates',
				() => fixture('wgs', nextYear(base), { crs: 'wgs84' }),
				/A03_Granice_gmin\.prj: .*geographic.*expected EPSG:2180/
			],
			[
				'a layer without JPT_KOD_JE',
				() => fixture('fields', nextYear(base), { fields: { code: 'KOD', name: 'JPT_NAZWA_' } }),
				/A03_Granice_gmin\.shp: .*no JPT_KOD_JE field/
			],
			[
				'a malformed code',
				async () => {
					const bad = nextYear(base);
					bad.gmi[3] = { ...bad.gmi[3], code: '120604' };
					return fixture('code', bad);
				},
				/A03_Granice_gmin\.shp, rekord \/ record 4: .*120604.*(digits|cyfr)/
			],
			[
				'a wrong gmina type digit',
				async () => {
					const bad = nextYear(base);
					bad.gmi[0] = { ...bad.gmi[0], code: '1206039' };
					return fixture('type', bad);
				},
				/rekord \/ record 1: .*1206039/
			]
		];
		for (const [what, make, message] of cases)
			it(what, async () => {
				const dir = await make();
				const before = snapshot();
				await expect(prgRefresh({ source: dir, out, db: dbFile }, quiet)).rejects.toThrow(message);
				expect(snapshot()).toEqual(before);
			});
	});
});

describe('the start-up follows the bundled boundary files', () => {
	it('a database whose units came from other files gets the bundled ones on the next start', () => {
		const file = join(root, 'start.db');
		const first = setupDatabase(file);
		const c = first.$client;
		const version = dataVersion(first, BOUNDARIES_VERSION);
		// Units as older files had them (synthetic): a name that changed since, a unit since removed.
		c.prepare(
			`UPDATE units SET name = 'Czernichów (stara nazwa, test)' WHERE code = '1206012'`
		).run();
		c.prepare(
			`INSERT INTO units (code, level, name, woj_code, has_geometry) VALUES ('1206999', 'gmi', 'Test: usunięta', '12', 0)`
		).run();
		expect(dataVersion(first, BOUNDARIES_VERSION)).not.toBe(version);
		c.close();
		const again = setupDatabase(file);
		const name = again.$client.prepare(`SELECT name FROM units WHERE code = '1206012'`).get();
		expect(name).toEqual({ name: 'Czernichów' });
		expect(again.$client.prepare(`SELECT code FROM units WHERE code = '1206999'`).get()).toBe(
			undefined
		);
		expect(dataVersion(again, BOUNDARIES_VERSION)).toBe(version);
		again.$client.close();
	});
});
