import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { EMPTY_FILTERS, parseFilters } from '../../src/lib/domain/filters';
import { getPartnership, listPartnerships, listPractices } from '../../src/lib/server/records/read';
import { mergeGeometries } from '../../src/lib/geo/merge';
import { getUnit } from '../../src/lib/server/units';
import { savePartnership } from '../../src/lib/server/records/write';
import { toExcelCsv } from '../../src/lib/csv';
import { toSafeHtml } from '../../src/lib/server/rich-text';
import type { Polygon } from 'geojson';

const db = testDb();
const bySlug = (slug: string) =>
	(db.$client.prepare('SELECT id FROM partnerships WHERE slug = ?').get(slug) as { id: number }).id;
const filters = (q: string) => parseFilters(new URLSearchParams(q)).filters;

describe('merged partnership areas', () => {
	it('Blisko Krakowa is one polygon of about 322 km² with its five gminy', () => {
		const p = getPartnership(bySlug('blisko-krakowa'), { geometry: true }, db)!;
		expect(p.geometry?.type).toBe('Polygon');
		expect(p.areaKm2).toBeGreaterThan(315);
		expect(p.areaKm2).toBeLessThan(330);
		expect(p.members.map((m) => m.code).sort()).toEqual([
			'1206012',
			'1206072',
			'1206092',
			'1206113',
			'1206143'
		]);
		expect(p.population).toBeGreaterThan(90_000);
	});

	it('GZM has 41 members and Metropolia Krakowska 15', () => {
		const gzm = listPartnerships(EMPTY_FILTERS, db).find((p) => p.name.includes('Górnośląsko'))!;
		expect(gzm.memberCount).toBe(41);
		const mk = listPartnerships(EMPTY_FILTERS, db).find((p) => p.name === 'Metropolia Krakowska')!;
		expect(mk.memberCount).toBe(15);
	});

	it('members far apart make a MultiPolygon; members without geometry are flagged, not dropped', () => {
		const { id } = savePartnership(db, {
			slug: 'test-far-apart',
			name: 'Test: Skawina, Gdańsk and Szczawa',
			kind: 'other',
			startDate: null,
			endDate: null,
			website: null,
			description: '<script>alert(1)</script><p>Opis <b>próbny</b></p>',
			sources: [],
			members: ['1206113', '2261011', '1207132'].map((teryt) => ({
				teryt,
				role: 'member' as const,
				joined: null,
				left: null
			})),
			otherMembers: [],
			extra: {}
		});
		const p = getPartnership(id, { geometry: true }, db)!;
		expect(p.geometry?.type).toBe('MultiPolygon');
		expect(p.membersWithoutGeometry).toEqual(['1207132']);
		expect(p.members).toHaveLength(3);
		expect(p.descriptionHtml).toBe('<p>Opis <strong>próbny</strong></p>');
		db.$client.prepare('DELETE FROM partnerships WHERE id = ?').run(id);
	});

	it('refuses unknown TERYT codes and leaves the database as it was', () => {
		const before = db.$client.prepare('SELECT count(*) AS n FROM partnerships').get();
		expect(() =>
			savePartnership(db, {
				slug: 'test-bad',
				name: 'Bad',
				kind: 'other',
				startDate: null,
				endDate: null,
				website: null,
				description: null,
				sources: [],
				members: [{ teryt: '1299991', role: 'member', joined: null, left: null }],
				otherMembers: [],
				extra: {}
			})
		).toThrow(/1299991/);
		expect(db.$client.prepare('SELECT count(*) AS n FROM partnerships').get()).toEqual(before);
	});

	it('unions adjacent squares into one polygon', () => {
		const square = (x: number): Polygon => ({
			type: 'Polygon',
			coordinates: [
				[
					[x, 0],
					[x + 1, 0],
					[x + 1, 1],
					[x, 1],
					[x, 0]
				]
			]
		});
		expect(mergeGeometries([square(0), square(1)])?.type).toBe('Polygon');
		expect(mergeGeometries([square(0), square(5)])?.type).toBe('MultiPolygon');
	});
});

