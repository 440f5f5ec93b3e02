import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { parseMemberFields } from '../../src/lib/server/curation/member-fields';
import { formatMember } from '../../src/lib/domain/members';

const db = testDb();

function form(entries: [string, string][]): FormData {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}
const parse = (entries: [string, string][], lang: 'pl' | 'en' = 'en') =>
	parseMemberFields(form(entries), db, lang);

describe('parseMemberFields', () => {
	it('leaves out the members ticked "Usuń" without JavaScript', () => {
		const out = parse([
			['members.teryt', '1206113'],
			['members.role', 'leader'],
			['members.joined', ''],
			['members.left', ''],
			['members.teryt', '1206012'],
			['members.role', 'member'],
			['members.joined', ''],
			['members.left', ''],
			['members.remove', '1206012']
		]);
		expect(out.errors).toEqual({});
		expect(out.members.map((m) => m.teryt)).toEqual(['1206113']);
	});

	it('reads the compact form, with and without dates', () => {
		const out = parse([
			['members', '1206113:leader'],
			['members', '1206012:member:2015:2020-06-30'],
			['members', '1206072:member::2019']
		]);
		expect(out.errors).toEqual({});
		expect(out.members).toEqual([
			{ teryt: '1206113', role: 'leader', joined: null, left: null },
			{ teryt: '1206012', role: 'member', joined: '2015', left: '2020-06-30' },
			{ teryt: '1206072', role: 'member', joined: null, left: '2019' }
		]);
		expect(out.members.map(formatMember)).toEqual([
			'1206113:leader',
			'1206012:member:2015:2020-06-30',
			'1206072:member::2019'
		]);
	});

	it('reads the parallel fields of server-rendered rows, in order', () => {
		const out = parse([
			['members.teryt', '1206113'],
			['members.role', 'leader'],
			['members.joined', ''],
			['members.left', ''],
			['members.teryt', '1206012'],
			['members.role', 'member'],
			['members.joined', '2015-04-28'],
			['members.left', '']
		]);
		expect(out.errors).toEqual({});
		expect(out.members).toEqual([
			{ teryt: '1206113', role: 'leader', joined: null, left: null },
			{ teryt: '1206012', role: 'member', joined: '2015-04-28', left: null }
		]);
	});

	it('refuses parallel fields of different lengths', () => {
		const out = parse([
			['members.teryt', '1206113'],
			['members.role', 'leader'],
			['members.role', 'member'],
			['members.joined', ''],
			['members.left', '']
		]);
		expect(out.errors.members).toMatch(/different numbers of rows/);
	});

	it('merges a member named twice (compact, parallel and pasted), a leader winning', () => {
		const out = parse([
			['members', '1206113:member'],
			['members.teryt', '1206113'],
			['members.role', 'leader'],
			['members.joined', '2010'],
			['members.left', ''],
			['memberList', 'Skawina\nCzernichów (krakowski)']
		]);
		expect(out.errors).toEqual({});
		expect(out.members).toEqual([
			{ teryt: '1206113', role: 'leader', joined: '2010', left: null },
			{ teryt: '1206012', role: 'member', joined: null, left: null }
		]);
		expect(out.memberListRest).toBe('');
	});

	it('turns ambiguous and unknown pasted lines into errors listing the candidates', () => {
		const out = parse([['memberList', 'Skawina\nSejny\nNibylandia']], 'pl');
		expect(out.members.map((m) => m.teryt)).toEqual(['1206113']);
		expect(out.errors.memberList).toContain('wiersz 2: „Sejny” pasuje do kilku jednostek');
		expect(out.errors.memberList).toContain(
			'2009011 Sejny (gmina miejska, powiat sejneński) albo 2009052 Sejny (gmina wiejska'
		);
		expect(out.errors.memberList).toContain('wiersz 3: nie rozpoznano jednostki „Nibylandia”');
		expect(out.memberListRest).toBe('Sejny\nNibylandia');
	});

	it('names the row of a bad role, a forged code and bad dates, and keeps what was typed', () => {
		const out = parse([
			['members', '1206113:admin'],
			['members', '1206119:member'],
			['members', '12061134:member'],
			['members', "1206012:member:2015-02-30:x' OR 1=1"],
			['members', '1206072:member:2020:2019'],
			['members', '1206062:member:1:2:3']
		]);
		expect(out.errors['members.0.role']).toBe(
			'Member 1 (1206113 Skawina): role "admin": leader or member allowed'
		);
		expect(out.errors['members.1.teryt']).toBe('Member 2: no unit has the TERYT code 1206119');
		expect(out.errors['members.2.teryt']).toMatch(/"12061134" is not a TERYT code/);
		expect(out.errors['members.3.joined']).toMatch(/joined "2015-02-30" is neither a year/);
		expect(out.errors['members.3.left']).toMatch(/left "x' OR 1=1" is neither/);
		expect(out.errors['members.4.left']).toMatch(/left \(2019\) is before joined \(2020\)/);
		expect(out.errors['members.5.teryt']).toMatch(/not written as code:role/);
		expect(out.members[3]).toEqual({
			teryt: '1206012',
			role: 'member',
			joined: '2015-02-30',
			left: "x' OR 1=1"
		});
		expect(out.members).toHaveLength(6);
	});

	it('answers in Polish', () => {
		const out = parse([['members', '1206113:member:2015-13-01']], 'pl');
		expect(out.errors['members.0.joined']).toBe(
			'Członek 1 (1206113 Skawina): data przystąpienia „2015-13-01” nie jest rokiem (RRRR), miesiącem (RRRR-MM) ani datą (RRRR-MM-DD)'
		);
	});

	it('refuses more members than the limit (3000)', () => {
		const codes = (n: number) =>
			Array.from({ length: n }, (_, i) => ['members', `${9000000 + i}:member`] as [string, string]);
		expect(parse(codes(3000)).errors.members).toBeUndefined();
		expect(parse(codes(3001)).errors.members).toBe(
			'field "members": 3001 items, at most 3000 allowed'
		);
	});

	it('reads other members, skipping blank rows, and checks kind, role and lengths', () => {
		const row = (name: string, kind: string, country = '', role = 'member') => [
			['otherMembers.name', name],
			['otherMembers.kind', kind],
			['otherMembers.country', country],
			['otherMembers.town', ''],
			['otherMembers.role', role],
			['otherMembers.note', '']
		];
		const out = parse([
			...row('Uniwersytet Jagielloński', 'university'),
			...row('', 'ngo'),
			...row('Stadt Görlitz', 'foreign', 'DE', 'leader'),
			...row('Firma', 'spy'),
			...row('x'.repeat(501), 'ngo')
		] as [string, string][]);
		expect(out.otherMembers.slice(0, 2)).toEqual([
			{
				name: 'Uniwersytet Jagielloński',
				kind: 'university',
				country: null,
				town: null,
				role: 'member',
				note: null
			},
			{
				name: 'Stadt Görlitz',
				kind: 'foreign',
				country: 'DE',
				town: null,
				role: 'leader',
				note: null
			}
		]);
		expect(out.errors['otherMembers.2.kind']).toBe('Other member 3: unknown kind "spy"');
		expect(out.errors['otherMembers.3.name']).toMatch(/501 characters, at most 500/);
	});
});
