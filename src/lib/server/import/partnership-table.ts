/**
 * A table of partnerships and their member units, as curators keep them in spreadsheets: CSV
 * (UTF-8 with or without a BOM, separated by commas or by semicolons as Polish Excel writes it)
 * or XLSX, told apart by content (an XLSX is a ZIP with `xl/workbook.xml`), never by name. The
 * columns are a contract: `partnership,kind,member,role,joined,left,source_url`, one row per
 * member. This module reads the file and checks each row's own cells (kind, role, dates, link,
 * lengths); matching members to units and writing is curation/partnership-import.ts. Every
 * message names the file and its line (the header is line 1 of a CSV, row 1 of a sheet).
 */
import ExcelJS from 'exceljs';
import { parseCsvLines } from '../../csv';
import { isCalendarDate, isOrdered, isYearOrDate } from '../../dates';
import { PARTNERSHIP_KINDS, isPartnershipKind, type PartnershipKind } from '../../domain/kinds';
import { MEMBER_ROLES, isMemberRole, type MemberRole } from '../../domain/members';
import { FIELD_LIMITS, IMPORT_MAX_BYTES, PARTNERSHIP_TABLE_LIMITS } from '../../limits';
import { URL_PROBLEM_TEXT, checkUrl } from '../../safe-url';
import { listZip } from '../files/zip';

export const TABLE_COLUMNS = [
	'partnership',
	'kind',
	'member',
	'role',
	'joined',
	'left',
	'source_url'
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** One row of the table as read: its line in the file and its cells by column, trimmed. */
export interface TableRow {
	line: number;
	cells: Record<TableColumn, string>;
	/** Filled cells beyond the header's columns (a row that does not fit the header). */
	extra?: number;
}

/** The file as read: what the preview keeps between its two steps. */
export interface Table {
	file: string;
	rows: TableRow[];
}

/** A row's problem: the file, the line (null: the whole file), the column, Polish and English. */
export interface TableProblem {
	file: string;
	line: number | null;
	column?: TableColumn;
	pl: string;
	en: string;
}

/** `plik.csv:3: pl / en`: how the CLI prints a problem. */
export const problemText = (p: TableProblem) =>
	`${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.pl} / ${p.en}`;

/** A file that cannot be read as a table at all; nothing of it was read. */
export class TableError extends Error {
	constructor(readonly problem: TableProblem) {
		super(problemText(problem));
	}
}

/** A row whose cells passed their own checks, in the shapes the write path takes. */
export interface CheckedRow {
	line: number;
	partnership: string;
	kind: PartnershipKind | null;
	member: string;
	role: MemberRole;
	joined: string | null;
	left: string | null;
	sourceUrl: string | null;
}

const show = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** Reads a CSV or XLSX file into rows. Throws TableError when it is no such table. */
export async function readPartnershipTable(
	bytes: Uint8Array,
	file: string,
	maxBytes = IMPORT_MAX_BYTES
): Promise<Table> {
	const refuse = (pl: string, en: string): never => {
		throw new TableError({ file, line: null, pl, en });
	};
	if (bytes.length === 0) refuse('plik jest pusty', 'the file is empty');
	if (bytes.length > maxBytes)
		refuse(
			`plik ma ${bytes.length} bajtów, dozwolone ${maxBytes}`,
			`the file has ${bytes.length} bytes, at most ${maxBytes} allowed`
		);
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
	const grid = zip ? await xlsxGrid(bytes, refuse) : csvGrid(bytes, file, refuse);
	return { file, rows: toRows(grid, file) };
}

type Refuse = (pl: string, en: string) => never;
type Grid = { line: number; cells: string[] }[];

function csvGrid(bytes: Uint8Array, file: string, refuse: Refuse): Grid {
	if (/\.xlsx$/i.test(file))
		refuse(
			'plik nazwany .xlsx nie jest skoroszytem XLSX (nie jest archiwum ZIP)',
			'a file named .xlsx is not an XLSX workbook (it is not a ZIP archive)'
		);
	let text = '';
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		refuse(
			'plik nie jest tekstem UTF-8 ani skoroszytem XLSX (zapisz go jako „CSV UTF-8” albo XLSX)',
			'the file is neither UTF-8 text nor an XLSX workbook (save it as "CSV UTF-8" or XLSX)'
		);
	}
	const nul = text.indexOf('\u0000');
	if (nul >= 0) {
		const line = text.slice(0, nul).split('\n').length;
		throw new TableError({
			file,
			line,
			pl: 'znak NUL: to plik binarny albo UTF-16, nie CSV UTF-8',
			en: 'a NUL character: a binary or UTF-16 file, not UTF-8 CSV'
		});
	}
	text = text.replace(/^\uFEFF/, '');
	// The header says which separator the file uses: Polish Excel writes ";", others ",".
	const header = text.slice(0, text.search(/\r|\n|$/));
	const separator = header.split(';').length > header.split(',').length ? ';' : ',';
	return parseCsvLines(text, separator);
}

