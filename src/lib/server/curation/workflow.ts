/**
 * Drafts, publishing and history: the rules of curation over the live tables and the revisions.
 *
 * - A new record is a draft: its row exists (status 'draft', never public) and each save updates it.
 * - Editing a published record keeps the public version: the save is a revision, the live row stays
 *   until the change is published (publishRecord writes the newest revision and makes a new data
 *   version, so the API, tiles, caches and markers see it at once).
 * - Every save is a revision with its field-level changes; saving on top of a revision other than
 *   the newest is a conflict (optimistic locking), reported with what changed meanwhile.
 * - Records bundled or imported before curation get a first revision ('import') on first edit.
 * Rights are not checked here: the actions check them (curation/actions.ts, auth/guard.ts).
 */
import type { Db } from '../db';
import type { RecordType } from '../../domain/records';
import type { SessionUser } from '../auth/guard';
import { diffInputs, type FieldChange } from './diff';
import {
	appendRevision,
	getRevision,
	latestNumber,
	latestRevision,
	type RevisionAction
} from './revisions';
import {
	RECORD_TABLE as TABLE,
	liveSnapshot,
	liveState,
	writeLive,
	type AnyInput,
	type RecordInputs,
	type RecordStatus
} from './snapshots';
import { RecordError } from '../records/checks';

/** Who does it, as the history names them. */
export type Author = Pick<SessionUser, 'email' | 'name' | 'organisation' | 'role'> & {
	/** The account; null for a command run from the shell (npm run import:partnerships). */
	id: number | null;
};

const IMPORT_AUTHOR = 'dane wbudowane / bundled data';

export const authorLabel = (a: Author) => (a.name ? `${a.name} <${a.email}>` : a.email);

/** Saving on top of an older revision: what changed meanwhile, by whom. */
export class ConflictError extends Error {
	constructor(
		readonly base: number,
		readonly latest: number,
		readonly changes: FieldChange[],
		readonly by: string,
		readonly at: string
	) {
		super(`revision ${base} is not the newest (${latest})`);
	}
}

export interface Editable<T extends RecordType = RecordType> {
	type: T;
	id: number | null;
	slug: string | null;
	/** The newest version: what the form edits. */
	input: RecordInputs[T];
	/** The newest revision's number (0: none yet), the form's optimistic lock. */
	revision: number;
	status: RecordStatus;
	publishedRevision: number | null;
	/** A published (or hidden) record with saved changes the public does not see yet. */
	pending: boolean;
	verifiedAt: string | null;
	verifiedBy: string | null;
	updatedAt: string | null;
}

/**
 * Whether the live row is a published version: published, or hidden by a curator (showRecord puts
 * that version back). Edits of such a record wait as revisions until publishRecord.
 */
export const hasPublicVersion = (status: RecordStatus) =>
	status === 'published' || status === 'hidden';

/** The record as the edit form shows it: its newest version, its state and its lock. */
export function loadEditable<T extends RecordType>(
	db: Db,
	type: T,
	id: number
): Editable<T> | null {
	const state = liveState(db, type, id);
	if (!state) return null;
	const live = liveSnapshot(db, type, id)!;
	const latest = latestRevision(db, type, id);
	const input = (latest?.snapshot ?? live) as RecordInputs[T];
	return {
		type,
		id,
		slug: state.slug,
		input,
		revision: latest?.number ?? 0,
		status: state.status,
		publishedRevision: state.publishedRevision,
		pending: hasPublicVersion(state.status) && diffInputs(live, input).length > 0,
		verifiedAt: state.verifiedAt,
		verifiedBy: state.verifiedBy,
		updatedAt: state.updatedAt
	};
}

/** Gives a record kept before curation its first revision; returns the newest number. */
function ensureBaseline(db: Db, type: RecordType, id: number): number {
	const n = latestNumber(db, type, id);
	if (n > 0) return n;
	const snapshot = liveSnapshot(db, type, id);
	if (!snapshot) throw new RecordError(notFound(type, id));
	return appendRevision(db, type, id, {
		action: 'import',
		authorId: null,
		authorLabel: IMPORT_AUTHOR,
		snapshot,
		changes: []
	});
}

