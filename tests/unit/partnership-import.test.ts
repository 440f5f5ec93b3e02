/**
 * The partnership table import on a real migrated database with the bundled units: CSV and XLSX
 * files that the test writes itself (XLSX with exceljs). Partnership names are SYNTHETIC TEST
 * DATA ("… (dane testowe)"); the members are real gminy of powiat sejneński and olecki (TERYT
 * codes and names from data/boundaries/units.csv).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { setupDatabase } from '../../src/lib/server/setup';
import type { Db } from '../../src/lib/server/db';
import { dataVersion, RECORDS_VERSION } from '../../src/lib/server/db/versions';
import {
	TableError,
	problemText,
	readPartnershipTable,
	readTableDate
} from '../../src/lib/server/import/partnership-table';
import {
	importPartnershipTable,
	type ImportReport
} from '../../src/lib/server/curation/partnership-import';
import type { Author } from '../../src/lib/server/curation/workflow';
import { getPartnership } from '../../src/lib/server/records/read';
import { PARTNERSHIP_KINDS } from '../../src/lib/domain/kinds';
import { zip } from './zip';

const db: Db = setupDatabase(':memory:');
// Test-only: a command-line author (no account).
const author: Author = {
	id: null,
	email: 'test@import.invalid',
	name: 'Import testowy',
	organisation: null,
	role: 'curator'
};

const HEADER = 'partnership,kind,member,role,joined,left,source_url';
const A = 'Partnerstwo Sejneńskie A (dane testowe)';
const B = 'Związek Olecki B (dane testowe)';

const csv = (lines: string[], sep = ',') =>
	new TextEncoder().encode(
		[HEADER, ...lines].map((l) => l.replaceAll(',', sep)).join('\r\n') + '\r\n'
	);

async function run(bytes: Uint8Array, file: string, dryRun = false): Promise<ImportReport> {
	return importPartnershipTable(db, await readPartnershipTable(bytes, file), author, { dryRun });
}

/** Everything an import could change: counts, the data version, every revision and member row. */
function state() {
	const all = (sql: string) => db.$client.prepare(sql).all();
	return {
		version: dataVersion(db, RECORDS_VERSION),
		partnerships: all(
			'SELECT id, name, kind, status, slug, area_km2 FROM partnerships ORDER BY id'
		),
		members: all('SELECT * FROM partnership_members ORDER BY rowid'),
		sources: all('SELECT * FROM sources WHERE partnership_id IS NOT NULL ORDER BY id'),
		revisions: all('SELECT record_id, number, action FROM revisions ORDER BY id')
	};
}

const partnershipId = (name: string) =>
	(db.$client.prepare('SELECT id FROM partnerships WHERE name = ?').get(name) as { id: number })
		?.id;

