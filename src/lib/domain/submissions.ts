/**
 * Submissions and reports from outside the admin area, in one table each: the states a
 * submission goes through, what can happen to it, the reasons of a "Zgłoś problem" report, and
 * the rules' figures (locks, limits, freshness). The server side lives in
 * src/lib/server/submissions/; the public forms at /zglos and /zglos-problem.
 *
 *   unconfirmed ─confirm→ submitted ─assign→ in_review ─publish→ published
 *                              ↑                 │ ─reject→ rejected
 *                              └──resubmit── returned ←return─┘
 */
import type { Bilingual } from './fields';
import { isRecordType, type RecordRef } from './records';

export const SUBMISSION_STATUSES = [
	'unconfirmed',
	'submitted',
	'in_review',
	'returned',
	'published',
	'rejected'
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export interface SubmissionStatusInfo {
	id: SubmissionStatus;
	label: Bilingual;
	/** Waits for a curator (counts in the queue and the digest). */
	open: boolean;
	/** A decision was made; nothing more happens to it. */
	closed: boolean;
}

export const SUBMISSION_STATUS_TABLE: readonly SubmissionStatusInfo[] = [
	{
		id: 'unconfirmed',
		label: { pl: 'niepotwierdzone', en: 'unconfirmed' },
		open: false,
		closed: false
	},
	{ id: 'submitted', label: { pl: 'zgłoszone', en: 'submitted' }, open: true, closed: false },
	{ id: 'in_review', label: { pl: 'w ocenie', en: 'in review' }, open: true, closed: false },
	{
		id: 'returned',
		label: { pl: 'zwrócone do poprawy', en: 'returned for changes' },
		open: false,
		closed: false
	},
	{ id: 'published', label: { pl: 'opublikowane', en: 'published' }, open: false, closed: true },
	{ id: 'rejected', label: { pl: 'odrzucone', en: 'rejected' }, open: false, closed: true }
];

export function submissionStatusInfo(status: SubmissionStatus): SubmissionStatusInfo {
	const info = SUBMISSION_STATUS_TABLE.find((s) => s.id === status);
	if (!info) throw new Error(`unknown submission status ${status}`);
	return info;
}

export const isSubmissionStatus = (v: unknown): v is SubmissionStatus =>
	SUBMISSION_STATUSES.includes(v as SubmissionStatus);

export const SUBMISSION_ACTIONS = [
	'send',
	'confirm',
	'assign',
	'release',
	'return',
	'resubmit',
	'publish',
	'reject',
	'note'
] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

export const REPORT_REASONS = ['wrong', 'outdated', 'spam', 'offensive'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_REASON_LABELS: Record<ReportReason, Bilingual> = {
	wrong: { pl: 'błędne dane', en: 'wrong data' },
	outdated: { pl: 'nieaktualne', en: 'outdated' },
	spam: { pl: 'spam lub reklama', en: 'spam or advertising' },
	offensive: { pl: 'treść obraźliwa', en: 'offensive content' }
};

export const isReportReason = (v: unknown): v is ReportReason =>
	REPORT_REASONS.includes(v as ReportReason);

/** A reviewer's lock on a submission lasts this long, renewed by each action of theirs. */
export const REVIEW_LOCK_MINUTES = 30;
/** A record not confirmed for this long is stale: its unit's editors are asked to confirm it. */
export const STALE_AFTER_MONTHS = 24;
/** Sender contact data of a decided submission is erased after this long (the consent says so). */
export const CONTACT_KEPT_MONTHS = 24;
/** A client address may send this many submissions (and as many reports) per hour. */
export const SUBMISSIONS_PER_HOUR = 5;
export const REPORTS_PER_HOUR = 10;
/** A form sent sooner than this after it was shown is a bot's (override: SUBMIT_MIN_SECONDS). */
export const MIN_FILL_SECONDS = 5;
/** A form older than this must be reloaded (its signed start time has expired). */
export const FORM_MAX_AGE_HOURS = 24;
/** Most links in a submission's free text (summary, presentation, description). */
export const MAX_LINKS_IN_TEXT = 10;
/** Longest report message and sender field. */
export const REPORT_MESSAGE_MAX = 2000;
export const SENDER_FIELD_MAX = 200;

/** The honeypot: a field people never see or fill (hidden by CSS, off the tab order). */
export const HONEYPOT_FIELD = 'fax_number';

/** `praktyka:12` → { type, id }; anything else → null (the `correction_of` and `record` fields). */
export function parseRecordRef(value: unknown): RecordRef | null {
	if (typeof value !== 'string') return null;
	const m = /^([a-z]{1,20}):([1-9]\d{0,8})$/.exec(value.trim());
	if (!m || !isRecordType(m[1])) return null;
	return { type: m[1], id: Number(m[2]) };
}

export const recordRefString = (ref: RecordRef) => `${ref.type}:${ref.id}`;
