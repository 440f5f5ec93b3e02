/**
 * Submissions: records and corrections sent in through /zglos, and their way through the review
 * queue (the states and rules are in src/lib/domain/submissions.ts). A submission keeps the
 * proposal in the write path's input shape; publishing it goes through curation's saveRecord and
 * publishRecord, so a published submission is a revision like any curator's edit, with a note
 * naming the submission. Every decision queues a message to the sender in the outbox, in the same
 * transaction. Rights are not checked here: the actions check them (review.ts, auth/guard.ts).
 */
import type { Db } from '../db';
import type { RecordType } from '../../domain/records';
import { roleInfo } from '../../domain/roles';
import {
	REVIEW_LOCK_MINUTES,
	submissionStatusInfo,
	type SubmissionAction,
	type SubmissionStatus
} from '../../domain/submissions';
import type { Lang } from '../../format';
import { say } from '../../i18n';
import { hashToken, newToken, TOKEN_SHAPE } from '../auth/token';
import type { SessionUser } from '../auth/guard';
import { enqueueMail } from '../mail/outbox';
import { RecordError } from '../records/checks';
import { diffInputs, propertyOf, type FieldChange } from '../curation/diff';
import { titleOf, unitsOf, type AnyInput, type RecordInputs } from '../curation/snapshots';
import { authorLabel, loadEditable, publishRecord, saveRecord } from '../curation/workflow';

export const SENDER_LABEL = 'zgłaszający / sender';

export interface Sender {
	name: string;
	email: string;
	institution: string | null;
	/** Name and institution may be shown with the record. */
	public: boolean;
}

export interface Submission {
	id: number;
	type: RecordType;
	/** The record a correction is about; null for a new record. */
	recordId: number | null;
	baseRevision: number | null;
	input: AnyInput;
	units: string[];
	status: SubmissionStatus;
	/** Contact data: null once erased (CONTACT_KEPT_MONTHS after the decision). */
	sender: Sender | null;
	lang: Lang;
	confirmedAt: string | null;
	assignedTo: number | null;
	assignedLabel: string | null;
	lockedUntil: string | null;
	decisionReason: string | null;
	decidedAt: string | null;
	resultId: number | null;
	createdAt: string;
	updatedAt: string;
}

export interface SubmissionEvent {
	id: number;
	action: SubmissionAction;
	actorId: number | null;
	actorLabel: string;
	text: string | null;
	at: string;
}

interface Row {
	id: number;
	record_type: RecordType;
	record_id: number | null;
	base_revision: number | null;
	input: string;
	units: string;
	status: SubmissionStatus;
	sender_name: string | null;
	sender_email: string | null;
	sender_institution: string | null;
	sender_public: number;
	lang: Lang;
	confirmed_at: string | null;
	assigned_to: number | null;
	assigned_label: string | null;
	locked_until: string | null;
	decision_reason: string | null;
	decided_at: string | null;
	result_id: number | null;
	created_at: string;
	updated_at: string;
}

function fromRow(r: Row): Submission {
	return {
		id: r.id,
		type: r.record_type,
		recordId: r.record_id,
		baseRevision: r.base_revision,
		input: JSON.parse(r.input) as AnyInput,
		units: JSON.parse(r.units) as string[],
		status: r.status,
		sender:
			r.sender_email === null
				? null
				: {
						name: r.sender_name ?? '',
						email: r.sender_email,
						institution: r.sender_institution,
						public: r.sender_public === 1
					},
		lang: r.lang,
		confirmedAt: r.confirmed_at,
		assignedTo: r.assigned_to,
		assignedLabel: r.assigned_label,
		lockedUntil: r.locked_until,
		decisionReason: r.decision_reason,
		decidedAt: r.decided_at,
		resultId: r.result_id,
		createdAt: r.created_at,
		updatedAt: r.updated_at
	};
}

const SELECT = `SELECT s.*, coalesce(u.name, u.email) AS assigned_label
	FROM submissions s LEFT JOIN users u ON u.id = s.assigned_to`;

export function getSubmission(db: Db, id: number): Submission | null {
	const r = db.$client.prepare(`${SELECT} WHERE s.id = ?`).get(id) as Row | undefined;
	return r ? fromRow(r) : null;
}

/** The submission a sender's private link opens, or null (a malformed token never reaches SQL). */
export function submissionByEditToken(db: Db, token: string): Submission | null {
	if (!TOKEN_SHAPE.test(token)) return null;
	const r = db.$client.prepare(`${SELECT} WHERE s.edit_token_hash = ?`).get(hashToken(token)) as
		Row | undefined;
	return r ? fromRow(r) : null;
}

