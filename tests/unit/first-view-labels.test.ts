import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { mapView } from '../../src/lib/server/picture/view';
import { firstView, NOMINAL } from '../../src/lib/server/picture/first-view';
import { clearAbove } from '../../src/lib/server/picture/map';

const db = testDb();

/** The label's box in real px at scale k (positions scale, sizes do not), as map.ts estimates it. */
function box(l: { x: number; y: number; text: string; size: number; level: string }, k: number) {
	const em = l.level === 'woj' ? 0.68 : 0.55;
	const lines = l.text.split('\n');
	const w = Math.max(...lines.map((s) => s.length)) * l.size * em + 4;
	const h = lines.length * l.size * 1.2 + 4;
	return { x0: l.x * k - w / 2, x1: l.x * k + w / 2, y0: l.y * k - h / 2, y1: l.y * k + h / 2 };
}

describe('first view labels at the scale of the screen', () => {
	it('clearAbove: the scale from which two boxes stop overlapping', () => {
		const a = { x: 0, y: 0, w: 100, h: 20 };
		expect(clearAbove(a, { x: 50, y: 0, w: 100, h: 20 })).toBe(2);
		expect(clearAbove(a, { x: 50, y: 40, w: 100, h: 20 })).toBe(0.5);
		expect(clearAbove(a, { x: 0, y: 0, w: 10, h: 10 })).toBe(Infinity);
	});

	for (const q of ['', 'woj=12']) {
		it(`shows no two overlapping labels at any scale (${q || 'Poland'})`, () => {
			const v = mapView(new URLSearchParams(q), 'pl', db);
			const fv = firstView(
				{
					frame: v.frame,
					nominal: NOMINAL.page,
					partnershipIds: v.partnershipIds,
					counts: v.counts,
					focus: v.focus
				},
				db
			);
			expect(fv.labels.length).toBeGreaterThan(3);
			// At the nominal size every label shows; on a phone (about half of it) some give way.
			expect(fv.labels.every((l) => l.minScale <= 1)).toBe(true);
			for (const k of [fv.minScale, 0.45, 0.6, 0.8, 1, 1.5].filter((k) => k >= fv.minScale)) {
				const shown = fv.labels.filter((l) => k >= l.minScale).map((l) => box(l, k));
				for (let i = 0; i < shown.length; i++)
					for (let j = i + 1; j < shown.length; j++) {
						const [a, b] = [shown[i], shown[j]];
						const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
						expect(overlap, `labels ${i} and ${j} at scale ${k}`).toBe(false);
					}
			}
			if (!q) expect(fv.labels.some((l) => l.minScale > 0.5)).toBe(true);
		});
	}
});
