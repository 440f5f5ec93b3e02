import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { getUnit, listUnits } from '../../src/lib/server/units';

describe('bundled boundaries in SQLite', () => {
	const db = testDb();

	it('holds every unit of TERC 2026, flagging the two gminy without geometry', () => {
		const counts = db.$client
			.prepare(
				'SELECT level, count(*) AS n, sum(has_geometry = 0) AS missing FROM units GROUP BY level'
			)
			.all();
		expect(counts).toEqual(
			expect.arrayContaining([
				{ level: 'woj', n: 16, missing: 0 },
				{ level: 'pow', n: 380, missing: 0 },
				{ level: 'gmi', n: 2479, missing: 2 }
			])
		);
		expect(getUnit('1207132', {}, db)).toMatchObject({ name: 'Szczawa', hasGeometry: false });
	});

	it('describes Skawina with its parents', () => {
		const u = getUnit('1206113', { geometry: true }, db)!;
		expect(u).toMatchObject({ name: 'Skawina', type: 'gmina miejsko-wiejska' });
		expect(u.parents.map((p) => p.name)).toEqual(['małopolskie', 'powiat krakowski']);
		expect(u.geometry?.type).toMatch(/Polygon/);
		const [minLon, minLat, maxLon, maxLat] = u.bbox!;
		const [lon, lat] = u.labelPoint!;
		expect(lon).toBeGreaterThan(minLon);
		expect(lon).toBeLessThan(maxLon);
		expect(lat).toBeGreaterThan(minLat);
		expect(lat).toBeLessThan(maxLat);
	});

	it('lists the 17 gminy of powiat krakowski in Polish order', () => {
		const names = listUnits('gmi', '1206', db).map((u) => u.name);
		expect(names).toHaveLength(17);
		expect(names[0]).toBe('Czernichów');
		expect(names.at(-1)).toBe('Zielonki');
		expect(listUnits('pow', '12', db)).toHaveLength(22);
		expect(getUnit('1299991', {}, db)).toBeNull();
	});
});
