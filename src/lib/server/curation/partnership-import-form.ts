/**
 * The admin import page's form (/admin/partnerstwa/import): the uploaded file, or the table the
 * preview put in the page. That table is signed with the site's key for this user
 * (secret.ts), so it cannot be altered or replayed by another account; the import still reads,
 * matches and checks every row again (partnership-import.ts) and writes only a clean table.
 */
import type { Db } from '../db';
import type { Lang } from '../../format';
import { say } from '../../i18n';
import { IMPORT_MAX_BYTES, PARTNERSHIP_TABLE_LIMITS } from '../../limits';
import { keyedHash, keyedHashMatches } from '../secret';
import type { SessionUser } from '../auth/guard';
import {
	TABLE_COLUMNS,
	TableError,
	readPartnershipTable,
	type Table
} from '../import/partnership-table';

type Read = { ok: true; table: Table } | { ok: false; message: string };

const purpose = (user: Pick<SessionUser, 'id'>) => `partnership-import:${user.id}`;

/** The hidden fields that carry a previewed table to the import. */
export function signedTable(db: Db, user: Pick<SessionUser, 'id'>, table: Table) {
	const json = JSON.stringify(table);
	return { table: json, mac: keyedHash(db, purpose(user), json) };
}

/** A signed table's JSON as a Table, every value re-typed (the signature is checked first). */
function parseTable(json: string): Table | null {
	const raw = JSON.parse(json) as { file?: unknown; rows?: unknown };
	if (typeof raw.file !== 'string' || !Array.isArray(raw.rows)) return null;
	if (raw.rows.length > PARTNERSHIP_TABLE_LIMITS.rows) return null;
	const rows = raw.rows.map(
		(r: { line?: unknown; cells?: Record<string, unknown>; extra?: unknown }) => ({
			line: Number(r.line) || 0,
			cells: Object.fromEntries(
				TABLE_COLUMNS.map((c) => [c, String(r.cells?.[c] ?? '')])
			) as Table['rows'][number]['cells'],
			...(Number(r.extra) > 0 ? { extra: Number(r.extra) } : {})
		})
	);
	return { file: raw.file.slice(0, 200), rows };
}

export async function tableFromForm(
	form: FormData,
	db: Db,
	user: Pick<SessionUser, 'id'>,
	lang: Lang
): Promise<Read> {
	const file = form.get('file');
	if (file instanceof File && file.size > 0) {
		const name = (file.name || 'plik').slice(0, 200);
		if (file.size > IMPORT_MAX_BYTES)
			return {
				ok: false,
				message: say(
					lang,
					`${name}: plik ma ${file.size} bajtów, dozwolone ${IMPORT_MAX_BYTES}`,
					`${name}: the file has ${file.size} bytes, at most ${IMPORT_MAX_BYTES} allowed`
				)
			};
		try {
			return {
				ok: true,
				table: await readPartnershipTable(new Uint8Array(await file.arrayBuffer()), name)
			};
		} catch (e) {
			if (!(e instanceof TableError)) throw e;
			const p = e.problem;
			const where = `${p.file}${p.line === null ? '' : `:${p.line}`}`;
			return { ok: false, message: `${where}: ${say(lang, p.pl, p.en)}` };
		}
	}
	const json = form.get('table');
	const mac = form.get('mac');
	if (typeof json === 'string' && typeof mac === 'string' && json) {
		const table = keyedHashMatches(db, purpose(user), json, mac) ? parseTable(json) : null;
		if (table) return { ok: true, table };
		return {
			ok: false,
			message: say(
				lang,
				'Podgląd wygasł albo został zmieniony. Wczytaj plik ponownie.',
				'The preview has expired or was altered. Upload the file again.'
			)
		};
	}
	return {
		ok: false,
		message: say(lang, 'Wybierz plik CSV lub XLSX.', 'Choose a CSV or XLSX file.')
	};
}
