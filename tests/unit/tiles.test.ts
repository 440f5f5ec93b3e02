import { describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader as Pbf } from 'pbf';
import { testDb } from './db';
import { getTile, isTileInRange } from '../../src/lib/server/tiles';

function decode(buf: Buffer) {
	return new VectorTile(new Pbf(buf));
}

describe('boundary vector tiles', () => {
	const db = testDb();

	it('show only województwa for the whole country', () => {
		const tile = decode(getTile(0, 0, 0, db)!.raw);
		expect(Object.keys(tile.layers).sort()).toEqual(['label', 'woj']);
		expect(tile.layers.woj.length).toBe(16);
	});

	it('add powiaty and gminy with names as one zooms in', () => {
		// z9 tile over Kraków and Skawina
		const tile = decode(getTile(9, 284, 173, db)!.raw);
		expect(Object.keys(tile.layers)).toEqual(
			expect.arrayContaining(['woj', 'pow', 'gmi', 'label'])
		);
		const names = Array.from(
			{ length: tile.layers.label.length },
			(_, i) => tile.layers.label.feature(i).properties.name
		);
		expect(names).toEqual(expect.arrayContaining(['Skawina', 'Kraków']));
	});

	it('are cached and gzipped', () => {
		const a = getTile(5, 17, 10, db)!;
		expect(getTile(5, 17, 10, db)).toBe(a);
		expect(a.gzip.length).toBeLessThan(a.raw.length);
		expect(getTile(5, 0, 0, db)).toBeNull();
		expect(isTileInRange(3, 8, 0)).toBe(false);
	});
});