describe('reading the table', () => {
	it('reads dates as a year, a month, an ISO date or the Polish day.month.year', () => {
		expect(readTableDate('2015')).toBe('2015');
		expect(readTableDate('2015-06')).toBe('2015-06');
		expect(readTableDate('2015-06-17')).toBe('2015-06-17');
		expect(readTableDate('17.06.2015')).toBe('2015-06-17');
		expect(readTableDate('7.6.2015')).toBe('2015-06-07');
		for (const bad of ['2015-13', '31.02.2015', '15/06/2015', 'czerwiec', '20150'])
			expect(readTableDate(bad)).toBeNull();
	});

	it('refuses a header without its columns, naming the missing ones', async () => {
		const bytes = new TextEncoder().encode('partnership,member,role\nX,2009032,member\n');
		const err = await readPartnershipTable(bytes, 'lista.csv').catch((e) => e);
		expect(err).toBeInstanceOf(TableError);
		expect(err.message).toBe(
			'lista.csv:1: w nagłówku brak kolumn: kind, joined, left, source_url (wymagane: partnership,kind,member,role,joined,left,source_url) / the header lacks the columns: kind, joined, left, source_url (required: partnership,kind,member,role,joined,left,source_url)'
		);
	});

	it('reads semicolons, a BOM and quoted cells; lines are the lines of the file', async () => {
		const text = `\uFEFF${HEADER.replaceAll(',', ';')}\r\n\r\n"${A}";"agreement";"Krasnopol";;;;\r\n"Nowa\nnazwa";agreement;Puńsk;;;;\r\n`;
		const table = await readPartnershipTable(new TextEncoder().encode(text), 'a.csv');
		expect(table.rows.map((r) => [r.line, r.cells.partnership, r.cells.member])).toEqual([
			[3, A, 'Krasnopol'],
			[4, 'Nowa\nnazwa', 'Puńsk']
		]);
	});

	it('refuses random bytes named .xlsx, a ZIP that is no workbook, and non-UTF-8 text', async () => {
		const random = new Uint8Array(512).map((_, i) => (i * 7919 + 13) % 256);
		await expect(readPartnershipTable(random, 'lista.xlsx')).rejects.toThrow(
			'lista.xlsx: plik nazwany .xlsx nie jest skoroszytem XLSX (nie jest archiwum ZIP)'
		);
		const notBook = zip([{ name: 'word/document.xml', data: '<w:document/>' }]);
		await expect(readPartnershipTable(notBook, 'lista.xlsx')).rejects.toThrow(
			'archiwum ZIP, które nie jest skoroszytem XLSX (brak xl/workbook.xml)'
		);
		const fakeBook = zip([{ name: 'xl/workbook.xml', data: 'not xml at all <' }]);
		await expect(readPartnershipTable(fakeBook, 'zly.xlsx')).rejects.toThrow(
			/zly\.xlsx: nie da się odczytać skoroszytu XLSX/
		);
		const cut = zip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]).slice(0, 40);
		await expect(readPartnershipTable(cut, 'ucięty.xlsx')).rejects.toThrow(
			'ucięty.xlsx: uszkodzone archiwum ZIP'
		);
		await expect(readPartnershipTable(random, 'lista.csv')).rejects.toThrow(
			'lista.csv: plik nie jest tekstem UTF-8 ani skoroszytem XLSX'
		);
	});

	it('refuses a file over the size limit and a ZIP that unpacks too far', async () => {
		await expect(readPartnershipTable(csv([]), 'duzy.csv', 10)).rejects.toThrow(
			/duzy\.csv: plik ma \d+ bajtów, dozwolone 10/
		);
		const bomb = zip([
			{ name: 'xl/workbook.xml', data: '<workbook/>' },
			{ name: 'xl/big.xml', data: new Uint8Array(60 * 1024 * 1024) }
		]);
		await expect(readPartnershipTable(bomb, 'bomba.xlsx')).rejects.toThrow(
			/skoroszyt po rozpakowaniu ma \d+ bajtów, dozwolone 52428800/
		);
	});
});

