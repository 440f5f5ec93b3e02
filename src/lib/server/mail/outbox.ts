/**
 * The outbox: every message the site sends is a row first (`outbox`), in the same transaction as
 * what it tells about, so nothing is lost when the mail server is down or not configured. With
 * SMTP_URL set, deliverPending hands the unsent ones to nodemailer (send.ts), retrying with a
 * growing pause; without it they stay unsent and curators read them in the admin area
 * (/admin/poczta). A `dedupeKey` makes a message once only (a digest per day, a stale notice per
 * record and month).
 */
import type { Db } from '../db';

export interface OutgoingMail {
	kind: string;
	to: string;
	subject: string;
	text: string;
	/** Once only per key: a second message with the same key is not queued. */
	dedupeKey?: string | null;
	submissionId?: number | null;
}

/** Queues a message; returns its id, or null when its dedupe key was queued before. */
export function enqueueMail(db: Db, mail: OutgoingMail): number | null {
	const r = db.$client
		.prepare(
			`INSERT INTO outbox (kind, to_address, subject, body, dedupe_key, submission_id)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING`
		)
		.run(
			mail.kind,
			mail.to,
			mail.subject,
			mail.text,
			mail.dedupeKey ?? null,
			mail.submissionId ?? null
		);
	if (r.changes === 0) return null;
	wake();
	return Number(r.lastInsertRowid);
}

type Waker = () => void;
let waker: Waker | null = null;

/** The delivery loop registers itself here, so a new message goes out without waiting. */
export function onEnqueue(fn: Waker | null): void {
	waker = fn;
}

function wake() {
	if (waker) queueMicrotask(waker);
}

/** Sending attempts per message; the pause after the nth failure is 2^n minutes. */
export const MAX_ATTEMPTS = 8;

export interface OutboxRow {
	id: number;
	kind: string;
	toAddress: string;
	subject: string;
	body: string;
	createdAt: string;
	sentAt: string | null;
	attempts: number;
	lastError: string | null;
	submissionId: number | null;
}

const COLUMNS = `id, kind, to_address AS toAddress, subject, body, created_at AS createdAt,
	sent_at AS sentAt, attempts, last_error AS lastError, submission_id AS submissionId`;

/** Messages newest first, paged (the admin area's /admin/poczta). */
export function listOutbox(db: Db, limit = 50, offset = 0): { rows: OutboxRow[]; total: number } {
	const rows = db.$client
		.prepare(`SELECT ${COLUMNS} FROM outbox ORDER BY id DESC LIMIT ? OFFSET ?`)
		.all(limit, offset) as OutboxRow[];
	const total = (db.$client.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
	return { rows, total };
}

export function outboxMessage(db: Db, id: number): OutboxRow | null {
	return (
		(db.$client.prepare(`SELECT ${COLUMNS} FROM outbox WHERE id = ?`).get(id) as
			OutboxRow | undefined) ?? null
	);
}

/** Makes a message due again (the "retry" button): its attempts start afresh. */
export function retryMessage(db: Db, id: number): void {
	db.$client
		.prepare(
			'UPDATE outbox SET attempts = 0, last_error = NULL, next_attempt_at = NULL WHERE id = ? AND sent_at IS NULL'
		)
		.run(id);
	wake();
}

/** The unsent messages whose pause after their last failure is over. */
function due(db: Db, now: Date): OutboxRow[] {
	return db.$client
		.prepare(
			`SELECT ${COLUMNS} FROM outbox WHERE sent_at IS NULL AND attempts < ?
			AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT 50`
		)
		.all(MAX_ATTEMPTS, now.toISOString()) as OutboxRow[];
}

/**
 * Hands the due messages to the SMTP server (send.ts), one by one; a failure is kept in
 * `last_error` and retried after a pause. Nothing is sent without SMTP_URL. Returns how many went.
 */
export async function deliverPending(
	db: Db,
	send: (m: { to: string; subject: string; text: string }) => Promise<string | null>,
	now = new Date()
): Promise<number> {
	let sent = 0;
	for (const m of due(db, now)) {
		const problem = await send({ to: m.toAddress, subject: m.subject, text: m.body });
		if (problem === null) {
			db.$client
				.prepare(
					'UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?'
				)
				.run(new Date().toISOString(), m.id);
			sent += 1;
		} else
			db.$client
				.prepare(
					'UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?'
				)
				.run(problem, new Date(now.getTime() + 2 ** (m.attempts + 1) * 60_000).toISOString(), m.id);
	}
	return sent;
}
