/**
 * "Zgłoś problem" (POST /zglos-problem: `record=praktyka:{id}|partnerstwo:{id}`, `reason`, optional
 * `message` and `email`): reports on public records, open until a curator resolves or dismisses
 * them. Reports never hide a record by themselves, however many come from wherever: one address
 * must not be able to take another gmina's record down. A curator hides it (curation's
 * hideRecord) when it should go at once. Per-address limit per hour (429), honeypot, sizes.
 */
import type { Db } from '../db';
import { looksLikeEmail } from '../auth/users';
import type { Lang } from '../../format';
import { say } from '../../i18n';
import type { RecordType } from '../../domain/records';
import {
	HONEYPOT_FIELD,
	REPORTS_PER_HOUR,
	REPORT_MESSAGE_MAX,
	SENDER_FIELD_MAX,
	isReportReason,
	parseRecordRef,
	type ReportReason
} from '../../domain/submissions';
import type { SessionUser } from '../auth/guard';
import { liveSnapshot, liveState, titleOf, unitsOf } from '../curation/snapshots';
import { maySee } from './store';

export interface Report {
	id: number;
	reason: ReportReason;
	message: string | null;
	reporterEmail: string | null;
	createdAt: string;
	status: 'open' | 'resolved' | 'dismissed';
}

export type ReportResult =
	| { ok: true; id: number | null }
	| { ok: false; status: 400 | 429; errors: Record<string, string> };

const text = (form: FormData, name: string) => {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim() : '';
};

/** Reads, checks and stores a report; every refusal names its field and stores nothing. */
export function createReport(
	db: Db,
	form: FormData,
	addressHash: string,
	lang: Lang,
	now = new Date()
): ReportResult {
	const errors: Record<string, string> = {};
	if (text(form, HONEYPOT_FIELD)) return { ok: true, id: null };
	const since = new Date(now.getTime() - 3_600_000).toISOString();
	const recent = (
		db.$client
			.prepare('SELECT count(*) AS n FROM reports WHERE address_hash = ? AND created_at > ?')
			.get(addressHash, since) as { n: number }
	).n;
	if (recent >= REPORTS_PER_HOUR)
		return {
			ok: false,
			status: 429,
			errors: {
				_: say(
					lang,
					`Z tego adresu wysłano już ${REPORTS_PER_HOUR} zgłoszeń problemów w ciągu godziny. Spróbuj ponownie później.`,
					`${REPORTS_PER_HOUR} reports were already sent from this address within an hour. Try again later.`
				)
			}
		};
	const rawRecord = text(form, 'record');
	const ref = parseRecordRef(rawRecord);
	if (!ref)
		errors.record = say(
			lang,
			`„${rawRecord.slice(0, 40)}” nie wskazuje rekordu (oczekiwano praktyka:ID albo partnerstwo:ID).`,
			`"${rawRecord.slice(0, 40)}" does not name a record (expected praktyka:ID or partnerstwo:ID).`
		);
	else if (liveState(db, ref.type, ref.id)?.status !== 'published')
		errors.record = say(
			lang,
			`Nie ma opublikowanego rekordu ${ref.type}:${ref.id}.`,
			`There is no published record ${ref.type}:${ref.id}.`
		);
	const reason = text(form, 'reason');
	if (!isReportReason(reason))
		errors.reason = say(lang, 'Wybierz, co jest nie tak.', 'Choose what is wrong.');
	const message = text(form, 'message');
	if (message.length > REPORT_MESSAGE_MAX)
		errors.message = say(
			lang,
			`Opis jest za długi: ${message.length} znaków, dozwolone ${REPORT_MESSAGE_MAX}.`,
			`The description is too long: ${message.length} characters, at most ${REPORT_MESSAGE_MAX}.`
		);
	const email = text(form, 'email');
	if (email && (email.length > SENDER_FIELD_MAX || !looksLikeEmail(email)))
		errors.email = say(
			lang,
			'Podaj adres e-mail w postaci nazwa@domena.pl albo zostaw pole puste.',
			'Give an e-mail address such as name@example.org, or leave it empty.'
		);
	if (Object.keys(errors).length > 0 || !ref) return { ok: false, status: 400, errors };
	const r = db.$client
		.prepare(
			`INSERT INTO reports (record_type, record_id, reason, message, reporter_email, address_hash, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`
		)
		.run(
			ref.type,
			ref.id,
			reason,
			message || null,
			email ? email.toLowerCase() : null,
			addressHash,
			now.toISOString()
		);
	return { ok: true, id: Number(r.lastInsertRowid) };
}

