import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { areaThumb, drawThumb, THUMB_BOX, withShapes } from '../../src/lib/server/picture/thumbs';
import { areaShapes } from '../../src/lib/server/picture/shapes';

const db = testDb();

/** Every absolute coordinate of path data as pathOf writes it (M x y, then relative l dx dy, z). */
function points(d: string): number[] {
	const out: number[] = [];
	let x = 0;
	let y = 0;
	for (const [, cmd, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
		const [a, b] = (args.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
		if (cmd === 'M') [x, y] = [a, b];
		else if (cmd === 'l') [x, y] = [x + a, y + b];
		else continue;
		out.push(x, y);
	}
	return out;
}

describe('small area shapes for lists (picture/thumbs.ts)', () => {
	const largest = areaShapes(db).list[0];

	it('fits a bundled partnership into its box, aspect kept, with its members inside', () => {
		const t = areaThumb(largest.id, db)!;
		expect(t).not.toBeNull();
		expect(Math.max(t.w, t.h)).toBeCloseTo(THUMB_BOX, 0);
		const [x0, y0, x1, y1] = largest.box;
		expect(t.w / t.h).toBeCloseTo((x1 - x0) / (y1 - y0), 1);
		const coords = points(t.area);
		expect(coords.length).toBeGreaterThan(6);
		for (const v of coords) {
			expect(v).toBeGreaterThanOrEqual(-0.1);
			expect(v).toBeLessThanOrEqual(THUMB_BOX + 0.1);
		}
		expect(t.area).toMatch(/^M/);
	});

	it('is drawn once per data version', () => {
		expect(areaThumb(largest.id, db)).toBe(areaThumb(largest.id, db));
	});

	it('has none for an unknown id, and rows get theirs', () => {
		expect(areaThumb(999_999_999, db)).toBeNull();
		const [row] = withShapes([{ id: largest.id }], db);
		expect(row.shape).toBe(areaThumb(largest.id, db));
	});

	it('draws no member lines for a single member', () => {
		expect(drawThumb(largest, [largest]).gminy).toBe('');
	});
});
