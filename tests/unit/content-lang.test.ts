import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { contentLang } from '../../src/lib/content-lang';
import { EMPTY_FILTERS, parseFilters } from '../../src/lib/domain/filters';
import { parseEmbedOptions } from '../../src/lib/embed/protocol';
import { checkTeryt } from '../../src/lib/teryt';
import {
	getPartnership,
	getPractice,
	listPartnerships,
	listPractices
} from '../../src/lib/server/records/read';
import { backfillContentLang, savePartnership } from '../../src/lib/server/records/write';
import { suggest } from '../../src/lib/server/suggest';

const db = testDb();

describe('the language rule of record text', () => {
	it('tells English Interreg titles from Polish ones', () => {
		const cases: [string, 'pl' | 'en'][] = [
			['Active seniors of the Polish-Czech border areas', 'en'],
			['Aktywne i zdrowe transgraniczne społeczeństwo', 'pl'],
			// Polish place names inside an English title do not make it Polish.
			['Cycle region of Nowa Ruda-Radków-Broumov', 'en'],
			['Open window on the world for Ełk and Alytus children', 'en'],
			[
				'Tourism without borders – the development of Polish-Slovak tourist trail from Jeleśnia to Klin',
				'en'
			],
			// Polish titles without a single function word still have Polish letters.
			['Tatry łączą', 'pl'],
			['Szlak Kultury Wołoskiej', 'pl']
		];
		for (const [text, lang] of cases)
			expect(contentLang(text, 'interreg_project'), text).toBe(lang);
	});

	it('gives acronyms and ties to the programme: English for Interreg and URBACT, Polish otherwise', () => {
		expect(contentLang('BLUACT', 'city_network')).toBe('en');
		expect(contentLang('URBAMECO I', 'city_network')).toBe('en');
		expect(contentLang('CIA 7', 'interreg_project')).toBe('en');
		expect(contentLang('Partnerstwo Nysa 2020', 'agreement')).toBe('pl');
		expect(contentLang('GZM', 'metropolitan_union')).toBe('pl');
		expect(contentLang('')).toBe('pl');
		expect(contentLang(null)).toBe('pl');
	});

	it('is what the committed data says, record by record (the build used the same rule)', () => {
		const partnerships = JSON.parse(readFileSync('data/records/partnerships.json', 'utf8')) as {
			name: string;
			kind: string;
			description: string;
			nameLang: string;
			descriptionLang: string;
		}[];
		for (const p of partnerships) {
			expect(p.nameLang, p.name).toBe(contentLang(p.name, p.kind));
			expect(p.descriptionLang, p.name).toBe(contentLang(p.description));
		}
		const english = partnerships.filter((p) => p.nameLang === 'en');
		expect(english.length).toBeGreaterThan(100);
		expect(english.every((p) => ['interreg_project', 'city_network'].includes(p.kind))).toBe(true);
		const practices = JSON.parse(readFileSync('data/records/practices.json', 'utf8')) as {
			titleLang: string;
			summaryLang: string;
		}[];
		expect(practices.map((p) => p.titleLang)).toEqual(practices.map(() => 'pl'));
	});
});

