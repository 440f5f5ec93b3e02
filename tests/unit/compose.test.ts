import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { breakLines } from '../../src/lib/server/picture/text';
import {
	downloadSvg,
	partnershipShare,
	scaleBar,
	SHARE,
	viewShare
} from '../../src/lib/server/picture/compose';
import { mapView } from '../../src/lib/server/picture/view';
import { cameraAt } from '../../src/lib/geo/mercator';

const db = testDb();

describe('text of the pictures (picture/text.ts)', () => {
	it('breaks at spaces within the width and ends cut text with an ellipsis', () => {
		const lines = breakLines('Podkrakowski Obszar Funkcjonalny „Blisko Krakowa”', 300, 20, 4);
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.floor(300 / (20 * 0.58)));
		expect(lines.join(' ')).toBe('Podkrakowski Obszar Funkcjonalny „Blisko Krakowa”');
		const cut = breakLines('słowo '.repeat(40), 200, 20, 2);
		expect(cut).toHaveLength(2);
		expect(cut[1].endsWith('…')).toBe(true);
	});

	it('splits a word longer than a line', () => {
		const lines = breakLines('a'.repeat(50), 100, 20, 10);
		expect(lines.every((l) => l.length <= 8)).toBe(true);
		expect(lines.join('')).toBe('a'.repeat(50));
	});
});

describe('scale bar', () => {
	it('is a round distance no longer than asked, right for the latitude', () => {
		// Zoom 10 at 50°N: 512·2^10 px round the world, 40 075 km × cos 50° → about 49 m per px.
		const bar = scaleBar(cameraAt(10, 50, 19.9), 150);
		expect(bar.label).toBe('5 km');
		expect(bar.px).toBeGreaterThan(95);
		expect(bar.px).toBeLessThan(110);
		expect(scaleBar(cameraAt(6, 52, 19), 160).label).toMatch(/^(50|100) km$/);
	});
});

describe('share images and downloads (picture/compose.ts)', () => {
	it('a partnership share image is 1200×630 with its name, kind and members', () => {
		const svg = partnershipShare(1, 'pl', db)!;
		expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${SHARE.width}" height="${SHARE.height}"`));
		expect(svg).toContain('OBSZAR FUNKCJONALNY');
		expect(svg).toContain('5 członków');
		expect(partnershipShare(999_999, 'pl', db)).toBeNull();
	});

	it('escapes what people typed', () => {
		const view = mapView(new URLSearchParams({ q: '<b onload="x">&' }), 'pl', db);
		const svg = viewShare(view, 'pl', db);
		expect(svg).not.toContain('<b onload');
		const download = downloadSvg(
			{
				view,
				format: 'a4p',
				screen: { width: 900, height: 600 },
				at: null,
				lang: 'pl',
				link: 'http://localhost/?q=%3Cb%3E',
				today: '2026-12-03'
			},
			db
		);
		expect(download).toContain('Szukane: „&lt;b onload=&quot;x&quot;&gt;&amp;”');
		expect(download).toMatch(/^<svg[^>]* width="794" height="1123"/);
	});

	it('a download in English says everything in English', () => {
		const view = mapView(new URLSearchParams({ woj: '12' }), 'en', db);
		const svg = downloadSvg(
			{
				view,
				format: 'ekran',
				screen: { width: 900, height: 600 },
				at: { zoom: 8, lat: 50, lon: 20 },
				lang: 'en',
				link: 'http://localhost/?woj=12&lang=en',
				today: '2026-12-03'
			},
			db
		);
		expect(svg).toContain('>Legend<');
		expect(svg).toContain('Data as of 3 December 2026');
		expect(svg).toContain('Boundaries: PRG GUGiK');
		// As on screen: the map keeps its size, with margins around it.
		expect(svg).toMatch(/^<svg[^>]* width="964"/);
	});
});
