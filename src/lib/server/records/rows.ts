/**
 * Mapping of stored rows to record shapes and back, shared by reading (read.ts) and writing
 * (write.ts), driven by the field tables of src/lib/domain/fields.ts.
 */
import { METRYKA_FIELDS, fromColumn, toColumn, type RecordField } from '../../domain/fields';
import type { Metryka } from './types';

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