describe('content languages in the database and the API records', () => {
	it('migration 0006 adds the columns', () => {
		const cols = (table: string) =>
			(db.$client.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
				(c) => c.name
			);
		expect(cols('practices')).toEqual(expect.arrayContaining(['title_lang', 'summary_lang']));
		expect(cols('partnerships')).toEqual(expect.arrayContaining(['name_lang', 'description_lang']));
	});

	it('lists and details carry the language of titles, names, summaries and descriptions', () => {
		const all = listPartnerships(EMPTY_FILTERS, db);
		const english = all.find((p) => p.name === 'Active seniors of the Polish-Czech border areas')!;
		expect(english.nameLang).toBe('en');
		expect(english.descriptionLang).toBe('pl');
		const polish = all.find((p) => p.name === 'Metropolia Krakowska')!;
		expect(polish.nameLang).toBe('pl');
		expect(getPartnership(english.id, {}, db)!.nameLang).toBe('en');
		const practice = listPractices(EMPTY_FILTERS, db)[0];
		expect(practice.titleLang).toBe('pl');
		expect(practice.summaryLang).toBe('pl');
		expect(getPractice(practice.id, db)!.titleLang).toBe('pl');
	});

	it('a record written without a language gets the rule; one that says it keeps it', () => {
		const base = {
			kind: 'interreg_project' as const,
			startDate: null,
			endDate: null,
			website: null,
			description: 'Opis w naszych słowach.',
			sources: [{ name: 'test', url: 'https://example.org', verifiedAt: null }],
			members: [{ teryt: '1206113', role: 'member' as const, joined: null, left: null }],
			otherMembers: [],
			extra: {}
		};
		const a = savePartnership(db, { ...base, slug: 'lang-test-a', name: 'Rivers of the border' });
		expect(getPartnership(a.id, {}, db)!.nameLang).toBe('en');
		const b = savePartnership(db, {
			...base,
			slug: 'lang-test-b',
			name: 'Rivers of the border',
			nameLang: 'pl'
		});
		expect(getPartnership(b.id, {}, db)!.nameLang).toBe('pl');
	});

	it('rows written before migration 0006 get their languages when the database opens', () => {
		const id = listPartnerships(EMPTY_FILTERS, db).find((p) => p.name === 'BLUACT')!.id;
		db.$client
			.prepare('UPDATE partnerships SET name_lang = NULL, description_lang = NULL WHERE id = ?')
			.run(id);
		backfillContentLang(db);
		const p = getPartnership(id, {}, db)!;
		expect([p.nameLang, p.descriptionLang]).toEqual(['en', 'pl']);
	});

	it('suggestions say the language of their labels and describe them in the asked language', () => {
		const en = suggest('active seniors', 8, db, 'en').find((s) => s.kind === 'partnerstwo')!;
		expect(en.labelLang).toBe('en');
		expect(en.detail).toBe('partnership');
		const unit = suggest('skawina', 8, db, 'en').find((s) => s.kind === 'unit')!;
		expect(unit.labelLang).toBe('pl');
		expect(unit.detail).not.toMatch(/woj\.|gmina miejsko/);
		expect(suggest('skawina', 8, db, 'pl').find((s) => s.kind === 'unit')!.detail).toMatch(/woj\./);
	});
});

describe('notes about ignored parameters, one language at a time', () => {
	const params = new URLSearchParams('woj=99&kat=x&typ=y&rok=abc&sel=z&gmi=1206113&pow=1207');
	const polish = /Pominięto|nieznany|nie jest|oczekiwano|nie leży|województwa/;
	const english = /Ignored|unknown|is not|expected|does not lie|voivodeship/;

	it('in English for an English page', () => {
		const { notes } = parseFilters(params, 'en');
		expect(notes).toHaveLength(6);
		for (const n of notes) expect(n).not.toMatch(polish);
		for (const n of notes) expect(n).toMatch(english);
	});

	it('in Polish for a Polish page', () => {
		const { notes } = parseFilters(params, 'pl');
		expect(notes).toHaveLength(6);
		for (const n of notes) expect(n).not.toMatch(english);
		for (const n of notes) expect(n).toMatch(polish);
	});

	it('in both for the API, which machines read', () => {
		for (const n of parseFilters(params).notes) {
			expect(n).toMatch(polish);
			expect(n).toMatch(english);
		}
	});

	it('the embed options and TERYT checks follow the same rule', () => {
		const embed = new URLSearchParams('zakres=zz&lista=2&wysokosc=5');
		expect(parseEmbedOptions(embed, 'en').notes.join(' ')).not.toMatch(/Pominięto|dozwolone/);
		expect(parseEmbedOptions(embed, 'pl').notes.join(' ')).not.toMatch(/Ignored|must be/);
		const check = checkTeryt('13', undefined, 'en');
		expect(check.ok || check.message).toBe(
			'"13": the voivodeship part must be an even number 02–32'
		);
	});
});