export function listEvents(db: Db, id: number): SubmissionEvent[] {
	return (
		db.$client
			.prepare(
				`SELECT id, action, actor_id, actor_label, text, at FROM submission_events
				WHERE submission_id = ? ORDER BY id`
			)
			.all(id) as {
			id: number;
			action: SubmissionAction;
			actor_id: number | null;
			actor_label: string;
			text: string | null;
			at: string;
		}[]
	).map((e) => ({
		id: e.id,
		action: e.action,
		actorId: e.actor_id,
		actorLabel: e.actor_label,
		text: e.text,
		at: e.at
	}));
}

function addEvent(
	db: Db,
	id: number,
	action: SubmissionAction,
	actor: Pick<SessionUser, 'id' | 'email' | 'name'> | null,
	text: string | null = null,
	now = new Date()
): void {
	db.$client
		.prepare(
			`INSERT INTO submission_events (submission_id, action, actor_id, actor_label, text, at)
			VALUES (?, ?, ?, ?, ?, ?)`
		)
		.run(
			id,
			action,
			actor?.id ?? null,
			actor ? authorLabel({ ...actor, organisation: null, role: 'editor' }) : SENDER_LABEL,
			text,
			now.toISOString()
		);
}

/* ------------------------------------------------------------------ the sender's side */

export interface NewSubmission<T extends RecordType = RecordType> {
	type: T;
	/** For a correction: the record it corrects. */
	recordId: number | null;
	input: RecordInputs[T];
	sender: Sender;
	lang: Lang;
	addressHash: string | null;
	/** Ask the sender to confirm by e-mail first (SMTP_URL set): the submission waits until then. */
	confirmByMail: boolean;
}

export interface Created {
	id: number;
	/** The sender's private link's token (status, changes when returned): shown once, mailed. */
	editToken: string;
	/** The confirmation link's token, when asked for. */
	confirmToken: string | null;
}

