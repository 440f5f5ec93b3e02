/**
 * Linear-time parsing (issue 11, point 5): every function of the importer, the filters, TERYT,
 * links and search that runs a pattern gets each adversarial 100 000-character line of
 * adversarial-inputs.ts. A pattern that backtracks without bound shows as vitest's timeout here;
 * there are no timing assertions. The parser is fed the line as a whole file and inside each
 * part of a real page (title, summary, presentation, Metryka value, contact, attachment, HTML).
 */
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL } from './adversarial-inputs';
import {
	PageParseError,
	findFileName,
	looksLikeHtml,
	mentionedUnits,
	parseContacts,
	parsePracticePage,
	practiceUrlsIn,
	trimEndOf
} from '../../src/lib/server/import/parse-page';
import {
	decodeEntities,
	htmlToText,
	scanHtmlLinks
} from '../../src/lib/server/import/html-to-text';
import { importPracticePage } from '../../src/lib/server/import/import-practice';
import { foldPolish, highlight, polishSortKey, queryStems, stem } from '../../src/lib/text';
import { stripTags, toFtsQuery } from '../../src/lib/server/search';
import { parseFilters } from '../../src/lib/domain/filters';
import { checkTeryt } from '../../src/lib/teryt';
import { safeHref } from '../../src/lib/safe-url';
import {
	foldPolish as foldUnit,
	matchUnit,
	createUnitIndex,
	slugify
} from '../../src/lib/units/match';
import { testDb } from './db';
import { fixture } from '../fixtures/page-fixture';

const seed = fixture('bdp-596-skrot.txt');
const presentation = fixture('bdp-596-prezentacja.txt');
const attachments = fixture('bdp-596-zalaczniki.txt');
const html = fixture('bdp-596-skrot.html');

/** `text` with `anchor` replaced (the anchor must be there, or the test would test nothing). */
function put(text: string, anchor: string | RegExp, by: string): string {
	const out = text.replace(anchor, () => by);
	if (out === text) throw new Error(`${String(anchor)} is not in the fixture`);
	return out;
}

/** Parses; a PageParseError is a fine answer, anything else fails the test. */
function parse(text: string): void {
	try {
		parsePracticePage(text, { fileName: 'adversarial.txt' });
	} catch (error) {
		expect(error).toBeInstanceOf(PageParseError);
	}
}

const db = testDb();
const index = createUnitIndex(
	db.$client
		.prepare('SELECT code, level, name, woj_code AS wojCode, pow_code AS powCode FROM units')
		.all() as Parameters<typeof createUnitIndex>[0]
);

const FUNCTIONS: [name: string, run: (line: string) => unknown][] = [
	['parsePracticePage: the whole file', parse],
	['parsePracticePage: title', (s) => parse(put(seed, /^Podkrakowski obszar.*$/m, s))],
	[
		'parsePracticePage: summary line',
		(s) => parse(put(seed, 'W skład Podkrakowskiego', `${s}\nW skład Podkrakowskiego`))
	],
	[
		'parsePracticePage: summary line within the summary limit',
		(s) =>
			parse(put(seed, 'W skład Podkrakowskiego', `${s.slice(0, 19_000)}\nW skład Podkrakowskiego`))
	],
	[
		'parsePracticePage: presentation line',
		(s) => parse(put(presentation, 'Pięć gmin', `${s}\nPięć gmin`))
	],
	['parsePracticePage: Metryka value', (s) => parse(put(seed, 'Rynek 1', s))],
	['parsePracticePage: Metryka label', (s) => parse(put(seed, 'Ulica:', `${s.slice(0, 50_000)}:`))],
	['parsePracticePage: website', (s) => parse(put(seed, 'www.gminaskawina.pl', s))],
	['parsePracticePage: attachment line', (s) => parse(put(attachments, 'Mapa obszaru', s))],
	['parsePracticePage: HTML cell', (s) => parse(put(html, 'Rynek 1', s))],
	['parsePracticePage: HTML attribute', (s) => parse(put(html, '<BODY', `<BODY data-x="${s}"`))],
	[
		'importPracticePage (dry run)',
		(s) => {
			try {
				importPracticePage(
					db,
					seed
						.replace('Miejscowość:  Skawina', `Miejscowość: ${s.slice(0, 250)}`)
						.replace('W skład Podkrakowskiego', `${s}\nW skład`),
					'a.txt',
					{ dryRun: true }
				);
			} catch (error) {
				expect((error as Error).message).toMatch(/^a\.txt/);
			}
		}
	],
	['findFileName', findFileName],
	['practiceUrlsIn', practiceUrlsIn],
	['looksLikeHtml', looksLikeHtml],
	['trimEndOf', (s) => trimEndOf(s, ' .,;-–—:')],
	['parseContacts', (s) => parseContacts([s, s], [])],
	['mentionedUnits', mentionedUnits],
	['htmlToText', htmlToText],
	['decodeEntities', decodeEntities],
	['scanHtmlLinks', scanHtmlLinks],
	['polishSortKey', polishSortKey],
	['foldPolish (text)', foldPolish],
	['stem', stem],
	['queryStems', queryStems],
	['highlight', (s) => highlight(s, ['krak', 'a', 'gmin'])],
	['toFtsQuery', toFtsQuery],
	['stripTags (search index)', stripTags],
	[
		'parseFilters',
		(s) =>
			parseFilters(
				new URLSearchParams({ woj: s, pow: s, gmi: s, kat: s, typ: s, rok: s, q: s, sel: s, x: s })
			)
	],
	['checkTeryt', (s) => [checkTeryt(s), checkTeryt(s, 'gmi')]],
	[
		'safeHref',
		(s) => [safeHref(s), safeHref(s, 'https://example.pl/'), safeHref(`https://x.pl/${s}`)]
	],
	['units: foldPolish, slugify', (s) => [foldUnit(s), slugify(s)]],
	[
		'units: matchUnit',
		(s) => matchUnit(index, s.slice(0, 300), { powiat: null, wojewodztwo: null })
	]
];

describe.each(FUNCTIONS)('%s on adversarial lines', (_name, run) => {
	it.each(ADVERSARIAL)('%s', (_input, line) => {
		expect(line.length).toBeGreaterThanOrEqual(99_990);
		run(line);
	});
});