/** A cell of a sheet as text: numbers, dates (YYYY-MM-DD), links, rich text, formulas' results. */
function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value !== 'object') return String(value);
	if ('richText' in value) return value.richText.map((r) => r.text).join('');
	if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue) || value.hyperlink;
	if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
	if ('error' in value) return String(value.error);
	return '';
}

async function xlsxGrid(bytes: Uint8Array, refuse: Refuse): Promise<Grid> {
	const listing = listZip(bytes);
	if (!listing)
		refuse(
			'uszkodzone archiwum ZIP: to nie jest poprawny plik XLSX',
			'a damaged ZIP archive: not a valid XLSX file'
		);
	if (!listing!.names.includes('xl/workbook.xml'))
		refuse(
			'archiwum ZIP, które nie jest skoroszytem XLSX (brak xl/workbook.xml)',
			'a ZIP archive that is not an XLSX workbook (no xl/workbook.xml)'
		);
	const limit = PARTNERSHIP_TABLE_LIMITS.unpackedBytes;
	if (listing!.unpackedBytes > limit)
		refuse(
			`skoroszyt po rozpakowaniu ma ${listing!.unpackedBytes} bajtów, dozwolone ${limit}`,
			`the workbook unpacks to ${listing!.unpackedBytes} bytes, at most ${limit} allowed`
		);
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch (e) {
		const why = e instanceof Error ? e.message.slice(0, 200) : String(e);
		refuse(
			`nie da się odczytać skoroszytu XLSX (${why})`,
			`the XLSX workbook cannot be read (${why})`
		);
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) refuse('skoroszyt nie ma arkusza', 'the workbook has no sheet');
	const grid: Grid = [];
	sheet.eachRow({ includeEmpty: false }, (row, line) => {
		const values = Array.isArray(row.values) ? row.values.slice(1) : [];
		const cells = Array.from(values, (v) => cellText(v as ExcelJS.CellValue));
		if (cells.some((c) => c.trim() !== '')) grid.push({ line, cells });
	});
	return grid;
}

