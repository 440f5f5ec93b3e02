/**
 * What the exports give out: one date convention (a full ISO date and its precision), rings wound
 * by the right-hand rule as MultiPolygons, flat rows with the members' TERYT codes and names, and
 * XLSX read back with exceljs (the library a spreadsheet user's tools resemble): codes as text,
 * dates as dates, numbers as numbers, the header frozen, widths set. Real bundled data.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { MultiPolygon, Polygon } from 'geojson';
import { testDb } from './db';
import { dated, datedPair } from '../../src/lib/dates';
import { asMultiPolygon, followsRightHandRule } from '../../src/lib/geo/rfc7946';
import { formatDate, formatPeriod } from '../../src/lib/format';
import { EMPTY_FILTERS } from '../../src/lib/domain/filters';
import { listPartnerships, listPractices } from '../../src/lib/server/records/read';
import {
	partnershipFeatures,
	partnershipRows,
	practiceRows
} from '../../src/lib/server/api/export-rows';
import { toXlsx } from '../../src/lib/server/api/xlsx';
import { PARTNERSHIP_CSV, PRACTICE_CSV } from '../../src/lib/domain/fields';

const db = testDb();
const ORIGIN = 'https://mapa.example.pl';

describe('dates', () => {
	it('gives a full ISO date and its precision', () => {
		expect(dated('2015')).toEqual({ date: '2015-01-01', precision: 'year' });
		expect(dated('2015-06')).toEqual({ date: '2015-06-01', precision: 'month' });
		expect(dated('2017-02-01')).toEqual({ date: '2017-02-01', precision: 'day' });
		expect(datedPair('startDate', '2013')).toEqual({
			startDate: '2013-01-01',
			startDatePrecision: 'year'
		});
	});
	it('gives null for what is not a date', () => {
		for (const s of [null, '', 'wiosna 2015', '2015-13', '2015-02-30', '15.06.2015'])
			expect(dated(s), String(s)).toBeNull();
	});
	it('shows only what is known', () => {
		expect(formatDate('2015-01-01', 'pl', 'year')).toBe('2015');
		expect(formatDate('2015-06-01', 'pl', 'month')).toMatch(/czerwiec 2015/);
		expect(formatDate('2015-06-17', 'pl', 'day')).toBe('17 czerwca 2015');
		expect(formatPeriod('2013-01-01', null, 'pl', ['year', null])).toBe('2013 – nadal');
	});
});

describe('the right-hand rule', () => {
	const cw: Polygon = {
		type: 'Polygon',
		coordinates: [
			[
				[0, 0],
				[0, 1],
				[1, 1],
				[1, 0],
				[0, 0]
			],
			[
				[0.2, 0.2],
				[0.8, 0.2],
				[0.8, 0.8],
				[0.2, 0.8],
				[0.2, 0.2]
			]
		]
	};
	it('turns a clockwise outer ring and a counter-clockwise hole', () => {
		expect(followsRightHandRule(cw)).toBe(false);
		const m = asMultiPolygon(cw) as MultiPolygon;
		expect(m.type).toBe('MultiPolygon');
		expect(followsRightHandRule(m)).toBe(true);
		expect(m.coordinates[0][0]).toEqual([...cw.coordinates[0]].reverse());
		expect(m.coordinates[0][1]).toEqual([...cw.coordinates[1]].reverse());
		// Already right: unchanged.
		expect(asMultiPolygon(m)).toEqual(m);
	});
	it('holds for every partnership area the exports give out', () => {
		const features = partnershipFeatures(listPartnerships(EMPTY_FILTERS, db), ORIGIN, db);
		expect(features.length).toBeGreaterThan(200);
		for (const f of features) {
			if (!f.geometry) continue;
			expect(f.geometry.type).toBe('MultiPolygon');
			expect(followsRightHandRule(f.geometry), `partnership ${f.id}`).toBe(true);
		}
	});
});

describe('export rows', () => {
	it('are flat and list the members by TERYT code and name', () => {
		const rows = partnershipRows(listPartnerships(EMPTY_FILTERS, db), ORIGIN, db);
		for (const r of rows)
			for (const [k, v] of Object.entries(r))
				expect(typeof v === 'object' && v !== null, `${r.id}.${k}`).toBe(false);
		const blisko = rows.find((r) => r.slug === 'blisko-krakowa')!;
		expect(blisko.memberTeryt.split('; ')).toEqual(
			expect.arrayContaining(['1206012', '1206072', '1206092', '1206113', '1206143'])
		);
		expect(blisko.memberNames).toContain('Czernichów');
		expect(blisko.memberTeryt.split('; ').length).toBe(blisko.memberCount);
		expect(blisko.startDate).toBe('2013-01-01');
		expect(blisko.startDatePrecision).toBe('year');
		expect(blisko.url).toBe(`${ORIGIN}/partnerstwa/${blisko.id}-blisko-krakowa`);
	});
});

describe('XLSX', () => {
	async function read(buffer: Buffer) {
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(buffer as unknown as ArrayBuffer);
		return book.worksheets[0];
	}
	it('keeps codes as text, dates as dates, numbers as numbers; the header frozen', async () => {
		const rows = partnershipRows(listPartnerships(EMPTY_FILTERS, db), ORIGIN, db);
		const ws = await read(
			await toXlsx('Partnerstwa', PARTNERSHIP_CSV, rows, { title: 't', source: 's' })
		);
		const header = (ws.getRow(1).values as unknown[]).slice(1);
		expect(header).toEqual(PARTNERSHIP_CSV.map((c) => c.csv));
		expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		const col = (name: string) => PARTNERSHIP_CSV.findIndex((c) => c.csv === name) + 1;
		expect(ws.getColumn(col('nazwa')).width).toBe(60);
		const i = rows.findIndex((r) => r.slug === 'blisko-krakowa');
		const row = ws.getRow(i + 2);
		expect(row.getCell(col('poczatek')).value).toEqual(new Date('2013-01-01T12:00:00Z'));
		expect(row.getCell(col('poczatek_dokladnosc')).value).toBe('year');
		expect(typeof row.getCell(col('czlonkowie_jst')).value).toBe('number');
		expect(row.getCell(col('czlonkowie_teryt')).value).toBe(rows[i].memberTeryt);
		expect(row.getCell(col('czlonkowie_teryt')).numFmt).toBe('@');
		expect(row.getCell(col('adres')).value).toMatchObject({ hyperlink: rows[i].url });
	});
	it('keeps the leading zero of a TERYT code', async () => {
		const practices = practiceRows(listPractices(EMPTY_FILTERS, db), ORIGIN);
		// Test-only synthetic row: a practice placed in a gmina of dolnośląskie (code 02…).
		const rows = [{ ...practices[0], unitCode: '0264011', unitName: 'Wrocław' }];
		const ws = await read(
			await toXlsx('Praktyki', PRACTICE_CSV, rows, { title: 't', source: 's' })
		);
		const teryt = ws.getRow(2).getCell(PRACTICE_CSV.findIndex((c) => c.csv === 'teryt') + 1);
		expect(teryt.value).toBe('0264011');
		expect(teryt.numFmt).toBe('@');
	});
});
