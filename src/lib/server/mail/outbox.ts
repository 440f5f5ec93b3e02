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