describe('the bundled practices', () => {
	it('Blisko Krakowa carries the full Metryka and is placed at Skawina', () => {
		const list = listPractices(EMPTY_FILTERS, db);
		expect(list.length).toBeGreaterThanOrEqual(5);
		const bk = list.find((p) => p.title.includes('Blisko Krakowa'))!;
		expect(bk.unitCode).toBe('1206113');
		expect(getUnit('1206113', {}, db)?.name).toBe('Skawina');
	});
});

describe('filters', () => {
	it('region filters match practices by their units and partnerships by any member', () => {
		const names = (q: string) => listPartnerships(filters(q), db).map((p) => p.name);
		expect(names('pow=1206')).toEqual(expect.arrayContaining(['Metropolia Krakowska']));
		expect(names('pow=1206').some((n) => n.includes('Blisko Krakowa'))).toBe(true);
		expect(names('woj=24').some((n) => n.includes('Górnośląsko'))).toBe(true);
		expect(
			names('woj=02').some((n) => n.includes('Blisko Krakowa') || n.includes('Górnośląsko'))
		).toBe(false);
		expect(listPractices(filters('pow=1206'), db).some((p) => p.title.includes('Blisko'))).toBe(
			true
		);
		expect(listPractices(filters('woj=02'), db).some((p) => p.title.includes('Blisko'))).toBe(
			false
		);
	});

	it('says when a partnership lies only partly in the region', () => {
		const mk = listPartnerships(filters('pow=1206'), db).find(
			(p) => p.name === 'Metropolia Krakowska'
		)!;
		expect(mk.partly).toBe(true);
		expect(mk.membersInRegion).toBeLessThan(mk.memberCount);
		const bk = listPartnerships(filters('pow=1206'), db).find((p) => p.name.includes('Blisko'))!;
		expect(bk.partly).toBe(false);
	});

	it('ignores malformed parameters with a note', () => {
		const r = parseFilters(new URLSearchParams('woj=99x&rok=abc&typ=nope&sel=foo'));
		expect(r.filters).toEqual(EMPTY_FILTERS);
		expect(r.notes).toHaveLength(4);
	});
});

describe('search built for Polish', () => {
	const titles = (q: string) => [
		...listPractices(filters(`q=${encodeURIComponent(q)}`), db).map((p) => p.title),
		...listPartnerships(filters(`q=${encodeURIComponent(q)}`), db).map((p) => p.name)
	];
	it('folds diacritics including ł', () => {
		expect(titles('swiatniki').some((t) => t.includes('Blisko Krakowa'))).toBe(true);
		expect(titles('lodz').length).toBeGreaterThan(0);
		expect(titles('Łódź')).toEqual(titles('lodz'));
	});
	it('finds inflected forms', () => {
		const a = titles('Kraków');
		expect(a.length).toBeGreaterThan(0);
		expect(titles('Krakowa').some((t) => t.includes('Blisko Krakowa'))).toBe(true);
		expect(titles('krakowski').length).toBeGreaterThan(0);
	});
	it('finds by TERYT code', () => {
		expect(titles('1206143').some((t) => t.includes('Blisko Krakowa'))).toBe(true);
	});
});

describe('output formats', () => {
	it('CSV for Polish Excel: BOM, semicolons, decimal commas, no formula injection', () => {
		const csv = toExcelCsv(['a', 'b'], [['=HYPERLINK("x")', 322.47]]);
		expect(csv.startsWith('\uFEFFa;b\r\n')).toBe(true);
		expect(csv).toContain(`"'=HYPERLINK(""x"")";322,47`);
	});
	it('rich text is sanitised', () => {
		expect(
			toSafeHtml('<p onclick="x()">a<img src=x onerror=y></p><a href="javascript:z">l</a>')
		).toBe('<p>a</p>l');
		expect(toSafeHtml('a < b & c\n\nd')).toBe('<p>a &lt; b &amp; c</p>\n<p>d</p>');
	});
});
