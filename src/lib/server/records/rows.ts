/**
 * Mapping of stored rows to record shapes and back, shared by reading (read.ts) and writing
 * (write.ts), driven by the field tables of src/lib/domain/fields.ts.
 */
import { METRYKA_FIELDS, fromColumn, toColumn, type RecordField } from '../../domain/fields';
import type { Db } from '../db';
import type { AttachmentInput, Metryka, SourceInput } from './types';

/** The Metryka of a practice from its `practices` row (columns as in the schema). */
export function metrykaFromRow(r: Record<string, unknown>): Metryka {
	return Object.fromEntries(
		METRYKA_FIELDS.map((f) => [f.name, fromColumn(f.type, r[f.column])])
	) as Metryka;
}

/** The columns of some fields, for INSERT and UPDATE statements. */
export function columnsOf(fields: readonly RecordField[]): string[] {
	return fields.map((f) => f.column);
}

/** The values of some fields of a record, in the order of columnsOf(fields). */
export function valuesOf(
	fields: readonly RecordField[],
	record: object
): (string | number | null)[] {
	const r = record as Record<string, unknown>;
	return fields.map((f) => toColumn(f.type, r[f.name]));
}

/** `INSERT INTO table (columns) VALUES (?, …)` and `UPDATE table SET column = ?, … WHERE id = ?`. */
export function writeStatements(
	table: string,
	columns: readonly string[]
): { insert: string; update: string } {
	return {
		insert: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
		update: `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`
	};
}

/** The sources of a practice or a partnership, in the order they were stored. */
export function sourcesOf(db: Db, owner: 'practice' | 'partnership', id: number): SourceInput[] {
	const rows = db.$client
		.prepare(`SELECT name, url, verified_at FROM sources WHERE ${owner}_id = ? ORDER BY id`)
		.all(id) as { name: string; url: string | null; verified_at: string | null }[];
	return rows.map((s) => ({ name: s.name, url: s.url, verifiedAt: s.verified_at }));
}

/** The attachments of a practice, in their order. */
export function attachmentsOf(db: Db, practiceId: number): AttachmentInput[] {
	const rows = db.$client
		.prepare(
			`SELECT file_name, title, file_type, size_bytes, url, file_sha256 FROM attachments WHERE practice_id = ? ORDER BY position`
		)
		.all(practiceId) as {
		file_name: string;
		title: string | null;
		file_type: string | null;
		size_bytes: number | null;
		url: string | null;
		file_sha256: string | null;
	}[];
	return rows.map((a) => ({
		fileName: a.file_name,
		title: a.title,
		fileType: a.file_type,
		sizeBytes: a.size_bytes,
		url: a.url,
		...(a.file_sha256 ? { fileSha256: a.file_sha256 } : {})
	}));
}
