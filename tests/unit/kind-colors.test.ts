/**
 * Non-text contrast of the partnership kinds (WCAG 2.2, 1.4.11): every kind's outline and legend
 * swatch is at least 3:1 against what it is drawn on (the map's land, its background around
 * Poland, the white legend and list), and the kinds the bundled data has stay apart for readers
 * with protanopia, deuteranopia and tritanopia.
 */
import { describe, expect, it } from 'vitest';
import { PARTNERSHIP_KIND_TABLE, kindOf } from '../../src/lib/domain/kinds';
import { COLORS } from '../../src/lib/map/style';

const channel = (c: number) => {
	const s = c / 255;
	return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const linear = (hex: string) => [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16)));
const luminance = (hex: string) => {
	const [r, g, b] = linear(hex);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** WCAG 2 contrast ratio of two opaque sRGB colours (#rrggbb). */
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

// Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, on linear RGB.
const SIMULATIONS: Record<string, number[][]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};
const clamp = (x: number) => Math.min(1, Math.max(0, x));
function lab([r, g, b]: number[]): number[] {
	const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
	const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
	const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
	const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
	return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const simulate = (hex: string, m: number[][]) => {
	const v = linear(hex);
	return m.map((row) => clamp(row[0] * v[0] + row[1] * v[1] + row[2] * v[2]));
};
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('partnership kind colours', () => {
	const surfaces = { land: COLORS.land, background: COLORS.background, white: '#ffffff' };

	it('the contrast helper agrees with known WCAG values', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		// The two colours the issue named as too light.
		expect(contrast('#E69F00', '#ffffff')).toBeLessThan(3);
		expect(contrast('#56B4E9', '#ffffff')).toBeLessThan(3);
	});

	for (const { id: kind, color } of PARTNERSHIP_KIND_TABLE)
		for (const [name, surface] of Object.entries(surfaces))
			it(`${kind} (${color}) is at least 3:1 against the map's ${name} (${surface})`, () => {
				expect(color).toMatch(/^#[0-9A-Fa-f]{6}$/);
				expect(contrast(color, surface)).toBeGreaterThanOrEqual(3);
			});

	it('every kind has a colour of its own', () => {
		const colours = PARTNERSHIP_KIND_TABLE.map((k) => k.color.toLowerCase());
		expect(new Set(colours).size).toBe(colours.length);
	});

	it('the kinds of the bundled data stay apart under colour-blindness simulation', () => {
		const shown = [
			'functional_area',
			'metropolitan_union',
			'zit',
			'agreement',
			'interreg_project',
			'city_network'
		].map((k) => kindOf(k).color);
		const ident = [
			[1, 0, 0],
			[0, 1, 0],
			[0, 0, 1]
		];
		for (const [name, m] of Object.entries({ normal: ident, ...SIMULATIONS }))
			for (let i = 0; i < shown.length; i++)
				for (let j = i + 1; j < shown.length; j++) {
					const d = deltaE(lab(simulate(shown[i], m)), lab(simulate(shown[j], m)));
					// CIE76 ΔE ≥ 10: clearly different at a glance, side by side in the legend.
					expect(d, `${shown[i]} vs ${shown[j]} (${name})`).toBeGreaterThanOrEqual(10);
				}
	});
});