describe('importing partnerships', () => {
	it('reports matched, ambiguous and unknown members with their lines, and writes nothing', async () => {
		const before = state();
		const report = await run(
			csv([
				`${A},agreement,2009032,leader,2015,,https://example.org/lista`,
				`${A},,Puńsk,,,,`,
				`${A},,Świętajno (powiat olecki),,,,`,
				`${A},,Sejny,,,,`,
				`${A},,Nibylandia,,,,`
			]),
			'lista.csv'
		);
		expect(report.clean).toBe(false);
		expect(report.written).toBe(false);
		expect(report.matched.map((m) => [m.line, m.unit?.code])).toEqual([
			[2, '2009032'],
			[3, '2009042'],
			[4, '2813052']
		]);
		expect(report.ambiguous).toHaveLength(1);
		expect(report.ambiguous[0].line).toBe(5);
		expect(report.ambiguous[0].candidates).toEqual([
			expect.objectContaining({
				code: '2009011',
				name: 'Sejny',
				powiat: 'powiat sejneński',
				wojewodztwo: 'podlaskie'
			}),
			expect.objectContaining({ code: '2009052', name: 'Sejny', powiat: 'powiat sejneński' })
		]);
		expect(report.unknown.map((u) => [u.line, u.problem?.en])).toEqual([
			[6, 'no unit recognised in "Nibylandia"']
		]);
		expect(report.plan).toEqual([]);
		expect(state()).toEqual(before);
	});

	it('names bad kinds, roles, dates and links, repeated members and two kinds, by file and line', async () => {
		const before = state();
		const report = await run(
			csv([
				`${A},zwiazek,2009032,,,,`,
				`${A},agreement,2009042,boss,,,`,
				`${A},agreement,2009022,,2015-13-01,,`,
				`${A},agreement,2009052,,,,javascript:alert(1)`,
				`${A},agreement,2009011,,2018,2015,`,
				`${A},agreement,gmina Sejny,,,,`,
				`${A},inter_municipal_union,2009042,,,,`,
				`${A},agreement,2009032,,,,,extra`
			]),
			'bledy.csv'
		);
		const messages = report.errors.map(problemText);
		expect(messages).toEqual([
			`bledy.csv:2: kind: nieznany rodzaj „zwiazek”; dozwolone: ${PARTNERSHIP_KINDS.join(', ')} / kind: unknown kind "zwiazek"; allowed: ${PARTNERSHIP_KINDS.join(', ')}`,
			'bledy.csv:3: role: nieznana rola „boss”; dozwolone: leader, member (puste: member) / role: unknown role "boss"; allowed: leader, member (empty: member)',
			'bledy.csv:4: joined: „2015-13-01” nie jest rokiem (2015), miesiącem (2015-06) ani datą (2015-06-17, 17.06.2015) / joined: "2015-13-01" is neither a year (2015), a month (2015-06) nor a date (2015-06-17, 17.06.2015)',
			'bledy.csv:5: source_url: „javascript:alert(1)”: dozwolone są tylko adresy http:, https: i mailto: / source_url: "javascript:alert(1)": only http:, https: and mailto: addresses are allowed',
			'bledy.csv:6: left: wystąpienie (2015) przed przystąpieniem (2018) / left: left (2015) is before joined (2018)',
			`bledy.csv:8: partnerstwo „${A}” ma dwa rodzaje: agreement (wiersz 7) i inter_municipal_union / the partnership "${A}" is given two kinds: agreement (line 7) and inter_municipal_union`,
			`bledy.csv:9: wiersz ma 1 wypełnionych komórek poza kolumnami nagłówka (partnership,kind,member,role,joined,left,source_url) / the row has 1 filled cells beyond the header's columns (partnership,kind,member,role,joined,left,source_url)`
		]);
		expect(report.matched.map((m) => m.line)).toEqual([7, 8]);
		expect(report.clean).toBe(false);
		expect(state()).toEqual(before);

		const dup = await run(csv([`${A},agreement,2009032,,,,`, `${A},,Krasnopol,,,,`]), 'dup.csv');
		expect(dup.errors.map(problemText)).toEqual([
			`dup.csv:3: 2009032 Krasnopol jest już członkiem „${A}” (wiersz 2) / 2009032 Krasnopol is already a member of "${A}" (line 2)`
		]);
		const mailto = await run(csv([`${A},agreement,2009032,,,,mailto:a@b.pl`]), 'm.csv');
		expect(mailto.errors[0].en).toBe(
			'source_url: "mailto:a@b.pl": only http: and https: addresses are allowed'
		);
		const kindless = await run(csv([`${A},,2009032,,,,`]), 'k.csv');
		expect(kindless.errors[0].en).toBe(`the new partnership "${A}" needs a kind (column kind)`);
		expect(state()).toEqual(before);
	});

	const good = [
		`${A},agreement,2009032,leader,17.06.2015,,https://example.org/a`,
		`${A},,Puńsk,,2015-06,,https://example.org/a`,
		`${A},,gmina Sejny,member,2016,2020-12-31,`,
		`${B},inter_municipal_union,Świętajno (powiat olecki),,,,https://example.org/b`,
		`${B},,2813043,,,,`
	];

	it('a dry run writes nothing and says what it would create', async () => {
		const before = state();
		const report = await run(csv(good, ';'), 'dobra.csv', true);
		expect(report.clean).toBe(true);
		expect(report.written).toBe(false);
		expect(report.plan).toEqual([
			{ name: A, id: null, action: 'create', members: 3, changes: ['*'], published: true },
			{ name: B, id: null, action: 'create', members: 2, changes: ['*'], published: true }
		]);
		expect(state()).toEqual(before);
	});

	it('imports in one go: published, with members, dates, sources, revisions and a new data version', async () => {
		const before = state();
		const report = await run(csv(good, ';'), 'dobra.csv');
		expect(report.written).toBe(true);
		expect(report.plan.map((p) => [p.name, p.action])).toEqual([
			[A, 'create'],
			[B, 'create']
		]);
		const after = state();
		expect(after.version).not.toBe(before.version);
		expect(after.partnerships.length).toBe(before.partnerships.length + 2);
		const a = getPartnership(partnershipId(A), {}, db)!;
		expect(a).toBeTruthy();
		expect(a.kind).toBe('agreement');
		// Read back as the site gives dates out: a full ISO date and its precision (src/lib/dates.ts).
		expect(a.members.map((m) => [m.code, m.role, m.joined, m.joinedPrecision, m.left])).toEqual([
			['2009032', 'leader', '2015-06-17', 'day', null],
			['2009042', 'member', '2015-06-01', 'month', null],
			['2009052', 'member', '2016-01-01', 'year', '2020-12-31']
		]);
		expect(a.sources).toEqual([
			expect.objectContaining({ name: 'example.org', url: 'https://example.org/a' })
		]);
		expect(a.areaKm2).toBeGreaterThan(100);
		const status = db.$client
			.prepare('SELECT status FROM partnerships WHERE id = ?')
			.get(partnershipId(B)) as { status: string };
		expect(status.status).toBe('published');
		// create + publish for each of the two.
		expect(after.revisions.length).toBe(before.revisions.length + 4);
	});

	it('a second import of the same file changes nothing: no revision, the same data version', async () => {
		const before = state();
		const report = await run(csv(good, ';'), 'dobra.csv');
		expect(report.clean).toBe(true);
		expect(report.written).toBe(false);
		expect(report.plan.map((p) => p.action)).toEqual(['unchanged', 'unchanged']);
		expect(state()).toEqual(before);
	});

	it('updates an existing partnership found by its name whatever the case and diacritics', async () => {
		const before = state();
		const renamed = 'ZWIAZEK OLECKI b (DANE TESTOWE)';
		const report = await run(csv([`${renamed},,2813043,leader,,,https://example.org/b2`]), 'b.csv');
		expect(report.plan).toEqual([
			{
				name: B,
				id: partnershipId(B),
				action: 'update',
				members: 1,
				changes: ['sources', 'members'],
				published: true
			}
		]);
		const b = getPartnership(partnershipId(B), {}, db)!;
		expect(b.name).toBe(B);
		expect(b.members.map((m) => [m.code, m.role])).toEqual([['2813043', 'leader']]);
		expect(b.sources.map((s) => s.url)).toEqual([
			'https://example.org/b',
			'https://example.org/b2'
		]);
		expect(state().revisions.length).toBe(before.revisions.length + 2);
	});

	it('a write that fails for one partnership leaves the database exactly as it was', async () => {
		const before = state();
		// 51 source links exceed the write path's limit of 50 sources: refused at write time.
		const gminy = (
			db.$client
				.prepare(
					"SELECT code FROM units WHERE level = 'gmi' AND woj_code = '20' ORDER BY code LIMIT 51"
				)
				.all() as { code: string }[]
		).map((u) => u.code);
		const report = await run(
			csv([
				`Nowe Partnerstwo C (dane testowe),agreement,2009032,,,,`,
				...gminy.map(
					(g, i) => `Za dużo źródeł D (dane testowe),agreement,${g},,,,https://example.org/${i}`
				)
			]),
			'zrodla.csv'
		);
		expect(report.clean).toBe(false);
		expect(report.written).toBe(false);
		expect(report.errors[0].pl).toMatch(/pole „źródła”: 51 pozycji, dozwolone 50/);
		expect(state()).toEqual(before);
		expect(partnershipId('Nowe Partnerstwo C (dane testowe)')).toBeUndefined();
	});
});

