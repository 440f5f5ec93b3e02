/**
 * A partnership form's members, read from its fields and checked. Three ways in, all accepted
 * together (their members merged, first seen first):
 * - compact: repeated `members=<teryt>:<role>[:<joined>[:<left>]]` (what the picker sends with
 *   JavaScript, and what the API's property names promise: `members=1206113:leader`);
 * - parallel: repeated `members.teryt`, `members.role`, `members.joined`, `members.left`, one of
 *   each per row in the same order (the server-rendered rows without JavaScript);
 * - `memberList`: pasted names or TERYT codes, matched on save (member-list.ts); ambiguous and
 *   unknown lines become errors, and stay in `memberListRest` for the form to show again.
 * Other members: repeated `otherMembers.name`, `.kind`, `.country`, `.town`, `.role`, `.note`.
 *
 * Error keys: `members` (the list as a whole), `members.<i>` / `members.<i>.<part>` for the i-th
 * returned member (part: teryt, role, joined, left), `memberList`, `otherMembers` and
 * `otherMembers.<i>.<part>`. Rows with errors are still returned as typed, so nothing is lost.
 */
import type { Db } from '../db';
import { say, type MessageLang } from '../../i18n';
import {
	memberProblems,
	splitMember,
	type MemberProblem,
	type MemberRole,
	type MemberUnit,
	type OtherMember,
	type UnitInfo
} from '../../domain/members';
import { unitTypeLabel } from '../../teryt';
import { MEMBER_KINDS, type MemberKind } from '../../domain/kinds';
import { countProblem, lengthProblem } from '../../limits';
import { MemberListError, matchMemberList, unitsByCodes } from './member-list';

export type { OtherMember };

export interface MemberFields {
	members: MemberUnit[];
	otherMembers: OtherMember[];
	errors: Record<string, string>;
	/** The lines of `memberList` that did not become members (to show in the textarea again). */
	memberListRest: string;
}

type Raw = { teryt: string; role: string; joined: string; left: string; extra?: boolean };

const OTHER_PARTS = ['name', 'kind', 'country', 'town', 'role', 'note'] as const;

function strings(form: FormData, name: string): string[] {
	return form.getAll(name).map((v) => (typeof v === 'string' ? v.trim() : ''));
}

function problemText(p: MemberProblem, raw: Raw, lang: MessageLang): string {
	switch (p) {
		case 'format':
			return say(lang, 'zapis inny niż kod:rola[:od[:do]]', 'not written as code:role[:from[:to]]');
		case 'teryt':
			return say(
				lang,
				`„${raw.teryt.slice(0, 20)}” nie jest kodem TERYT (2, 4 albo 7 cyfr)`,
				`"${raw.teryt.slice(0, 20)}" is not a TERYT code (2, 4 or 7 digits)`
			);
		case 'role':
			return say(
				lang,
				`rola „${raw.role.slice(0, 20)}”: dozwolone lider albo członek`,
				`role "${raw.role.slice(0, 20)}": leader or member allowed`
			);
		case 'joined':
		case 'left': {
			const v = raw[p].slice(0, 20);
			return p === 'joined'
				? say(
						lang,
						`data przystąpienia „${v}” nie jest rokiem (RRRR), miesiącem (RRRR-MM) ani datą (RRRR-MM-DD)`,
						`joined "${v}" is neither a year (YYYY), a month (YYYY-MM) nor a date (YYYY-MM-DD)`
					)
				: say(
						lang,
						`data wystąpienia „${v}” nie jest rokiem (RRRR), miesiącem (RRRR-MM) ani datą (RRRR-MM-DD)`,
						`left "${v}" is neither a year (YYYY), a month (YYYY-MM) nor a date (YYYY-MM-DD)`
					);
		}
		case 'order':
			return say(
				lang,
				`data wystąpienia (${raw.left}) jest wcześniejsza niż data przystąpienia (${raw.joined})`,
				`left (${raw.left}) is before joined (${raw.joined})`
			);
	}
}

