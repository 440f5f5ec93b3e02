/** The edit forms' readers: field names as the API's, per-field messages, hostile input. */
import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { parsePracticeForm } from '../../src/lib/server/curation/practice-form';
import { parsePartnershipForm } from '../../src/lib/server/curation/partnership-form';
import { emptyInput } from '../../src/lib/server/curation/snapshots';
import { isDate } from '../../src/lib/server/curation/form-values';

const db = testDb();

function form(entries: [string, string | Blob][]): FormData {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}

// Test-only synthetic values.
const valid: [string, string][] = [
	['title', 'Wspólny transport (test)'],
	['section', 'wspolpraca-miedzy-jst'],
	['summary', 'Skrót testowy'],
	['unit', '1206113'],
	['units', '1206012\n1206022'],
	['metryka.locality', 'Skawina'],
	['metryka.dateAdded', '2015'],
	['metryka.population', '43 598'],
	['metryka.websites', 'https://example.org\nhttps://example.com'],
	['metryka.contacts.name', 'Osoba Testowa'],
	['metryka.contacts.role', 'koordynator'],
	['keywords', 'transport, gminy'],
	['sources.name', 'Strona źródłowa'],
	['sources.url', 'https://example.org/zrodlo'],
	['sources.verifiedAt', '']
];

describe('practice form', () => {
	it('reads every field into the record, named as the API names them', () => {
		const { input, errors } = parsePracticeForm(form(valid), emptyInput('praktyka'), db, 'pl');
		expect(errors).toEqual({});
		expect(input.title).toBe('Wspólny transport (test)');
		expect(input.unitCode).toBe('1206113');
		expect(input.units).toEqual(['1206113', '1206012', '1206022']);
		expect(input.metryka.population).toBe(43598);
		expect(input.metryka.dateAdded).toBe('2015');
		expect(input.metryka.websites).toEqual(['https://example.org', 'https://example.com']);
		expect(input.metryka.contacts).toEqual([{ name: 'Osoba Testowa', role: 'koordynator' }]);
		expect(input.keywords).toEqual(['transport', 'gminy']);
		expect(input.sources).toEqual([
			{ name: 'Strona źródłowa', url: 'https://example.org/zrodlo', verifiedAt: null }
		]);
	});

	it('names each bad field, in the page language, and keeps what was typed', () => {
		const bad = form([
			['title', ''],
			['section', 'nie-ma-takiego'],
			['unit', '9999999'],
			['units', '12061'],
			['metryka.dateAdded', '31.02.2015'],
			['metryka.population', 'dużo'],
			['metryka.websites', 'javascript:alert(1)'],
			['sources.url', 'data:text/html,<script>alert(1)</script>']
		]);
		const pl = parsePracticeForm(bad, emptyInput('praktyka'), db, 'pl');
		expect(Object.keys(pl.errors).sort()).toEqual(
			[
				'metryka.dateAdded',
				'metryka.population',
				'metryka.websites',
				'section',
				'sources',
				'title',
				'unit',
				'units'
			].sort()
		);
		expect(pl.errors.unit).toContain('9999999');
		expect(pl.errors.title).toBe('To pole jest wymagane');
		expect(pl.input.metryka.dateAdded).toBe('31.02.2015');
		const en = parsePracticeForm(bad, emptyInput('praktyka'), db, 'en');
		expect(en.errors.title).toBe('This field is required');
	});

	it('refuses a file where text belongs, and values over their limits', () => {
		const f = form([...valid.filter(([k]) => k !== 'title'), ['title', new Blob(['x'])]]);
		expect(parsePracticeForm(f, emptyInput('praktyka'), db, 'pl').errors.title).toMatch(/pliku/);
		const long = form([...valid.filter(([k]) => k !== 'title'), ['title', 'a'.repeat(501)]]);
		expect(parsePracticeForm(long, emptyInput('praktyka'), db, 'en').errors.title).toMatch(/500/);
		const many = form([
			...valid,
			...Array.from({ length: 3001 }, () => ['units', '1206113'] as [string, string])
		]);
		expect(parsePracticeForm(many, emptyInput('praktyka'), db, 'en').errors.units).toMatch(
			/Too many/
		);
	});

	it('keeps hostile text as text (escaped on output, sanitised if HTML)', () => {
		const hostile = '<img src=x onerror=alert(1)>"\'; DROP TABLE practices; --';
		const f = form([...valid.filter(([k]) => k !== 'title'), ['title', hostile]]);
		const { input, errors } = parsePracticeForm(f, emptyInput('praktyka'), db, 'pl');
		expect(errors).toEqual({});
		expect(input.title).toBe(hostile);
	});

	it('a forged partnership id is refused by name', () => {
		const f = form([...valid, ['partnerships', '987654']]);
		expect(parsePracticeForm(f, emptyInput('praktyka'), db, 'pl').errors.partnerships).toContain(
			'987654'
		);
	});
});

describe('partnership form', () => {
	const keep = () => ({ members: [], otherMembers: [], errors: {} });
	it('reads the fields and checks kind and dates', () => {
		const f = form([
			['name', 'Związek testowy'],
			['kind', 'nie-ma'],
			['startDate', '2020'],
			['endDate', '2019-12-31'],
			['website', 'ftp://example.org']
		]);
		const { errors } = parsePartnershipForm(f, emptyInput('partnerstwo'), db, 'pl', keep);
		expect(Object.keys(errors).sort()).toEqual(['endDate', 'kind', 'members', 'website']);
	});
});

describe('dates', () => {
	it('accepts years and ISO dates only', () => {
		expect(isDate('2015')).toBe(true);
		expect(isDate('2015-02')).toBe(true);
		expect(isDate('2016-02-29')).toBe(true);
		expect(isDate('2015-02-29')).toBe(false);
		expect(isDate('15.02.2015')).toBe(false);
		expect(isDate('1800')).toBe(false);
	});
});