describe('XLSX', () => {
	async function workbook(rows: unknown[][]): Promise<Uint8Array> {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Członkowie');
		ws.addRow(HEADER.split(','));
		for (const r of rows) ws.addRow(r);
		return new Uint8Array(await wb.xlsx.writeBuffer());
	}

	it('reads codes typed as numbers, dates as dates, and names its rows', async () => {
		const name = 'Arkusz Sejneński E (dane testowe)';
		// The same sheet with the third member written two ways.
		const sheet = (third: string) =>
			workbook([
				[
					name,
					'agreement',
					2009022,
					'leader',
					new Date(Date.UTC(2019, 2, 1)),
					null,
					'https://example.org/e'
				],
				[name, null, 'Krasnopol', null, 2020, null, null],
				[name, null, third, null, null, null, null]
			]);
		const bytes = await sheet('Sejny');
		const ambiguous = await run(bytes, 'lista.xlsx');
		expect(ambiguous.ambiguous.map((r) => [r.line, r.candidates?.map((c) => c.code)])).toEqual([
			[4, ['2009011', '2009052']]
		]);
		expect(partnershipId(name)).toBeUndefined();

		const fixed = await sheet('miasto Sejny');
		const report = await run(fixed, 'lista.xlsx');
		expect(report.errors).toEqual([]);
		expect(report.written).toBe(true);
		const e = getPartnership(partnershipId(name), {}, db)!;
		expect(e.members.map((m) => [m.code, m.joined, m.joinedPrecision])).toEqual([
			['2009022', '2019-03-01', 'day'],
			['2009032', '2020-01-01', 'year'],
			['2009011', null, null]
		]);
		const again = await run(fixed, 'lista.xlsx');
		expect(again.plan.map((p) => p.action)).toEqual(['unchanged']);
	});

	it('puts back the leading zero Excel drops from a TERYT code typed as a number', async () => {
		// 0201011 is Bolesławiec (town), dolnośląskie; typed as a number it is 201011.
		const bytes = await workbook([
			['Zero F (dane testowe)', 'agreement', 201011, null, null, null, null]
		]);
		const report = await run(bytes, 'zero.xlsx', true);
		expect(report.matched.map((m) => m.unit?.code)).toEqual(['0201011']);
	});
});