/** The members and other members of a partnership form, checked (see the file's comment). */
export function parseMemberFields(form: FormData, db: Db, lang: MessageLang): MemberFields {
	const errors: Record<string, string> = {};
	const raws: Raw[] = strings(form, 'members')
		.filter(Boolean)
		.map((v) => splitMember(v));
	const cols = {
		teryt: strings(form, 'members.teryt'),
		role: strings(form, 'members.role'),
		joined: strings(form, 'members.joined'),
		left: strings(form, 'members.left')
	};
	const lengths = new Set(Object.values(cols).map((c) => c.length));
	if (lengths.size > 1)
		errors.members = say(
			lang,
			'pola członków (members.teryt, .role, .joined, .left) mają różne liczby wierszy',
			'the member fields (members.teryt, .role, .joined, .left) have different numbers of rows'
		);
	else
		cols.teryt.forEach((teryt, i) => {
			if (teryt)
				raws.push({
					teryt,
					role: cols.role[i] || 'member',
					joined: cols.joined[i],
					left: cols.left[i]
				});
		});

	// Members ticked "Usuń" without JavaScript leave (a pasted list may still add them again).
	const removed = new Set(strings(form, 'members.remove'));
	if (removed.size > 0) raws.splice(0, raws.length, ...raws.filter((r) => !removed.has(r.teryt)));

	const list = form.get('memberList');
	let memberListRest = '';
	if (typeof list === 'string' && list.trim()) {
		try {
			const rest: string[] = [];
			const problems: string[] = [];
			for (const row of matchMemberList(db, list).rows) {
				if (row.status === 'matched' && row.unit)
					raws.push({ teryt: row.unit.code, role: 'member', joined: '', left: '' });
				else {
					rest.push(row.text);
					problems.push(
						row.status === 'ambiguous'
							? say(
									lang,
									`wiersz ${row.line}: „${row.text}” pasuje do kilku jednostek: ${describe(row.candidates, 'pl')}`,
									`line ${row.line}: "${row.text}" fits several units: ${describe(row.candidates, 'en')}`
								)
							: say(lang, row.problem!.pl, row.problem!.en)
					);
				}
			}
			memberListRest = rest.join('\n');
			if (problems.length) errors.memberList = problems.join('; ');
		} catch (e) {
			if (!(e instanceof MemberListError)) throw e;
			errors.memberList = say(lang, e.pl, e.en);
			memberListRest = list;
		}
	}

	// Merge members named twice: the first row's values, gaps filled by later rows; a leader wins.
	const merged = new Map<string, Raw>();
	for (const r of raws) {
		const seen = merged.get(r.teryt);
		if (!seen) merged.set(r.teryt, { ...r });
		else {
			if (r.role === 'leader') seen.role = 'leader';
			seen.joined ||= r.joined;
			seen.left ||= r.left;
		}
	}
	const rows = [...merged.values()];
	const count = countProblem('members', rows.length);
	if (count) errors.members = say(lang, count.pl, count.en);
	const known = new Map(
		unitsByCodes(
			db,
			rows.map((r) => r.teryt)
		).map((u) => [u.code, u])
	);
	const members: MemberUnit[] = rows.map((r, i) => {
		const unit = known.get(r.teryt);
		const who = unit ? `${r.teryt} ${unit.name}` : r.teryt.slice(0, 20);
		const problems = memberProblems(r);
		if (r.extra) problems.unshift('format');
		if (!problems.includes('teryt') && !unit)
			errors[`members.${i}.teryt`] = say(
				lang,
				`Członek ${i + 1}: nie ma jednostki o kodzie TERYT ${r.teryt}`,
				`Member ${i + 1}: no unit has the TERYT code ${r.teryt}`
			);
		for (const p of problems) {
			const part = p === 'order' ? 'left' : p === 'format' ? 'teryt' : p;
			errors[`members.${i}.${part}`] = say(
				lang,
				`Członek ${i + 1} (${who}): ${problemText(p, r, 'pl')}`,
				`Member ${i + 1} (${who}): ${problemText(p, r, 'en')}`
			);
		}
		return {
			teryt: r.teryt,
			role: (r.role === 'leader' ? 'leader' : 'member') as MemberRole,
			joined: r.joined || null,
			left: r.left || null
		};
	});
	return { members, otherMembers: otherMembers(form, errors, lang), errors, memberListRest };
}

/** "2009011 Sejny (gmina miejska, powiat sejneński) albo 2009052 Sejny (gmina wiejska, …)". */
function describe(units: UnitInfo[] | undefined, lang: 'pl' | 'en'): string {
	return (units ?? [])
		.map((u) => {
			const what = [unitTypeLabel(u, lang), u.level === 'gmi' ? u.powiat : null].filter(Boolean);
			return `${u.code} ${u.name} (${what.join(', ')})`;
		})
		.join(lang === 'pl' ? ' albo ' : ' or ');
}

function otherMembers(
	form: FormData,
	errors: Record<string, string>,
	lang: MessageLang
): OtherMember[] {
	const cols = Object.fromEntries(
		OTHER_PARTS.map((p) => [p, strings(form, `otherMembers.${p}`)])
	) as Record<(typeof OTHER_PARTS)[number], string[]>;
	const n = Math.max(...OTHER_PARTS.map((p) => cols[p].length));
	const out: OtherMember[] = [];
	for (let i = 0; i < n; i++) {
		const v = (p: (typeof OTHER_PARTS)[number]) => cols[p][i] ?? '';
		// A row left empty (the blank row of a form) is no member.
		if (OTHER_PARTS.every((p) => p === 'kind' || p === 'role' || !v(p))) continue;
		const at = out.length;
		const row = `${lang === 'en' ? 'Other member' : 'Inny członek'} ${at + 1}`;
		const err = (part: string, pl: string, en: string) =>
			(errors[`otherMembers.${at}.${part}`] = say(lang, `${row}: ${pl}`, `${row}: ${en}`));
		if (!v('name')) err('name', 'brak nazwy', 'the name is missing');
		const kind = v('kind') || 'other';
		if (!(MEMBER_KINDS as readonly string[]).includes(kind))
			err('kind', `nieznany rodzaj „${kind.slice(0, 20)}”`, `unknown kind "${kind.slice(0, 20)}"`);
		const role = v('role') || 'member';
		if (role !== 'leader' && role !== 'member')
			err(
				'role',
				`rola „${role.slice(0, 20)}”: dozwolone lider albo członek`,
				`role "${role.slice(0, 20)}": leader or member allowed`
			);
		for (const p of ['name', 'country', 'town', 'note'] as const) {
			const problem = lengthProblem('otherMembers', v(p));
			if (problem) err(p, problem.pl, problem.en);
		}
		out.push({
			name: v('name'),
			kind: (MEMBER_KINDS as readonly string[]).includes(kind) ? (kind as MemberKind) : 'other',
			country: v('country') || null,
			town: v('town') || null,
			role: role === 'leader' ? 'leader' : 'member',
			note: v('note') || null
		});
	}
	const count = countProblem('otherMembers', out.length);
	if (count) errors.otherMembers = say(lang, count.pl, count.en);
	return out;
}
