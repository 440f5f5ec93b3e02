/**
 * The revisions table: every save, publish, archive, restore and confirmation of a record, with its
 * author, its field-level changes and the whole record as it then was (schema.ts `revisions`).
 */
import type { Db } from '../db';
import type { REVISION_ACTIONS } from '../db/schema';
import type { RecordType } from '../../domain/records';
import type { FieldChange } from './diff';
import type { AnyInput } from './snapshots';

export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export interface RevisionSummary {
	number: number;
	action: RevisionAction;
	authorId: number | null;
	authorLabel: string;
	changes: FieldChange[];
	note: string | null;
	createdAt: string;
}

export interface Revision extends RevisionSummary {
	snapshot: AnyInput;
}

interface Row {
	number: number;
	action: RevisionAction;
	author_id: number | null;
	author_label: string;
	changes: string;
	note: string | null;
	created_at: string;
	snapshot?: string;
}

function fromRow(r: Row): RevisionSummary {
	return {
		number: r.number,
		action: r.action,
		authorId: r.author_id,
		authorLabel: r.author_label,
		changes: JSON.parse(r.changes) as FieldChange[],
		note: r.note,
		createdAt: r.created_at
	};
}

const COLUMNS = 'number, action, author_id, author_label, changes, note, created_at';

/** The record's revisions, newest first, without their snapshots. */
export function listRevisions(db: Db, type: RecordType, id: number): RevisionSummary[] {
	return (
		db.$client
			.prepare(
				`SELECT ${COLUMNS} FROM revisions WHERE record_type = ? AND record_id = ? ORDER BY number DESC`
			)
			.all(type, id) as Row[]
	).map(fromRow);
}

/** One revision with its snapshot (null when there is none with that number). */
export function getRevision(db: Db, type: RecordType, id: number, number: number): Revision | null {
	const r = db.$client
		.prepare(
			`SELECT ${COLUMNS}, snapshot FROM revisions WHERE record_type = ? AND record_id = ? AND number = ?`
		)
		.get(type, id, number) as Row | undefined;
	return r ? { ...fromRow(r), snapshot: JSON.parse(r.snapshot!) as AnyInput } : null;
}

/** The newest revision's number (0: the record has none yet). */
export function latestNumber(db: Db, type: RecordType, id: number): number {
	const r = db.$client
		.prepare(`SELECT max(number) AS n FROM revisions WHERE record_type = ? AND record_id = ?`)
		.get(type, id) as { n: number | null };
	return r.n ?? 0;
}

/** The revision a record's newest snapshot is in, when it has one. */
export function latestRevision(db: Db, type: RecordType, id: number): Revision | null {
	const n = latestNumber(db, type, id);
	return n === 0 ? null : getRevision(db, type, id, n);
}

/** Appends the next revision and returns its number. */
export function appendRevision(
	db: Db,
	type: RecordType,
	id: number,
	r: {
		action: RevisionAction;
		authorId: number | null;
		authorLabel: string;
		snapshot: AnyInput;
		changes: FieldChange[];
		note?: string | null;
	}
): number {
	const number = latestNumber(db, type, id) + 1;
	db.$client
		.prepare(
			`INSERT INTO revisions (record_type, record_id, number, action, author_id, author_label, snapshot, changes, note)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
		)
		.run(
			type,
			id,
			number,
			r.action,
			r.authorId,
			r.authorLabel,
			JSON.stringify(r.snapshot),
			JSON.stringify(r.changes),
			r.note ?? null
		);
	return number;
}