/** A record's reports, open first, newest first. */
export function reportsOf(db: Db, type: RecordType, id: number): Report[] {
	return (
		db.$client
			.prepare(
				`SELECT id, reason, message, reporter_email, created_at, status FROM reports
				WHERE record_type = ? AND record_id = ? ORDER BY status = 'open' DESC, id DESC LIMIT 200`
			)
			.all(type, id) as {
			id: number;
			reason: ReportReason;
			message: string | null;
			reporter_email: string | null;
			created_at: string;
			status: Report['status'];
		}[]
	).map((r) => ({
		id: r.id,
		reason: r.reason,
		message: r.message,
		reporterEmail: r.reporter_email,
		createdAt: r.created_at,
		status: r.status
	}));
}

export interface ReportedRecord {
	type: RecordType;
	id: number;
	title: string;
	status: string;
	open: number;
	reasons: Record<ReportReason, number>;
	lastAt: string;
}

/** Records with open reports, most reported first (editors: those in their units). */
export function reportedRecords(db: Db, user: SessionUser): ReportedRecord[] {
	const rows = db.$client
		.prepare(
			`SELECT record_type, record_id, reason, count(*) AS n, max(created_at) AS last FROM reports
			WHERE status = 'open' GROUP BY record_type, record_id, reason`
		)
		.all() as {
		record_type: RecordType;
		record_id: number;
		reason: ReportReason;
		n: number;
		last: string;
	}[];
	const byRecord = new Map<string, ReportedRecord>();
	for (const r of rows) {
		const key = `${r.record_type}:${r.record_id}`;
		let item = byRecord.get(key);
		if (!item) {
			const snapshot = liveSnapshot(db, r.record_type, r.record_id);
			if (!snapshot || !maySee(user, { units: unitsOf(r.record_type, snapshot) })) continue;
			item = {
				type: r.record_type,
				id: r.record_id,
				title: titleOf(r.record_type, snapshot),
				status: liveState(db, r.record_type, r.record_id)!.status,
				open: 0,
				reasons: { wrong: 0, outdated: 0, spam: 0, offensive: 0 },
				lastAt: r.last
			};
			byRecord.set(key, item);
		}
		item.open += r.n;
		item.reasons[r.reason] += r.n;
		if (r.last > item.lastAt) item.lastAt = r.last;
	}
	return [...byRecord.values()].sort((a, b) => b.open - a.open || b.lastAt.localeCompare(a.lastAt));
}

/** Closes a record's open reports ('resolved': acted on; 'dismissed': nothing wrong). */
export function closeReports(
	db: Db,
	type: RecordType,
	id: number,
	user: SessionUser,
	status: 'resolved' | 'dismissed',
	note: string | null,
	now = new Date()
): number {
	return db.$client
		.prepare(
			`UPDATE reports SET status = ?, resolved_by = ?, resolved_at = ?, resolution = ?
			WHERE record_type = ? AND record_id = ? AND status = 'open'`
		)
		.run(status, user.id, now.toISOString(), note, type, id).changes;
}

/** The open reports' count per record (the dashboard sums them per województwo of its units). */
export function openReportCounts(db: Db): { type: RecordType; id: number; open: number }[] {
	return db.$client
		.prepare(
			`SELECT record_type AS type, record_id AS id, count(*) AS open FROM reports WHERE status = 'open'
			GROUP BY record_type, record_id`
		)
		.all() as { type: RecordType; id: number; open: number }[];
}
