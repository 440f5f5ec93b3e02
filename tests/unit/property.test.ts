/**
 * Property-based tests (fast-check) of the three parsers that take untrusted input: the page
 * parser (with the import around it), the filter parameters and TERYT codes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageParseError, parsePracticePage } from '../../src/lib/server/import/parse-page';
import { ImportError, importPracticePage } from '../../src/lib/server/import/import-practice';
import { parseFilters } from '../../src/lib/domain/filters';
import { PARTNERSHIP_KINDS } from '../../src/lib/domain/kinds';
import { SECTIONS } from '../../src/lib/domain/sections';
import { checkTeryt } from '../../src/lib/teryt';
import { testDb } from './db';
import { fixture } from '../fixtures/page-fixture';

const PAGES = [
	fixture('bdp-596-skrot.txt'),
	fixture('bdp-596-dwie-osoby.txt'),
	fixture('bdp-596-prezentacja.txt'),
	fixture('bdp-596-zalaczniki.txt'),
	fixture('bdp-596-skrot.html')
];
/** Fragments that matter to the parser, to splice into real pages. */
const PIECES = [
	'\n',
	'\n\n',
	':',
	' : Praktyki\n',
	'Metryka praktyki\n',
	'Data wprowadzenia do BDP: ',
	'0000-00-00',
	'2015-13-01',
	'Wirtyna internetowa: ',
	'javascript:alert(1)',
	'www.',
	'?art=12&s=3',
	'<a href="javascript:alert(1)">x.pdf</a>',
	'<p>',
	'</html>',
	'.: Skrót i Metryka -> Pełna prezentacja :.\n',
	'Wsparcie udzielone przez',
	'\u0000',
	'\u001b',
	'\ufffd',
	'(PDF, 2,4 MB)',
	'Gmina Skawina',
	'&#x09;',
	'&amp;'
];

/** A real page with some of it cut, repeated or replaced by fragments and random text. */
const damagedPage = fc
	.record({
		page: fc.constantFrom(...PAGES),
		edits: fc.array(
			fc.record({
				at: fc.double({ min: 0, max: 1, noNaN: true }),
				cut: fc.nat({ max: 400 }),
				insert: fc.oneof(
					fc.constantFrom(...PIECES),
					fc.string({ maxLength: 40 }),
					fc.string({ unit: 'grapheme', maxLength: 10 })
				)
			}),
			{ maxLength: 6 }
		)
	})
	.map(({ page, edits }) => {
		let text = page;
		for (const e of edits) {
			const at = Math.floor(e.at * text.length);
			text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
		}
		return text;
	});

const anyInput = fc.oneof(
	damagedPage,
	damagedPage,
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'grapheme', maxLength: 200 })
);

const NAMED = /^(?:strona|[a-z-]+\.(?:txt|html))(?::\d+)?: /;

describe('page parser (fast-check)', () => {
	it('returns a record or throws a PageParseError naming the file (line, field); nothing else', () => {
		fc.assert(
			fc.property(anyInput, fc.boolean(), (text, draft) => {
				try {
					const page = parsePracticePage(text, { fileName: 'strona.txt', draft });
					expect(typeof page.title).toBe('string');
					expect(page.title.trim()).not.toBe('');
					expect(page.incomplete.length === 0 || draft).toBe(true);
					// stored text never carries control characters
					for (const c of [
						page.title,
						page.summary ?? '',
						page.presentation ?? '',
						page.street ?? ''
					])
						// eslint-disable-next-line no-control-regex
						expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(c)).toBe(false);
				} catch (error) {
					expect(error).toBeInstanceOf(PageParseError);
					const e = error as PageParseError;
					expect(e.message).toMatch(NAMED);
					expect(e.message).toContain(' / '); // Polish / English
					expect(e.fileName).toBe('strona.txt');
					expect(e.line === null || (Number.isInteger(e.line) && e.line > 0)).toBe(true);
				}
			}),
			{ numRuns: 1500 }
		);
	}, 60_000);

	it('an import either succeeds or writes nothing (row counts before and after)', () => {
		const db = testDb();
		const tables = [
			'practices',
			'practice_units',
			'practice_partners',
			'practice_partnerships',
			'attachments',
			'sources',
			'search_index',
			'meta'
		];
		const counts = () =>
			tables.map(
				(t) => (db.$client.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n
			);
		let failed = 0;
		fc.assert(
			fc.property(damagedPage, fc.boolean(), (text, draft) => {
				// a new practice each time, so a success is visible as one more row
				const unique = text.replace(
					/Blisko Krakowa/g,
					`Blisko ${Math.random().toString(36).slice(2)}`
				);
				const before = counts();
				try {
					importPracticePage(db, unique, 'import.txt', { draft });
				} catch (error) {
					failed++;
					expect(error instanceof PageParseError || error instanceof ImportError).toBe(true);
					expect((error as Error).message).toMatch(/^import\.txt(?::\d+)?: /);
					expect(counts()).toEqual(before);
				}
			}),
			{ numRuns: 250 }
		);
		expect(failed).toBeGreaterThan(0);
	}, 120_000);
});