const notFound = (type: RecordType, id: number) =>
	type === 'praktyka'
		? `Nie ma praktyki ${id} / No practice ${id}`
		: `Nie ma partnerstwa ${id} / No partnership ${id}`;

/** Thrown inside a savepoint to undo a trial write. */
class Rollback extends Error {}

/**
 * The input as the write path would store it (normalised: deduplicated, sanitised, languages
 * decided), found by writing it in a savepoint that is then undone. The write path's checks run
 * too, so a revision never holds what could not be published.
 */
function storedForm(db: Db, type: RecordType, id: number, input: AnyInput): AnyInput {
	const status = liveState(db, type, id)!.status;
	let stored: AnyInput | null = null;
	try {
		db.$client.transaction(() => {
			writeLive(db, type, id, input, status);
			stored = liveSnapshot(db, type, id);
			throw new Rollback();
		})();
	} catch (e) {
		if (!(e instanceof Rollback)) throw e;
	}
	return stored!;
}

export interface SaveResult {
	id: number;
	revision: number;
	created: boolean;
	changes: FieldChange[];
}

/**
 * Saves an edit as a new revision on top of `baseRevision` (the form's lock). A new record
 * (`id` null) becomes a draft; a draft or an archived record is updated in place; a published (or hidden) one
 * keeps its public version until publishRecord. Throws ConflictError when someone saved meanwhile
 * and RecordError when the write path refuses the input (nothing is written then).
 */
export function saveRecord<T extends RecordType>(
	db: Db,
	type: T,
	id: number | null,
	input: RecordInputs[T],
	opts: { author: Author; baseRevision: number; action?: RevisionAction; note?: string | null }
): SaveResult {
	const { author } = opts;
	return db.$client.transaction((): SaveResult => {
		if (id === null) {
			const newId = writeLive(db, type, null, input, 'draft');
			const snapshot = liveSnapshot(db, type, newId)!;
			const revision = appendRevision(db, type, newId, {
				action: 'create',
				authorId: author.id,
				authorLabel: authorLabel(author),
				snapshot,
				changes: diffInputs(null, snapshot),
				note: opts.note
			});
			return { id: newId, revision, created: true, changes: [] };
		}
		const state = liveState(db, type, id);
		if (!state) throw new RecordError(notFound(type, id));
		const latest = ensureBaseline(db, type, id);
		const newest = getRevision(db, type, id, latest)!;
		if (opts.baseRevision !== latest) {
			const base = getRevision(db, type, id, Math.max(1, opts.baseRevision));
			const meanwhile = diffInputs(base?.snapshot ?? null, newest.snapshot);
			if (!base || meanwhile.length > 0)
				throw new ConflictError(
					opts.baseRevision,
					latest,
					meanwhile,
					newest.authorLabel,
					newest.createdAt
				);
		}
		const snapshot = storedForm(db, type, id, input);
		const changes = diffInputs(newest.snapshot, snapshot);
		if (changes.length === 0) return { id, revision: latest, created: false, changes };
		const revision = appendRevision(db, type, id, {
			action: opts.action ?? 'save',
			authorId: author.id,
			authorLabel: authorLabel(author),
			snapshot,
			changes,
			note: opts.note
		});
		if (!hasPublicVersion(state.status)) writeLive(db, type, id, snapshot, state.status);
		return { id, revision, created: false, changes };
	})();
}

function setState(
	db: Db,
	type: RecordType,
	id: number,
	author: Author,
	action: RevisionAction,
	apply: (state: NonNullable<ReturnType<typeof liveState>>, snapshot: AnyInput) => FieldChange[],
	note: string | null = null
): number {
	return db.$client.transaction(() => {
		const state = liveState(db, type, id);
		if (!state) throw new RecordError(notFound(type, id));
		const latest = ensureBaseline(db, type, id);
		const snapshot = getRevision(db, type, id, latest)!.snapshot;
		const changes = apply(state, snapshot);
		return appendRevision(db, type, id, {
			action,
			authorId: author.id,
			authorLabel: authorLabel(author),
			snapshot,
			changes,
			note
		});
	})();
}

/**
 * Publishes the newest revision: the live row becomes it, with status 'published' (a new data
 * version follows from the write). Returns the publish revision's number.
 */
