import { describe, expect, it } from 'vitest';
import { countPl, foldPolish, highlight, pluralPl, queryStems, stem } from '../../src/lib/text';
import { filtersToParams, parseFilters } from '../../src/lib/domain/filters';
import { facets } from '../../src/lib/server/records/facets';
import { suggest } from '../../src/lib/server/suggest';
import { testDb } from './db';

describe('Polish plural forms', () => {
	const forms: [string, string, string] = ['praktyka', 'praktyki', 'praktyk'];
	it.each([
		[0, 'praktyk'],
		[1, 'praktyka'],
		[2, 'praktyki'],
		[4, 'praktyki'],
		[5, 'praktyk'],
		[12, 'praktyk'],
		[14, 'praktyk'],
		[22, 'praktyki'],
		[25, 'praktyk'],
		[112, 'praktyk'],
		[123, 'praktyki']
	])('%i %s', (n, word) => {
		expect(pluralPl(n, forms)).toBe(word);
	});
	it('writes the count', () => expect(countPl(5, forms)).toBe('5 praktyk'));
});

describe('folding and stemming for search', () => {
	it('folds diacritics including ł', () => {
		expect(foldPolish('Łódź')).toBe('lodz');
		expect(foldPolish('Świątniki Górne')).toBe('swiatniki gorne');
		expect(foldPolish('ŻÓŁĆ gęślą')).toBe('zolc gesla');
	});
	it('stems inflected forms to a shared prefix', () => {
		expect(stem('krakowa')).toBe('krakow');
		expect(stem('krakowski')).toBe('krakow');
		expect(stem('krakow')).toBe('krakow');
		expect(stem('lodz')).toBe('lodz');
		expect(queryStems('Świątniki Górne')).toEqual(['swiatnik', 'gorn']);
	});
	it('highlights matches in the original text', () => {
		const parts = highlight('Podkrakowski obszar „Blisko Krakowa”', queryStems('kraków'));
		expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Krakowa']);
		expect(parts.map((p) => p.text).join('')).toBe('Podkrakowski obszar „Blisko Krakowa”');
	});
});

describe('URL filters round trip', () => {
	it('writes back what it read, in a stable order', () => {
		const { filters, sel } = parseFilters(
			new URLSearchParams('q=lodz&pow=1206&woj=12&sel=praktyka:5')
		);
		expect(filtersToParams(filters, sel).toString()).toBe(
			'woj=12&pow=1206&q=lodz&sel=praktyka%3A5'
		);
	});
	it('drops a powiat outside the chosen województwo with a note', () => {
		const r = parseFilters(new URLSearchParams('woj=02&pow=1206'));
		expect(r.filters.woj).toBeNull();
		expect(r.filters.pow).toBe('1206');
		expect(r.notes).toHaveLength(1);
	});
});

describe('facets', () => {
	const db = testDb();
	it('count records per województwo consistently with the lists', () => {
		const f = facets(parseFilters(new URLSearchParams('woj=12')).filters, db);
		expect(f.woj).toHaveLength(16);
		const malopolskie = f.woj.find((w) => w.code === '12')!;
		expect(malopolskie.count).toBeGreaterThan(3);
		expect(f.pow.find((p) => p.code === '1206')!.count).toBeGreaterThanOrEqual(3);
		expect(f.gmi).toEqual([]);
	});
});

describe('suggestions', () => {
	const db = testDb();
	it('offer units by folded prefix and records by full text', () => {
		const s = suggest('swiatn', 8, db);
		expect(s[0]).toMatchObject({ kind: 'unit', id: '1206143', label: 'Świątniki Górne' });
		expect(s.some((x) => x.kind !== 'unit' && x.label.includes('Blisko Krakowa'))).toBe(true);
		expect(suggest('lodz', 8, db).some((x) => x.kind === 'unit' && x.label === 'Łódź')).toBe(true);
		expect(suggest('x', 8, db)).toEqual([]);
	});
});
