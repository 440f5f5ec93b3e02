import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import {
	MEMBER_LIST_MAX_LINE,
	MEMBER_LIST_MAX_LINES,
	MemberListError,
	matchMemberList,
	unitsByCodes
} from '../../src/lib/server/curation/member-list';

const db = testDb();
const rows = (text: string) => matchMemberList(db, text).rows;

describe('matchMemberList', () => {
	it('asks which Sejny: the town and the rural gmina are both candidates', () => {
		const [row] = rows('Sejny');
		expect(row.status).toBe('ambiguous');
		expect(row.candidates?.map((c) => c.code)).toEqual(['2009011', '2009052']);
		expect(row.candidates?.[0]).toMatchObject({
			name: 'Sejny',
			level: 'gmi',
			gminaType: 1,
			powiat: 'powiat sejneński',
			wojewodztwo: 'podlaskie'
		});
	});

	it('reads the bare "gmina X" as the rural gmina, and "miasto X" as the town', () => {
		expect(rows('gmina Sejny')[0]).toMatchObject({ status: 'matched', unit: { code: '2009052' } });
		expect(rows('miasto Sejny')[0]).toMatchObject({ status: 'matched', unit: { code: '2009011' } });
	});

	it('reads a powiat or województwo in brackets as a hint', () => {
		// Two Czernichów: powiat krakowski (małopolskie) and powiat żywiecki (śląskie).
		expect(rows('Czernichów')[0].status).toBe('ambiguous');
		expect(rows('Czernichów (krakowski)')[0].unit?.code).toBe('1206012');
		expect(rows('Czernichów (śląskie)')[0].unit?.code).toBe('2417022');
		expect(rows('Czernichów (powiat żywiecki, śląskie)')[0].unit?.code).toBe('2417022');
		// Both Sejny lie in powiat sejneński: the hint cannot choose, so the row still asks.
		expect(rows('Sejny (sejneński)')[0].candidates?.map((c) => c.code)).toEqual([
			'2009011',
			'2009052'
		]);
	});

	it('takes TERYT codes of every level, and refuses codes that do not exist', () => {
		const out = rows('1206113\n1206\n12\n1206119\n9999');
		expect(out.map((r) => [r.line, r.status, r.unit?.code])).toEqual([
			[1, 'matched', '1206113'],
			[2, 'matched', '1206'],
			[3, 'matched', '12'],
			[4, 'unknown', undefined],
			[5, 'unknown', undefined]
		]);
		expect(out[3].problem?.pl).toBe('wiersz 4: nie ma jednostki o kodzie TERYT 1206119');
		expect(out[0].unit).toMatchObject({ name: 'Skawina', powiat: 'powiat krakowski' });
		expect(out[2].unit).toMatchObject({ name: 'małopolskie', level: 'woj', wojewodztwo: null });
	});

	it('numbers lines as pasted, skipping empty ones, and names unknown lines', () => {
		const out = rows('\nSkawina\n\n   \nNibylandia\r\nLiszki');
		expect(out.map((r) => [r.line, r.status])).toEqual([
			[2, 'matched'],
			[5, 'unknown'],
			[6, 'matched']
		]);
		expect(out[1].problem?.en).toBe('line 5: no unit recognised in "Nibylandia"');
	});

	it('reads the first column of a pasted spreadsheet, or the column with a TERYT code', () => {
		const out = rows('Skawina;małopolskie\n"Liszki"\tx\nGmina Czernichów;1206012\n');
		expect(out.map((r) => r.unit?.code)).toEqual(['1206113', '1206072', '1206012']);
	});

	it('refuses lines and lists over their limits', () => {
		const long = rows(`Skawina\n${'x'.repeat(MEMBER_LIST_MAX_LINE + 1)}`);
		expect(long[1]).toMatchObject({ line: 2, status: 'unknown' });
		expect(long[1].problem?.pl).toContain(`dozwolone ${MEMBER_LIST_MAX_LINE}`);
		expect(() => matchMemberList(db, 'Skawina\n'.repeat(MEMBER_LIST_MAX_LINES + 1))).toThrow(
			MemberListError
		);
		expect(() => matchMemberList(db, ' '.repeat(2_000_000))).toThrow(/at most/);
		expect(rows('Skawina\n'.repeat(MEMBER_LIST_MAX_LINES))).toHaveLength(MEMBER_LIST_MAX_LINES);
	});
});

describe('unitsByCodes', () => {
	it('gives names with powiat and województwo in the asked order, leaving out unknown codes', () => {
		expect(unitsByCodes(db, ['1206113', '0000000', '1206'])).toEqual([
			{
				code: '1206113',
				name: 'Skawina',
				level: 'gmi',
				gminaType: 3,
				powiat: 'powiat krakowski',
				wojewodztwo: 'małopolskie'
			},
			{
				code: '1206',
				name: 'powiat krakowski',
				level: 'pow',
				gminaType: null,
				powiat: null,
				wojewodztwo: 'małopolskie'
			}
		]);
	});
});
