import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { MemberAreaError, memberAreaFeature } from '../../src/lib/server/curation/member-area';
import { computeArea } from '../../src/lib/server/partnerships/area';

const db = testDb();
const areaOf = (code: string) =>
	(db.$client.prepare('SELECT area_km2 AS a FROM units WHERE code = ?').get(code) as { a: number })
		.a;

describe('memberAreaFeature (the preview of /admin/api/obszar)', () => {
	it('merges two neighbouring gminy into one polygon of about their summed area', () => {
		const f = memberAreaFeature(db, ['1206113', '1206012']);
		expect(f.geometry?.type).toBe('Polygon');
		const sum = areaOf('1206113') + areaOf('1206012');
		expect(f.properties.areaKm2).toBeGreaterThan(sum * 0.99);
		expect(f.properties.areaKm2).toBeLessThan(sum * 1.01);
		expect(f.properties.population).toBe(43751 + 14704);
		expect(f.properties.members.map((m) => m.name)).toEqual(['Skawina', 'Czernichów']);
		// The bbox holds both label points (Skawina 19.79/49.94, Czernichów 19.66/50.02).
		const [w, s, e, n] = f.bbox!;
		expect(w).toBeLessThan(19.66);
		expect(e).toBeGreaterThan(19.79);
		expect(s).toBeLessThan(49.94);
		expect(n).toBeGreaterThan(50.02);
		expect(e - w).toBeLessThan(0.5);
	});

	it('gives far-apart members a MultiPolygon, and an empty list no geometry', () => {
		expect(memberAreaFeature(db, ['1206113', '2009052']).geometry?.type).toBe('MultiPolygon');
		const empty = memberAreaFeature(db, []);
		expect(empty.geometry).toBeNull();
		expect(empty.bbox).toBeUndefined();
		expect(empty.properties).toMatchObject({ units: 0, areaKm2: null, population: null });
	});

	it('is the union a saved partnership gets (one function serves both)', () => {
		const id = (
			db.$client
				.prepare(
					`SELECT partnership_id AS id FROM partnership_members GROUP BY partnership_id
					HAVING count(*) BETWEEN 3 AND 50 AND sum(left IS NOT NULL) = 0 LIMIT 1`
				)
				.get() as { id: number }
		).id;
		const codes = (
			db.$client
				.prepare('SELECT unit_code AS c FROM partnership_members WHERE partnership_id = ?')
				.all(id) as { c: string }[]
		).map((r) => r.c);
		const saved = computeArea(db, id);
		const preview = memberAreaFeature(db, codes);
		expect(preview.properties.areaKm2).toBe(saved.areaKm2);
		expect(preview.geometry).toEqual(saved.geometry);
	});

	it('refuses a malformed code, an unknown code and too many units, naming the code', () => {
		const fail = (codes: string[]) => {
			try {
				memberAreaFeature(db, codes);
			} catch (e) {
				if (e instanceof MemberAreaError) return e.en;
				throw e;
			}
			return 'no error';
		};
		expect(fail(['1206113', '12a'])).toBe('units="12a" is not a TERYT code (2, 4 or 7 digits)');
		expect(fail(['1206113', '1206119'])).toBe('units=1206119: no unit has this TERYT code');
		expect(fail(Array.from({ length: 3001 }, () => '1206113'))).toBe(
			'too many units: 3001, at most 3000 allowed'
		);
	});
});
