/**
 * A pasted list of partnership members (names or TERYT codes, one a line, or the first column
 * of a spreadsheet's rows) matched to units with the unit matcher (src/lib/units/match.ts). A
 * name that fits more than one unit ("Sejny": the town and the rural gmina) is never guessed:
 * its row lists the candidates, and a person chooses.
 */
import type { Db } from '../db';
import { matchUnit, resolveWojewodztwo, type UnitIndex } from '../../units/match';
import { resolvePowiatHint } from '../../units/unit-names';
import { TERYT_SHAPE, type MemberLine, type UnitInfo } from '../../domain/members';

export type { MemberLine, UnitInfo };
import { FIELD_LIMITS } from '../../limits';
import { unitIndex } from '../units';

/** Most lines of a pasted list, and the longest line (src/lib/limits.ts). */
export const MEMBER_LIST_MAX_LINES = FIELD_LIMITS.memberList.maxItems;
export const MEMBER_LIST_MAX_LINE = FIELD_LIMITS.memberList.maxLength;

/** Longest pasted list: every line at its longest, with its line break. */
export const MEMBER_LIST_MAX_CHARS = MEMBER_LIST_MAX_LINES * (MEMBER_LIST_MAX_LINE + 2);

/** A list that is too long to match at all; nothing was read. */
export class MemberListError extends Error {
	constructor(
		readonly pl: string,
		readonly en: string
	) {
		super(`${pl} / ${en}`);
	}
}

/** Name, type, powiat and województwo of the units `codes`, in their order; unknown codes are left out. */
export function unitsByCodes(db: Db, codes: readonly string[]): UnitInfo[] {
	const rows = db.$client
		.prepare(
			`SELECT u.code, u.name, u.level, u.gmina_type AS gminaType, p.name AS powiat,
			w.name AS wojewodztwo
			FROM units u LEFT JOIN units p ON p.code = u.pow_code LEFT JOIN units w ON w.code = u.woj_code
			WHERE u.code IN (SELECT value FROM json_each(?))`
		)
		.all(JSON.stringify([...new Set(codes)])) as UnitInfo[];
	const byCode = new Map(
		rows.map((r) => [r.code, { ...r, wojewodztwo: r.level === 'woj' ? null : r.wojewodztwo }])
	);
	return codes.map((c) => byCode.get(c)).filter((u): u is UnitInfo => u !== undefined);
}

/** The cell of a line that names the unit: a TERYT code in any column, else the first column. */
function cellOf(line: string): string {
	const cells = line.split(/[;\t]/).map((c) =>
		c
			.trim()
			.replace(/^"(.*)"$/, '$1')
			.trim()
	);
	return cells.find((c) => TERYT_SHAPE.test(c)) ?? cells[0] ?? '';
}

/**
 * "Czernichów (krakowski)", "Sejny (sejneński, podlaskie)": a name and, in brackets, its powiat
 * and/or województwo. Null when the brackets hold something else (official names carry brackets
 * of their own: "Słupia (Jędrzejowska)"), so the whole text is matched as a name.
 */
function withHints(
	index: UnitIndex,
	text: string
): { name: string; powiat?: string; wojewodztwo?: string } | null {
	const m = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(text);
	if (!m) return null;
	const out: { name: string; powiat?: string; wojewodztwo?: string } = { name: m[1] };
	for (const part of m[2].split(/\s*,\s*/)) {
		if (!out.wojewodztwo && resolveWojewodztwo(index, part)) out.wojewodztwo = part;
		else if (!out.powiat && resolvePowiatHint(index, part, null).size) out.powiat = part;
		else return null;
	}
	return out;
}

/** What one cell names: a unit, several (a person chooses), or none and why (Polish, English). */
export type CellMatch =
	| { status: 'matched'; code: string }
	| { status: 'ambiguous'; codes: string[] }
	| { status: 'unknown'; pl: string; en: string };

/**
 * Matches one cell: a TERYT code of any level (it must exist), or a name with an optional
 * powiat and/or województwo in brackets (`Sejny (sejneński)`, `Świętajno (powiat olecki)`).
 */
export function matchMemberCell(index: UnitIndex, cell: string): CellMatch {
	if (TERYT_SHAPE.test(cell))
		return index.byCode.has(cell)
			? { status: 'matched', code: cell }
			: {
					status: 'unknown',
					pl: `nie ma jednostki o kodzie TERYT ${cell}`,
					en: `no unit has the TERYT code ${cell}`
				};
	const hinted = withHints(index, cell);
	const result = hinted ? matchUnit(index, hinted.name, hinted) : matchUnit(index, cell);
	if (result.status === 'matched') return { status: 'matched', code: result.teryt };
	if (result.status === 'ambiguous') return { status: 'ambiguous', codes: result.candidates };
	return {
		status: 'unknown',
		pl: `nie rozpoznano jednostki „${cell}”`,
		en: `no unit recognised in "${cell}"`
	};
}

/** Name, type, powiat and województwo of every unit the matches name, by code. */
export function unitsOfMatches(db: Db, matches: readonly CellMatch[]): Map<string, UnitInfo> {
	const codes = matches.flatMap((m) =>
		m.status === 'matched' ? [m.code] : m.status === 'ambiguous' ? m.codes : []
	);
	return new Map(unitsByCodes(db, codes).map((u) => [u.code, u]));
}

/** Matches every non-empty line of `text`. Throws MemberListError when the list is over its limits. */
export function matchMemberList(db: Db, text: string): { rows: MemberLine[] } {
	if (text.length > MEMBER_LIST_MAX_CHARS)
		throw new MemberListError(
			`lista ma ${text.length} znaków, dozwolone ${MEMBER_LIST_MAX_CHARS}`,
			`the list has ${text.length} characters, at most ${MEMBER_LIST_MAX_CHARS} allowed`
		);
	const lines = text.split(/\r\n|\r|\n/);
	const filled = lines.filter((l) => l.trim()).length;
	if (filled > MEMBER_LIST_MAX_LINES)
		throw new MemberListError(
			`lista ma ${filled} wierszy, dozwolone ${MEMBER_LIST_MAX_LINES}`,
			`the list has ${filled} lines, at most ${MEMBER_LIST_MAX_LINES} allowed`
		);
	const index = unitIndex(db);
	const pending: { line: number; text: string; match: CellMatch }[] = [];
	lines.forEach((raw, i) => {
		if (!raw.trim()) return;
		const line = i + 1;
		if (raw.length > MEMBER_LIST_MAX_LINE) {
			pending.push({
				line,
				text: `${raw.slice(0, 60)}…`,
				match: {
					status: 'unknown',
					pl: `${raw.length} znaków, dozwolone ${MEMBER_LIST_MAX_LINE}`,
					en: `${raw.length} characters, at most ${MEMBER_LIST_MAX_LINE} allowed`
				}
			});
			return;
		}
		const cell = cellOf(raw);
		pending.push({ line, text: cell, match: matchMemberCell(index, cell) });
	});
	const infos = unitsOfMatches(
		db,
		pending.map((p) => p.match)
	);
	return {
		rows: pending.map(({ line, text, match }): MemberLine => {
			if (match.status === 'matched')
				return { line, text, status: 'matched', unit: infos.get(match.code) };
			if (match.status === 'ambiguous')
				return {
					line,
					text,
					status: 'ambiguous',
					candidates: match.codes.map((c) => infos.get(c)!).filter(Boolean)
				};
			return {
				line,
				text,
				status: 'unknown',
				problem: { pl: `wiersz ${line}: ${match.pl}`, en: `line ${line}: ${match.en}` }
			};
		})
	};
}