/** Stores a submission (and its first event). The caller queues the messages (mails.ts). */
export function createSubmission<T extends RecordType>(db: Db, s: NewSubmission<T>): Created {
	const editToken = newToken();
	const confirmToken = s.confirmByMail ? newToken() : null;
	const now = new Date().toISOString();
	return db.$client.transaction((): Created => {
		const base =
			s.recordId === null ? null : (loadEditable(db, s.type, s.recordId)?.revision ?? null);
		const r = db.$client
			.prepare(
				`INSERT INTO submissions (record_type, record_id, base_revision, input, units, status,
				sender_name, sender_email, sender_institution, sender_public, lang, address_hash,
				confirm_token_hash, edit_token_hash, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
			)
			.run(
				s.type,
				s.recordId,
				base,
				JSON.stringify(s.input),
				JSON.stringify(unitsOf(s.type, s.input)),
				confirmToken ? 'unconfirmed' : 'submitted',
				s.sender.name,
				s.sender.email,
				s.sender.institution,
				s.sender.public ? 1 : 0,
				s.lang,
				s.addressHash,
				confirmToken ? hashToken(confirmToken) : null,
				hashToken(editToken),
				now,
				now
			);
		const id = Number(r.lastInsertRowid);
		addEvent(db, id, 'send', null);
		return { id, editToken, confirmToken };
	})();
}

/** How many submissions came from an address since `since` (the per-address limit). */
export function countFromAddress(db: Db, addressHash: string, since: Date): number {
	return (
		db.$client
			.prepare('SELECT count(*) AS n FROM submissions WHERE address_hash = ? AND created_at > ?')
			.get(addressHash, since.toISOString()) as { n: number }
	).n;
}

/** The confirmation link: an unconfirmed submission joins the queue. Returns it, or null. */
export function confirmSubmission(db: Db, token: string, now = new Date()): Submission | null {
	if (!TOKEN_SHAPE.test(token)) return null;
	return db.$client.transaction(() => {
		const row = db.$client
			.prepare('SELECT id, status FROM submissions WHERE confirm_token_hash = ?')
			.get(hashToken(token)) as { id: number; status: SubmissionStatus } | undefined;
		if (!row) return null;
		if (row.status === 'unconfirmed') {
			db.$client
				.prepare(
					`UPDATE submissions SET status = 'submitted', confirmed_at = ?, updated_at = ? WHERE id = ?`
				)
				.run(now.toISOString(), now.toISOString(), row.id);
			addEvent(db, row.id, 'confirm', null, null, now);
		}
		return getSubmission(db, row.id);
	})();
}

/** The sender's changes to a returned submission: it goes back to the queue. */
export function resubmit<T extends RecordType>(
	db: Db,
	id: number,
	input: RecordInputs[T],
	now = new Date()
): void {
	db.$client.transaction(() => {
		const s = getSubmission(db, id);
		if (!s || s.status !== 'returned')
			throw new RecordError(
				'To zgłoszenie nie czeka na poprawki / This submission is not waiting for changes'
			);
		db.$client
			.prepare(
				`UPDATE submissions SET input = ?, units = ?, status = 'submitted', assigned_to = NULL,
				locked_until = NULL, updated_at = ? WHERE id = ?`
			)
			.run(JSON.stringify(input), JSON.stringify(unitsOf(s.type, input)), now.toISOString(), id);
		addEvent(db, id, 'resubmit', null, null, now);
	})();
}

/* ------------------------------------------------------------------ the queue */

export interface QueueFilter {
	status?: SubmissionStatus | 'open' | 'all';
	type?: RecordType;
}

/** Whether the user may see a submission: curators and admins all, editors those in their units. */
export function maySee(user: SessionUser, s: Pick<Submission, 'units'>): boolean {
	if (roleInfo(user.role).everyRecord) return true;
	return s.units.some((code) => user.units.some((scope) => code.startsWith(scope)));
}

/** Whether the user may decide on submissions (assign, publish, reject, return). */
export const mayReview = (user: SessionUser) => roleInfo(user.role).publishes;

/** The queue as the user may see it, oldest waiting first. */
export function listSubmissions(db: Db, user: SessionUser, filter: QueueFilter = {}): Submission[] {
	const where: string[] = [];
	const args: unknown[] = [];
	const status = filter.status ?? 'open';
	// Unconfirmed submissions wait for their senders: shown only when asked for by their state.
	if (status === 'open') where.push(`s.status IN ('submitted', 'in_review')`);
	else if (status !== 'all') {
		where.push('s.status = ?');
		args.push(status);
	}
	if (filter.type) {
		where.push('s.record_type = ?');
		args.push(filter.type);
	}
	const rows = db.$client
		.prepare(
			`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.created_at, s.id`
		)
		.all(...args) as Row[];
	return rows.map(fromRow).filter((s) => maySee(user, s));
}

/** Unconfirmed submissions are dropped after this many days (their senders never confirmed). */
export const UNCONFIRMED_KEPT_DAYS = 14;

/** Drops submissions left unconfirmed for UNCONFIRMED_KEPT_DAYS; returns how many. */
export function dropUnconfirmed(db: Db, now = new Date()): number {
	const before = new Date(now.getTime() - UNCONFIRMED_KEPT_DAYS * 86_400_000).toISOString();
	return db.$client
		.prepare(`DELETE FROM submissions WHERE status = 'unconfirmed' AND created_at < ?`)
		.run(before).changes;
}

/** Counts by status, for the dashboard and the digest. */
export function countByStatus(db: Db): Record<SubmissionStatus, number> {
	const out = {
		unconfirmed: 0,
		submitted: 0,
		in_review: 0,
		returned: 0,
		published: 0,
		rejected: 0
	} satisfies Record<SubmissionStatus, number>;
	for (const r of db.$client
		.prepare('SELECT status, count(*) AS n FROM submissions GROUP BY status')
		.all() as { status: SubmissionStatus; n: number }[])
		out[r.status] = r.n;
	return out;
}

/** Someone else holds the review lock. */
export class LockedError extends Error {
	constructor(
		readonly by: string,
		readonly until: string
	) {
		super(`locked by ${by} until ${until}`);
	}
}

/** A decision on a closed or unconfirmed submission. */
export class StateError extends Error {}

function lockHeldByOther(s: Submission, user: SessionUser, now: Date): boolean {
	return (
		s.assignedTo !== null &&
		s.assignedTo !== user.id &&
		s.lockedUntil !== null &&
		Date.parse(s.lockedUntil) > now.getTime()
	);
}

/**
 * The reviewer's turn: the submission is theirs (in review, locked for others for
 * REVIEW_LOCK_MINUTES), renewed by each of their actions. Throws LockedError while another
 * reviewer holds it (an expired lock may be taken over), StateError when it is closed, returned
 * or still unconfirmed.
 */
function take(db: Db, id: number, user: SessionUser, now: Date): Submission {
	const s = getSubmission(db, id);
	if (!s) throw new StateError('no such submission');
	const info = submissionStatusInfo(s.status);
	if (info.closed || s.status === 'returned')
		throw new StateError(
			say(
				user.lang,
				`Zgłoszenie jest już ${info.label.pl}.`,
				`The submission is already ${info.label.en}.`
			)
		);
	if (s.status === 'unconfirmed')
		throw new StateError(
			say(
				user.lang,
				'Zgłoszenie czeka na potwierdzenie przez nadawcę (link w e-mailu).',
				'The submission waits for its sender to confirm it (the link in the e-mail).'
			)
		);
	if (lockHeldByOther(s, user, now)) throw new LockedError(s.assignedLabel ?? '?', s.lockedUntil!);
	const until = new Date(now.getTime() + REVIEW_LOCK_MINUTES * 60_000).toISOString();
	db.$client
		.prepare(
			`UPDATE submissions SET status = 'in_review', assigned_to = ?, locked_until = ?, updated_at = ?
			WHERE id = ?`
		)
		.run(user.id, until, now.toISOString(), id);
	return { ...s, status: 'in_review', assignedTo: user.id, lockedUntil: until };
}

/** `?/assign`: takes the submission for review. */
export function assignSubmission(db: Db, id: number, user: SessionUser, now = new Date()): void {
	db.$client.transaction(() => {
		const before = getSubmission(db, id);
		take(db, id, user, now);
		if (before?.assignedTo !== user.id) addEvent(db, id, 'assign', user, null, now);
	})();
}

/** Gives the lock back: the submission waits in the queue again. */
export function releaseSubmission(db: Db, id: number, user: SessionUser, now = new Date()): void {
	db.$client.transaction(() => {
		const s = getSubmission(db, id);
		if (!s || s.assignedTo !== user.id) return;
		db.$client
			.prepare(
				`UPDATE submissions SET status = 'submitted', assigned_to = NULL, locked_until = NULL,
				updated_at = ? WHERE id = ?`
			)
			.run(now.toISOString(), id);
		addEvent(db, id, 'release', user, null, now);
	})();
}

/** `?/note`: a private reviewer note (never shown to the sender or the public). */
export function addNote(db: Db, id: number, user: SessionUser, text: string, now = new Date()) {
	addEvent(db, id, 'note', user, text, now);
}

function decide(
	db: Db,
	id: number,
	user: SessionUser,
	status: SubmissionStatus,
	fields: { reason?: string | null; resultId?: number | null },
	now: Date
) {
	db.$client
		.prepare(
			`UPDATE submissions SET status = ?, decision_reason = ?, decided_by = ?, decided_at = ?,
			result_id = coalesce(?, result_id), locked_until = NULL, updated_at = ? WHERE id = ?`
		)
		.run(
			status,
			fields.reason ?? null,
			user.id,
			now.toISOString(),
			fields.resultId ?? null,
			now.toISOString(),
			id
		);
}

/** The sender's messages (outbox), in their language. `link`: the page they should open. */
export interface SenderMail {
	subject: string;
	text: string;
}

export type MailMaker = (s: Submission, extra: { reason?: string; link?: string }) => SenderMail;

function mailSender(db: Db, s: Submission, kind: string, mail: SenderMail) {
	if (!s.sender) return;
	enqueueMail(db, { kind, to: s.sender.email, ...mail, submissionId: s.id });
}

/** `?/reject`: with the reason the sender is told. */
export function rejectSubmission(
	db: Db,
	id: number,
	user: SessionUser,
	reason: string,
	mail: MailMaker,
	now = new Date()
): void {
	db.$client.transaction(() => {
		const s = take(db, id, user, now);
		decide(db, id, user, 'rejected', { reason }, now);
		addEvent(db, id, 'reject', user, reason, now);
		mailSender(db, s, 'decision', mail(s, { reason }));
	})();
}

/**
 * `?/return`: back to the sender for changes, with what to change. Makes a new private link (only
 * hashes are kept, so the old one cannot be mailed again): `linkOf` turns its token into the URL.
 */
export function returnSubmission(
	db: Db,
	id: number,
	user: SessionUser,
	reason: string,
	linkOf: (token: string) => string,
	mail: MailMaker,
	now = new Date()
): string {
	return db.$client.transaction(() => {
		const s = take(db, id, user, now);
		const token = newToken();
		db.$client
			.prepare(
				`UPDATE submissions SET status = 'returned', decision_reason = ?, decided_by = ?,
				assigned_to = NULL, locked_until = NULL, edit_token_hash = ?, updated_at = ? WHERE id = ?`
			)
			.run(reason, user.id, hashToken(token), now.toISOString(), id);
		addEvent(db, id, 'return', user, reason, now);
		mailSender(db, s, 'decision', mail(s, { reason, link: linkOf(token) }));
		return token;
	})();
}

/* ------------------------------------------------------------------ corrections */

/** A correction's fields against the record's newest version, each to accept or not. */
export function correctionChanges(db: Db, s: Submission): FieldChange[] {
	if (s.recordId === null) return [];
	const current = loadEditable(db, s.type, s.recordId);
	if (!current) return [];
	return diffInputs(current.input, s.input);
}

/**
 * The record with the accepted fields of a proposal: `fields` are FieldChange names
 * (`title`, `metryka.locality`, `members`); the rest stays as `current` has it.
 */
export function applyFields(current: AnyInput, proposal: AnyInput, fields: readonly string[]) {
	const out = structuredClone(current) as unknown as Record<string, unknown>;
	const from = proposal as unknown as Record<string, unknown>;
	for (const field of fields) {
		if (field.startsWith('metryka.')) {
			const key = field.slice('metryka.'.length);
			const m = { ...(out.metryka as Record<string, unknown>) };
			m[key] = structuredClone((from.metryka as Record<string, unknown>)?.[key] ?? null);
			out.metryka = m;
		} else {
			const key = propertyOf(field);
			out[key] = structuredClone(from[key] ?? null);
			// The unit a practice is placed by is also one of its units.
			if (key === 'unitCode' && typeof from.unitCode === 'string')
				out.units = [...new Set([from.unitCode, ...((out.units as string[]) ?? [])])];
		}
	}
	return out as unknown as AnyInput;
}

/**
 * The sender named among the record's sources, when they chose to be ("Zgłoszenie: Urząd Gminy
 * Skawina, 2026-12-02"): how the public sees who sent it in. Never the e-mail.
 */
export function withCredit(input: AnyInput, s: Submission, now: Date): AnyInput {
	if (!s.sender?.public) return input;
	const who = [s.sender.institution, s.sender.name].filter(Boolean).join(', ');
	if (!who) return input;
	const name = `${s.lang === 'en' ? 'Submission' : 'Zgłoszenie'}: ${who}`.slice(0, 300);
	if (input.sources.some((x) => x.name === name)) return input;
	return {
		...input,
		sources: [...input.sources, { name, url: null, verifiedAt: now.toISOString().slice(0, 10) }]
	};
}

/**
 * `?/publish`: a new record is created and published; a correction publishes the record with the
 * accepted `fields` (all when null). Returns the record's id. Throws RecordError when the
 * write path refuses the result (nothing is written then), LockedError, StateError.
 */
export function publishSubmission(
	db: Db,
	id: number,
	user: SessionUser,
	fields: readonly string[] | null,
	mail: MailMaker,
	now = new Date()
): number {
	return db.$client.transaction(() => {
		const s = take(db, id, user, now);
		const note = `zgłoszenie ${id} / submission ${id}`;
		let recordId: number;
		let accepted: string[] = [];
		if (s.recordId === null) {
			const input = withCredit(s.input, s, now) as RecordInputs[RecordType];
			const saved = saveRecord(db, s.type, null, input, {
				author: user,
				baseRevision: 0,
				note
			});
			recordId = saved.id;
		} else {
			const current = loadEditable(db, s.type, s.recordId);
			if (!current)
				throw new RecordError(
					`Rekord ${s.recordId} już nie istnieje / Record ${s.recordId} no longer exists`
				);
			const offered = diffInputs(current.input, s.input).map((c) => c.field);
			accepted = fields === null ? offered : offered.filter((f) => fields.includes(f));
			if (accepted.length === 0)
				throw new RecordError(
					say(
						user.lang,
						'Zaznacz co najmniej jedno pole do przyjęcia albo odrzuć zgłoszenie.',
						'Tick at least one field to accept, or reject the submission.'
					)
				);
			const merged = withCredit(applyFields(current.input, s.input, accepted), s, now);
			saveRecord(db, s.type, s.recordId, merged as RecordInputs[RecordType], {
				author: user,
				baseRevision: current.revision,
				note
			});
			recordId = s.recordId;
		}
		publishRecord(db, s.type, recordId, user);
		decide(db, id, user, 'published', { resultId: recordId }, now);
		addEvent(
			db,
			id,
			'publish',
			user,
			accepted.length ? accepted.join(', ') : titleOf(s.type, s.input),
			now
		);
		mailSender(db, s, 'decision', mail({ ...s, resultId: recordId }, {}));
		return recordId;
	})();
}
