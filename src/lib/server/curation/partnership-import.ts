/**
 * A table of partnerships and their members (import/partnership-table.ts reads it) into the
 * database: each member cell matched to a unit with the pasted list's matcher (member-list.ts),
 * rows grouped into partnerships by name, each found by its name (case and diacritics aside) or
 * created. Nothing is written unless every row is resolved: no ambiguous or unknown member, no
 * error. Then all of it is ONE transaction through the curation workflow (workflow.ts: a revision
 * per record, published, merged areas recomputed, a new data version), so a failure anywhere
 * leaves the database as it was. A dry run is the same transaction, undone, so it reports exactly
 * what the import would do. An import that changes nothing writes nothing (no revision, no new
 * data version).
 */
import type { Db } from '../db';
import { foldPolish } from '../../text';
import type { UnitInfo } from '../../domain/members';
import type { PartnershipKind } from '../../domain/kinds';
import { RecordError } from '../records/checks';
import type { PartnershipInput, SourceInput } from '../records/types';
import { unitIndex } from '../units';
import { matchMemberCell, unitsOfMatches, type CellMatch } from './member-list';
import { diffInputs } from './diff';
import { emptyInput } from './snapshots';
import { loadEditable, publishRecord, saveRecord, type Author } from './workflow';
import {
	checkTableRows,
	type CheckedRow,
	type Table,
	type TableProblem
} from '../import/partnership-table';

/** A row's member as matched: the unit, the candidates to choose from, or why none. */
export interface MemberRow {
	line: number;
	partnership: string;
	text: string;
	unit?: UnitInfo;
	candidates?: UnitInfo[];
	problem?: { pl: string; en: string };
}

/** What the import does (or would do) to one partnership. */
export interface PlanItem {
	name: string;
	/** Null: a new one (in a dry run, not created). */
	id: number | null;
	action: 'create' | 'update' | 'unchanged';
	members: number;
	/** The fields that change (`members`, `kind`, `sources`). */
	changes: string[];
	/** Whether the result is public: archived and hidden partnerships keep their state. */
	published: boolean;
}

export interface ImportReport {
	file: string;
	rows: number;
	matched: MemberRow[];
	ambiguous: MemberRow[];
	unknown: MemberRow[];
	errors: TableProblem[];
	/** What would be (or was) done; only for a clean report. */
	plan: PlanItem[];
	clean: boolean;
	written: boolean;
}

interface Group {
	key: string;
	name: string;
	lines: number[];
	kind: PartnershipKind | null;
	existing: number | null;
	members: { code: string; row: CheckedRow }[];
	sources: string[];
}

const IMPORT_NOTE = (file: string) => `import z pliku / imported from ${file.slice(0, 200)}`;

/** Partnerships by folded name: an exact match of the name, case and diacritics aside. */
function partnershipsByName(db: Db): Map<string, { id: number; name: string }[]> {
	const out = new Map<string, { id: number; name: string }[]>();
	const rows = db.$client.prepare('SELECT id, name FROM partnerships ORDER BY id').all() as {
		id: number;
		name: string;
	}[];
	for (const r of rows) {
		const k = foldPolish(r.name);
		out.set(k, [...(out.get(k) ?? []), r]);
	}
	return out;
}

/** Checks, matches and groups the rows: the report without its plan, and the groups to write. */
function analyse(db: Db, table: Table): { report: ImportReport; groups: Group[] } {
	const { rows, problems } = checkTableRows(table);
	const errors = [...problems];
	const index = unitIndex(db);
	const matches = rows.map((r) => matchMemberCell(index, r.member));
	const infos = unitsOfMatches(db, matches);
	const report: ImportReport = {
		file: table.file,
		rows: table.rows.length,
		matched: [],
		ambiguous: [],
		unknown: [],
		errors,
		plan: [],
		clean: false,
		written: false
	};
	const err = (line: number, pl: string, en: string) =>
		errors.push({ file: table.file, line, pl, en });
	const existing = partnershipsByName(db);
	const groups = new Map<string, Group>();
	rows.forEach((row, i) => {
		const m: CellMatch = matches[i];
		const base = { line: row.line, partnership: row.partnership, text: row.member };
		if (m.status === 'ambiguous')
			report.ambiguous.push({ ...base, candidates: m.codes.map((c) => infos.get(c)!) });
		else if (m.status === 'unknown') report.unknown.push({ ...base, problem: m });
		else report.matched.push({ ...base, unit: infos.get(m.code) });
		const key = foldPolish(row.partnership);
		let g = groups.get(key);
		if (!g) {
			const found = existing.get(key) ?? [];
			if (found.length > 1)
				err(
					row.line,
					`w bazie jest ${found.length} partnerstw o nazwie „${row.partnership}” (${found.map((f) => f.id).join(', ')}); zmień nazwę jednego z nich`,
					`the database has ${found.length} partnerships named "${row.partnership}" (${found.map((f) => f.id).join(', ')}); rename one of them`
				);
			g = {
				key,
				name: found[0]?.name ?? row.partnership,
				lines: [],
				kind: null,
				existing: found[0]?.id ?? null,
				members: [],
				sources: []
			};
			groups.set(key, g);
		}
		g.lines.push(row.line);
		if (row.kind) {
			if (g.kind && g.kind !== row.kind) {
				const first = rows.find((r) => foldPolish(r.partnership) === key && r.kind)!;
				err(
					row.line,
					`partnerstwo „${g.name}” ma dwa rodzaje: ${g.kind} (wiersz ${first.line}) i ${row.kind}`,
					`the partnership "${g.name}" is given two kinds: ${g.kind} (line ${first.line}) and ${row.kind}`
				);
			} else g.kind = row.kind;
		}
		if (row.sourceUrl && !g.sources.includes(row.sourceUrl)) g.sources.push(row.sourceUrl);
		if (m.status !== 'matched') return;
		const twin = g.members.find((x) => x.code === m.code);
		if (twin)
			err(
				row.line,
				`${m.code} ${infos.get(m.code)?.name ?? ''} jest już członkiem „${g.name}” (wiersz ${twin.row.line})`,
				`${m.code} ${infos.get(m.code)?.name ?? ''} is already a member of "${g.name}" (line ${twin.row.line})`
			);
		else g.members.push({ code: m.code, row });
	});
	for (const g of groups.values())
		if (g.existing === null && !g.kind)
			err(
				g.lines[0],
				`nowe partnerstwo „${g.name}” potrzebuje rodzaju (kolumna kind)`,
				`the new partnership "${g.name}" needs a kind (column kind)`
			);
	errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	report.clean = !report.ambiguous.length && !report.unknown.length && !errors.length;
	return { report, groups: [...groups.values()] };
}