/** The grid's header → rows keyed by column; a missing column, or too many rows, refuses the file. */
function toRows(grid: Grid, file: string): TableRow[] {
	const [head, ...body] = grid;
	if (!head)
		throw new TableError({
			file,
			line: null,
			pl: 'plik nie ma wierszy',
			en: 'the file has no rows'
		});
	const names = head.cells.map((c) => c.trim().toLowerCase());
	const missing = TABLE_COLUMNS.filter((c) => !names.includes(c));
	if (missing.length)
		throw new TableError({
			file,
			line: head.line,
			pl: `w nagłówku brak kolumn: ${missing.join(', ')} (wymagane: ${TABLE_COLUMNS.join(',')})`,
			en: `the header lacks the columns: ${missing.join(', ')} (required: ${TABLE_COLUMNS.join(',')})`
		});
	const max = PARTNERSHIP_TABLE_LIMITS.rows;
	if (body.length > max)
		throw new TableError({
			file,
			line: null,
			pl: `plik ma ${body.length} wierszy, dozwolone ${max}`,
			en: `the file has ${body.length} rows, at most ${max} allowed`
		});
	const at = Object.fromEntries(TABLE_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
		TableColumn,
		number
	>;
	return body
		.filter((r) => r.cells.some((c) => c.trim() !== ''))
		.map((r) => {
			const extra = r.cells.slice(names.length).filter((c) => c.trim() !== '').length;
			return {
				line: r.line,
				cells: Object.fromEntries(
					TABLE_COLUMNS.map((c) => [c, (r.cells[at[c]] ?? '').trim()])
				) as Record<TableColumn, string>,
				...(extra ? { extra } : {})
			};
		});
}

/** `2015`, `2015-06`, `2015-06-17` or the Polish `17.06.2015` → the stored form; null if none. */
export function readTableDate(s: string): string | null {
	const pl = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
	if (pl) {
		const [d, m, y] = [Number(pl[1]), Number(pl[2]), Number(pl[3])];
		if (!isCalendarDate(y, m, d)) return null;
		return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	}
	return isYearOrDate(s) ? s : null;
}

/**
 * Excel keeps a TERYT code typed as a number without its leading zero (dolnośląskie is 02):
 * 1, 3 or 6 digits are a code of 2, 4 or 7 with the zero put back.
 */
function memberCell(s: string): string {
	return /^(?:\d|\d{3}|\d{6})$/.test(s) ? `0${s}` : s;
}

/** Checks each row's cells. Rows with a problem are left out of `rows` and named in `problems`. */
export function checkTableRows(table: Table): { rows: CheckedRow[]; problems: TableProblem[] } {
	const problems: TableProblem[] = [];
	const rows: CheckedRow[] = [];
	for (const { line, cells, extra } of table.rows) {
		const before = problems.length;
		if (extra) {
			problems.push({
				file: table.file,
				line,
				pl: `wiersz ma ${extra} wypełnionych komórek poza kolumnami nagłówka (${TABLE_COLUMNS.join(',')})`,
				en: `the row has ${extra} filled cells beyond the header's columns (${TABLE_COLUMNS.join(',')})`
			});
			continue;
		}
		const add = (column: TableColumn, pl: string, en: string) =>
			problems.push({
				file: table.file,
				line,
				column,
				pl: `${column}: ${pl}`,
				en: `${column}: ${en}`
			});
		for (const c of TABLE_COLUMNS)
			if (cells[c].length > PARTNERSHIP_TABLE_LIMITS.cell)
				add(
					c,
					`${cells[c].length} znaków, dozwolone ${PARTNERSHIP_TABLE_LIMITS.cell}`,
					`${cells[c].length} characters, at most ${PARTNERSHIP_TABLE_LIMITS.cell} allowed`
				);
		if (problems.length > before) continue;
		const name = cells.partnership.replace(/\s+/g, ' ');
		if (!name) add('partnership', 'brak nazwy partnerstwa', 'no partnership name');
		else if (name.length > FIELD_LIMITS.name.maxLength)
			add(
				'partnership',
				`${name.length} znaków, dozwolone ${FIELD_LIMITS.name.maxLength}`,
				`${name.length} characters, at most ${FIELD_LIMITS.name.maxLength} allowed`
			);
		const kind = cells.kind.toLowerCase();
		if (kind && !isPartnershipKind(kind))
			add(
				'kind',
				`nieznany rodzaj „${show(cells.kind)}”; dozwolone: ${PARTNERSHIP_KINDS.join(', ')}`,
				`unknown kind "${show(cells.kind)}"; allowed: ${PARTNERSHIP_KINDS.join(', ')}`
			);
		const member = memberCell(cells.member);
		if (!member)
			add('member', 'brak członka (kod TERYT albo nazwa)', 'no member (TERYT code or name)');
		else if (member.length > FIELD_LIMITS.memberList.maxLength)
			add(
				'member',
				`${member.length} znaków, dozwolone ${FIELD_LIMITS.memberList.maxLength}`,
				`${member.length} characters, at most ${FIELD_LIMITS.memberList.maxLength} allowed`
			);
		const role = cells.role.toLowerCase() || 'member';
		if (!isMemberRole(role))
			add(
				'role',
				`nieznana rola „${show(cells.role)}”; dozwolone: ${MEMBER_ROLES.join(', ')} (puste: member)`,
				`unknown role "${show(cells.role)}"; allowed: ${MEMBER_ROLES.join(', ')} (empty: member)`
			);
		const date = (column: 'joined' | 'left') => {
			const raw = cells[column];
			if (!raw) return null;
			const d = readTableDate(raw);
			if (d === null)
				add(
					column,
					`„${show(raw)}” nie jest rokiem (2015), miesiącem (2015-06) ani datą (2015-06-17, 17.06.2015)`,
					`"${show(raw)}" is neither a year (2015), a month (2015-06) nor a date (2015-06-17, 17.06.2015)`
				);
			return d;
		};
		const joined = date('joined');
		const left = date('left');
		if (joined && left && !isOrdered(joined, left))
			add(
				'left',
				`wystąpienie (${left}) przed przystąpieniem (${joined})`,
				`left (${left}) is before joined (${joined})`
			);
		let sourceUrl: string | null = null;
		if (cells.source_url) {
			const checked = checkUrl(cells.source_url);
			if (checked.ok && /^https?:/.test(checked.href)) sourceUrl = checked.href;
			else {
				const [pl, en] = checked.ok
					? [
							'dozwolone są tylko adresy http: i https:',
							'only http: and https: addresses are allowed'
						]
					: URL_PROBLEM_TEXT[checked.problem].split(' / ');
				add(
					'source_url',
					`„${show(cells.source_url)}”: ${pl}`,
					`"${show(cells.source_url)}": ${en}`
				);
			}
		}
		if (problems.length > before) continue;
		rows.push({
			line,
			partnership: name,
			kind: (kind || null) as PartnershipKind | null,
			member,
			role: role as MemberRole,
			joined,
			left,
			sourceUrl
		});
	}
	return { rows, problems };
}