export function publishRecord(db: Db, type: RecordType, id: number, author: Author): number {
	return db.$client.transaction(() => {
		const n = setState(db, type, id, author, 'publish', (state, snapshot) => {
			const before = liveSnapshot(db, type, id);
			writeLive(db, type, id, snapshot, 'published');
			const status =
				state.status === 'published'
					? []
					: [{ field: 'status', before: state.status, after: 'published' }];
			return [...status, ...diffInputs(before, snapshot)];
		});
		db.$client.prepare(`UPDATE ${TABLE[type]} SET published_revision = ? WHERE id = ?`).run(n, id);
		return n;
	})();
}

/** Takes a record off the public map and lists (status 'archived'); publishing brings it back. */
export function archiveRecord(db: Db, type: RecordType, id: number, author: Author): number {
	return setState(db, type, id, author, 'archive', (state) => {
		db.$client.prepare(`UPDATE ${TABLE[type]} SET status = 'archived' WHERE id = ?`).run(id);
		return [{ field: 'status', before: state.status, after: 'archived' }];
	});
}

/**
 * Takes a published record off the public map at once, pending review of a report (status
 * 'hidden'); showRecord puts it back exactly as it was. `note` says why, in the history.
 */
export function hideRecord(
	db: Db,
	type: RecordType,
	id: number,
	author: Author,
	note: string | null = null
): number {
	return setState(
		db,
		type,
		id,
		author,
		'hide',
		(state) => {
			if (state.status !== 'published')
				throw new RecordError(
					'Ukryć można tylko opublikowany rekord / Only a published record can be hidden'
				);
			db.$client.prepare(`UPDATE ${TABLE[type]} SET status = 'hidden' WHERE id = ?`).run(id);
			return [{ field: 'status', before: state.status, after: 'hidden' }];
		},
		note
	);
}

/** Shows a hidden record again, as it was published (unpublished changes stay unpublished). */
export function showRecord(db: Db, type: RecordType, id: number, author: Author): number {
	return setState(db, type, id, author, 'show', (state) => {
		if (state.status !== 'hidden')
			throw new RecordError('Ten rekord nie jest ukryty / This record is not hidden');
		db.$client.prepare(`UPDATE ${TABLE[type]} SET status = 'published' WHERE id = ?`).run(id);
		return [{ field: 'status', before: state.status, after: 'published' }];
	});
}

/** What the public sees as who confirmed a record: the organisation, else the role. */
export const verifierLabel = (a: Author) => a.organisation ?? `role:${a.role}`;

/** "Potwierdzam aktualność": the record is current as of `now`. */
export function verifyRecord(
	db: Db,
	type: RecordType,
	id: number,
	author: Author,
	now = new Date()
): number {
	return setState(db, type, id, author, 'verify', (state) => {
		const at = now.toISOString();
		db.$client
			.prepare(`UPDATE ${TABLE[type]} SET verified_at = ?, verified_by = ? WHERE id = ?`)
			.run(at, verifierLabel(author), id);
		return [{ field: 'verifiedAt', before: state.verifiedAt, after: at }];
	});
}

/**
 * Restores an older revision's content as a new revision on top of `baseRevision` (published
 * records: as a change to publish). Throws RecordError when there is no such revision.
 */
export function restoreRevision<T extends RecordType>(
	db: Db,
	type: T,
	id: number,
	number: number,
	opts: { author: Author; baseRevision: number }
): SaveResult {
	const old = getRevision(db, type, id, number);
	if (!old) throw new RecordError(`Nie ma wersji ${number} / No revision ${number}`);
	return saveRecord(db, type, id, old.snapshot as RecordInputs[T], {
		...opts,
		action: 'restore',
		note: `wersja ${number} / revision ${number}`
	});
}

/** The changes between two revisions of a record (a → b). */
export function diffRevisions(
	db: Db,
	type: RecordType,
	id: number,
	a: number,
	b: number
): FieldChange[] | null {
	const ra = getRevision(db, type, id, a);
	const rb = getRevision(db, type, id, b);
	if (!ra || !rb) return null;
	return diffInputs(ra.snapshot, rb.snapshot);
}
