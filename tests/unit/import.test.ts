import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setupDatabase } from '../../src/lib/server/setup';
import { importPracticePage } from '../../src/lib/server/import/import-practice';
import { getPractice } from '../../src/lib/server/records/read';
import { SEED_596_METRYKA } from '../fixtures/seed-596';
import { fixture } from '../fixtures/page-fixture';

const db = setupDatabase(':memory:');
const dump = () =>
	['practices', 'practice_units', 'practice_partners', 'attachments', 'sources', 'search_index']
		.map((t) => JSON.stringify(db.$client.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()))
		.join('\n');

describe('importing pages of the old database', () => {
	it('updates the bundled Blisko Krakowa practice from the seed text, with every Metryka field', () => {
		const bundled = db.$client.prepare('SELECT id FROM practices WHERE art_id = 596').get() as {
			id: number;
		};
		const r = importPracticePage(db, fixture('bdp-596-skrot.txt'), 'bdp-596-skrot.txt');
		expect(r.id).toBe(bundled.id);
		expect(['updated', 'unchanged']).toContain(r.status);
		const p = getPractice(r.id!, db)!;
		expect(p.metryka).toEqual(SEED_596_METRYKA);
		expect(p.units.map((u) => u.code).sort()).toEqual([
			'1206012',
			'1206072',
			'1206092',
			'1206113',
			'1206143'
		]);
		expect(p.unit?.code).toBe('1206113');
		expect(p.partnerships.map((x) => x.slug)).toContain('blisko-krakowa');
	});

	it('a second import changes nothing', () => {
		const before = dump();
		const r = importPracticePage(db, fixture('bdp-596-skrot.txt'), 'bdp-596-skrot.txt');
		expect(r.status).toBe('unchanged');
		expect(r.changed).toEqual([]);
		expect(dump()).toBe(before);
	});

	it('creates a new practice once, then finds it again by title and locality', () => {
		const text = fixture('bdp-596-dwie-osoby.txt').replace(/Blisko Krakowa/g, 'Blisko Testowa');
		const first = importPracticePage(db, text, 'nowa.txt');
		expect(first.status).toBe('created');
		const p = getPractice(first.id!, db)!;
		expect(p.metryka.contacts).toHaveLength(2);
		const again = importPracticePage(db, text, 'nowa.txt');
		expect(again).toMatchObject({ status: 'unchanged', id: first.id });
	});

	it('dry run reports without writing', () => {
		const before = dump();
		const text = fixture('bdp-596-skrot.txt').replace('Rynek 1', 'Rynek 2');
		const r = importPracticePage(db, text, 'x.txt', { dryRun: true });
		expect(r).toMatchObject({ status: 'updated', changed: ['metryka.street'] });
		expect(dump()).toBe(before);
	});

	it('a broken file says why and leaves the database exactly as it was', () => {
		const before = dump();
		for (const [name, reason] of [
			['broken-empty.txt', /empty/i],
			['broken-invalid-date.txt', /Data aktualizacji/],
			['broken-not-a-practice.txt', /broken-not-a-practice\.txt/]
		] as const) {
			expect(() => importPracticePage(db, fixture(name), name)).toThrow(reason);
		}
		const binary = readFileSync('tests/fixtures/pages/broken-binary.png').toString('utf8');
		expect(() => importPracticePage(db, binary, 'broken-binary.png')).toThrow(/broken-binary\.png/);
		expect(dump()).toBe(before);
	});
});