const sourceOf = (url: string): SourceInput => ({
	name: new URL(url).hostname,
	url,
	verifiedAt: null
});

/**
 * The partnership as the table makes it: an existing one's newest version with the table's
 * members (those it had keep their place, in their order; new ones follow in the table's), its
 * kind when given, and the table's source links added to its sources.
 */
function inputOf(g: Group, base: PartnershipInput): PartnershipInput {
	const fromTable = new Map(g.members.map((m) => [m.code, m.row]));
	const member = (code: string) => {
		const r = fromTable.get(code)!;
		return { teryt: code, role: r.role, joined: r.joined, left: r.left };
	};
	const kept = base.members.filter((m) => fromTable.has(m.teryt)).map((m) => member(m.teryt));
	const added = g.members.filter((m) => !base.members.some((b) => b.teryt === m.code));
	const known = new Set(base.sources.map((s) => s.url));
	return {
		...base,
		name: base.name || g.name,
		kind: g.kind ?? base.kind,
		members: [...kept, ...added.map((m) => member(m.code))],
		sources: [...base.sources, ...g.sources.filter((u) => !known.has(u)).map(sourceOf)]
	};
}

/** Writes every group; runs inside the caller's transaction. */
function apply(db: Db, groups: Group[], author: Author, file: string): PlanItem[] {
	return groups.map((g): PlanItem => {
		const note = IMPORT_NOTE(file);
		if (g.existing === null) {
			const input = inputOf(g, emptyInput('partnerstwo'));
			const saved = saveRecord(db, 'partnerstwo', null, input, { author, baseRevision: 0, note });
			publishRecord(db, 'partnerstwo', saved.id, author);
			return {
				name: g.name,
				id: saved.id,
				action: 'create',
				members: input.members.length,
				changes: ['*'],
				published: true
			};
		}
		const record = loadEditable(db, 'partnerstwo', g.existing)!;
		const input = inputOf(g, record.input);
		// Archived and hidden partnerships keep their state (the change is saved, not published).
		const publishes = record.status === 'published' || record.status === 'draft';
		let changes: string[] = [];
		if (diffInputs(record.input, input).length > 0)
			changes = saveRecord(db, 'partnerstwo', g.existing, input, {
				author,
				baseRevision: record.revision,
				note
			}).changes.map((c) => c.field);
		// A published one's other pending edits are published only along with a change of ours.
		const publish = publishes && (changes.length > 0 || record.status === 'draft');
		if (publish) publishRecord(db, 'partnerstwo', g.existing, author);
		return {
			name: g.name,
			id: g.existing,
			action: changes.length || publish ? 'update' : 'unchanged',
			members: input.members.length,
			changes: changes.length || !publish ? changes : ['status'],
			published: publishes
		};
	});
}

/** Thrown inside the transaction to undo a dry run. */
class Rollback extends Error {}

/**
 * Checks the table and, when every row is resolved, imports it (one transaction) or, with
 * `dryRun`, finds what importing would do and undoes it. The report says which.
 */
export function importPartnershipTable(
	db: Db,
	table: Table,
	author: Author,
	opts: { dryRun?: boolean } = {}
): ImportReport {
	const { report, groups } = analyse(db, table);
	if (!report.clean) return report;
	try {
		db.$client.transaction(() => {
			report.plan = apply(db, groups, author, table.file);
			if (opts.dryRun) throw new Rollback();
		})();
		report.written = report.plan.some((p) => p.action !== 'unchanged');
	} catch (e) {
		if (e instanceof Rollback) {
			for (const p of report.plan) if (p.action === 'create') p.id = null;
			return report;
		}
		if (!(e instanceof RecordError)) throw e;
		report.plan = [];
		report.clean = false;
		const [pl, en = pl] = e.message.split(' / ');
		report.errors.push({ file: table.file, line: null, pl, en });
	}
	return report;
}