const paramValue = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.string({ unit: 'grapheme', maxLength: 8 }),
	fc.stringMatching(/^\d{1,8}$/),
	fc.constantFrom(
		'12',
		'1206',
		'1206113',
		'02',
		'32',
		'33',
		'1206119',
		' 12 ',
		'praktyka:5',
		'partnerstwo:123456789',
		'praktyka:1234567890',
		...SECTIONS.map((s) => s.slug),
		...PARTNERSHIP_KINDS,
		'1990',
		'2100',
		'2101',
		'x'.repeat(500)
	)
);
const KNOWN = ['woj', 'pow', 'gmi', 'kat', 'typ', 'rok', 'q', 'sel'];

describe('filter parser (fast-check)', () => {
	it('never throws, returns only valid values, and notes every value it drops', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(fc.oneof(fc.constantFrom(...KNOWN), fc.string({ maxLength: 6 })), paramValue),
					{ maxLength: 12 }
				),
				(pairs) => {
					const params = new URLSearchParams(pairs);
					const { filters: f, sel, notes } = parseFilters(params);
					const region = (code: string | null, len: number) =>
						code === null || (checkTeryt(code).ok && code.length === len);
					expect(region(f.woj, 2) && region(f.pow, 4) && region(f.gmi, 7)).toBe(true);
					if (f.gmi && f.pow) expect(f.gmi.startsWith(f.pow)).toBe(true);
					if (f.woj && (f.gmi ?? f.pow)) expect((f.gmi ?? f.pow)!.startsWith(f.woj)).toBe(true);
					expect(f.kat === null || SECTIONS.some((s) => s.slug === f.kat)).toBe(true);
					expect(f.typ === null || (PARTNERSHIP_KINDS as readonly string[]).includes(f.typ)).toBe(
						true
					);
					expect(
						f.rok === null || (Number.isInteger(f.rok) && f.rok >= 1990 && f.rok <= 2100)
					).toBe(true);
					expect(f.q === null || (f.q.length <= 200 && f.q.trim() === f.q && f.q !== '')).toBe(
						true
					);
					expect(sel === null || (Number.isInteger(sel.id) && sel.id >= 0)).toBe(true);
					// every known parameter given a non-empty value is either used or noted
					for (const key of KNOWN) {
						const raw = params.get(key);
						if (raw === null || raw.trim() === '') continue;
						const used = key === 'sel' ? sel !== null : f[key as keyof typeof f] !== null;
						if (!used)
							expect(notes.some((n) => n.includes(`„${key}”`) || n.includes(key))).toBe(true);
					}
					for (const n of notes) expect(n.length).toBeLessThan(400);
				}
			),
			{ numRuns: 3000 }
		);
	});
});

describe('TERYT parser (fast-check)', () => {
	it('accepts exactly the well-formed codes, with a message otherwise', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string({ maxLength: 10 }), fc.stringMatching(/^\s?\d{1,8}\s?$/)),
				(raw) => {
					const c = checkTeryt(raw);
					const code = raw.trim();
					const valid =
						/^\d+$/.test(code) &&
						[2, 4, 7].includes(code.length) &&
						Number(code.slice(0, 2)) % 2 === 0 &&
						Number(code.slice(0, 2)) >= 2 &&
						Number(code.slice(0, 2)) <= 32 &&
						(code.length !== 7 || /[1-5]$/.test(code));
					expect(c.ok).toBe(valid);
					if (c.ok)
						expect(c).toEqual({
							ok: true,
							code,
							level: { 2: 'woj', 4: 'pow', 7: 'gmi' }[code.length]
						});
					else {
						expect(c.message).toMatch(/ \/ /);
						expect(c.message.length).toBeLessThan(300);
					}
					for (const level of ['woj', 'pow', 'gmi'] as const) {
						const l = checkTeryt(raw, level);
						if (l.ok) expect(l.level).toBe(level);
					}
				}
			),
			{ numRuns: 5000 }
		);
	});
});
