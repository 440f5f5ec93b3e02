/**
 * The review queue's server side: `/admin/zgloszenia` (the queue) and `/admin/zgloszenia/{id}`
 * with its form actions `?/assign`, `?/release`, `?/publish`, `?/reject`, `?/return`, `?/note`.
 * Curators and admins review every submission; a unit's editors see those about their units and
 * may add notes; anyone else gets 403 (auth/guard.ts does the checks; every action checks again).
 */
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { getDb, type Db } from '../db';
import { sectionBySlug } from '../../domain/sections';
import { adminPath, isRecordType, type RecordType } from '../../domain/records';
import { isSubmissionStatus, type SubmissionStatus } from '../../domain/submissions';
import { recordId } from '../../../params/id';
import { requirePermission, requireUser, type SessionUser } from '../auth/guard';
import { say } from '../../i18n';
import { publicOrigin } from '../origin';
import { RecordError } from '../records/checks';
import type { FieldChange } from '../curation/diff';
import { diffInputs } from '../curation/diff';
import { emptyInput, liveState, titleOf } from '../curation/snapshots';
import { loadEditable } from '../curation/workflow';
import { likelyDuplicates, type Duplicate } from './duplicates';
import { reportedRecords, type ReportedRecord } from './reports';
import { decisionMail, senderPath } from './mails';
import {
	LockedError,
	SENDER_LABEL,
	StateError,
	addNote,
	assignSubmission,
	correctionChanges,
	getSubmission,
	listEvents,
	listSubmissions,
	mayReview,
	maySee,
	publishSubmission,
	rejectSubmission,
	releaseSubmission,
	returnSubmission,
	type Submission,
	type SubmissionEvent
} from './store';

/** Longest reason or note. */
export const NOTE_MAX = 5000;

export interface QueueItem {
	id: number;
	type: RecordType;
	title: string;
	/** The record a correction is about. */
	recordId: number | null;
	status: SubmissionStatus;
	confirmed: boolean;
	institution: string | null;
	assignedLabel: string | null;
	lockedUntil: string | null;
	createdAt: string;
	units: string[];
}

export interface QueueData {
	items: QueueItem[];
	status: SubmissionStatus | 'open' | 'all';
	type: RecordType | null;
	mayReview: boolean;
	/** Records with open "Zgłoś problem" reports, most reported first. */
	reported: ReportedRecord[];
}

function queueItem(s: Submission): QueueItem {
	return {
		id: s.id,
		type: s.type,
		title: titleOf(s.type, s.input),
		recordId: s.recordId,
		status: s.status,
		confirmed: s.confirmedAt !== null,
		institution: s.sender?.institution ?? null,
		assignedLabel: s.assignedLabel,
		lockedUntil: s.lockedUntil,
		createdAt: s.createdAt,
		units: s.units
	};
}

/** The queue's load: `?status=` (open by default, `all`, or a status) and `?typ=`. */
export function queueLoad(event: RequestEvent): QueueData {
	const user = requireUser(event);
	const raw = event.url.searchParams.get('status');
	const status = raw === 'all' || isSubmissionStatus(raw) ? raw : 'open';
	const t = event.url.searchParams.get('typ');
	const type = t && isRecordType(t) ? t : null;
	const items = listSubmissions(getDb(), user, { status, type: type ?? undefined }).map(queueItem);
	return {
		items,
		status,
		type,
		mayReview: mayReview(user),
		reported: reportedRecords(getDb(), user)
	};
}

export interface ReviewData {
	submission: Omit<Submission, 'sender' | 'input'> & {
		title: string;
		sender: (Omit<NonNullable<Submission['sender']>, 'email'> & { email: string | null }) | null;
	};
	/** A new record: its fields; a correction: its fields against the record's newest version. */
	changes: FieldChange[];
	/** The corrected record as it is now (null for a new record or when it is gone). */
	record: { id: number; title: string; status: string; adminPath: string } | null;
	duplicates: Duplicate[];
	/** `bySender`: the sender's own steps (sent, confirmed, changed). */
	events: (SubmissionEvent & { bySender: boolean })[];
	may: { review: boolean; note: boolean };
	/** Someone else holds the lock (until then). */
	lockedBy: { label: string; until: string } | null;
	userId: number;
}

function idOf(event: Pick<RequestEvent, 'params'>): number {
	const id = recordId((event.params as Record<string, string>).id ?? '');
	if (id === null) error(404, 'Nie ma takiego zgłoszenia / No such submission');
	return id;
}

/**
 * Units by name beside their TERYT codes in the changes a reviewer reads (members, gminy), and a
 * practice's section by its name rather than its slug.
 */
function withUnitNames(db: Db, changes: FieldChange[]): FieldChange[] {
	const name = db.$client.prepare('SELECT name FROM units WHERE code = ?').pluck();
	const named = (code: unknown) =>
		typeof code === 'string' && /^\d{2,7}$/.test(code)
			? `${(name.get(code) as string | undefined) ?? '?'} (${code})`
			: code;
	const show = (field: string, v: unknown): unknown => {
		if (field === 'unit') return named(v);
		if (field === 'section' && typeof v === 'string') return sectionBySlug(v)?.pl ?? v;
		if (field === 'units' && Array.isArray(v)) return v.map(named);
		if (field === 'members' && Array.isArray(v))
			return v.map(
				(m: { teryt: string; role: string; joined?: string | null; left?: string | null }) => ({
					...m,
					teryt: named(m.teryt)
				})
			);
		return v;
	};
	return changes.map((c) => ({
		...c,
		before: show(c.field, c.before),
		after: show(c.field, c.after)
	}));
}

/** The submission, if the user may see it: 404 when there is none, 403 when it is not theirs. */
function visible(event: RequestEvent, user: SessionUser): Submission {
	const s = getSubmission(getDb(), idOf(event));
	if (!s) error(404, say(user.lang, 'Nie ma takiego zgłoszenia.', 'There is no such submission.'));
	if (!maySee(user, s))
		error(
			403,
			say(
				user.lang,
				'Nie masz uprawnień do tej czynności (403).',
				'You do not have the rights for this (403).'
			)
		);
	return s;
}

export function reviewLoad(event: RequestEvent): ReviewData {
	const user = requireUser(event);
	const db = getDb();
	const s = visible(event, user);
	const review = mayReview(user);
	const state = s.recordId === null ? null : liveState(db, s.type, s.recordId);
	const current = s.recordId === null ? null : loadEditable(db, s.type, s.recordId);
	const changes = withUnitNames(
		db,
		s.recordId === null ? diffInputs(emptyInput(s.type), s.input) : correctionChanges(db, s)
	);
	const now = Date.now();
	const lockedBy =
		s.assignedTo !== null &&
		s.assignedTo !== user.id &&
		s.lockedUntil !== null &&
		Date.parse(s.lockedUntil) > now
			? { label: s.assignedLabel ?? '?', until: s.lockedUntil }
			: null;
	const { input, sender, ...rest } = s;
	return {
		submission: {
			...rest,
			title: titleOf(s.type, input),
			// The sender's e-mail is for those who decide; a unit's editors see name and institution.
			sender: sender ? { ...sender, email: review ? sender.email : null } : null
		},
		changes,
		record:
			s.recordId !== null && state && current
				? {
						id: s.recordId,
						title: titleOf(s.type, current.input),
						status: state.status,
						adminPath: adminPath(s.type, s.recordId)
					}
				: null,
		duplicates: s.recordId === null ? likelyDuplicates(db, s.type, input) : [],
		events: listEvents(db, s.id).map((e) => ({ ...e, bySender: e.actorLabel === SENDER_LABEL })),
		may: { review, note: true },
		lockedBy,
		userId: user.id
	};
}

const text = (form: FormData, name: string) => {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim() : '';
};

/** A required free text (reason, note) within NOTE_MAX; the failure to answer with otherwise. */
function requiredText(
	form: FormData,
	name: 'reason' | 'note',
	lang: 'pl' | 'en',
	action: 'reject' | 'return' | 'note'
) {
	const v = text(form, name);
	if (!v)
		return {
			failure: fail(400, {
				errors: {
					[name]: say(
						lang,
						name === 'reason' ? 'Podaj uzasadnienie dla zgłaszającego.' : 'Wpisz treść notatki.',
						name === 'reason' ? 'Give the sender a reason.' : 'Write the note.'
					)
				},
				[name]: v,
				action
			})
		};
	if (v.length > NOTE_MAX) {
		return {
			failure: fail(400, {
				errors: {
					[name]: say(
						lang,
						`Tekst jest za długi: ${v.length} znaków, dozwolone ${NOTE_MAX}.`,
						`The text is too long: ${v.length} characters, at most ${NOTE_MAX}.`
					)
				},
				[name]: v.slice(0, NOTE_MAX),
				action
			})
		};
	}
	return { value: v };
}

/** The refusals every decision may meet, as the page shows them. */
function refused(e: unknown, lang: 'pl' | 'en') {
	if (e instanceof LockedError)
		return fail(409, {
			errors: {
				_: say(
					lang,
					`Zgłoszenie ocenia teraz ${e.by} (do ${clock(e.until)}). Poczekaj albo poproś o zwolnienie.`,
					`${e.by} is reviewing this submission (until ${clock(e.until)}). Wait, or ask them to release it.`
				)
			}
		});
	if (e instanceof StateError || e instanceof RecordError)
		return fail(400, { errors: { _: e.message } });
	throw e;
}

const clock = (iso: string) =>
	new Date(iso).toLocaleTimeString('pl-PL', {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/Warsaw'
	});

/** A submission the user may decide on (curators and admins; 403 for others). */
function decidable(event: RequestEvent) {
	const user = requirePermission(event, 'publishes');
	const s = visible(event, user);
	return { user, s, db: getDb(), origin: publicOrigin(event.url) };
}

/** The submission page's form actions (each checks the session and the rights first). */
export const reviewActions = () => ({
	assign: (event: RequestEvent) => {
		const { user, s, db } = decidable(event);
		try {
			assignSubmission(db, s.id, user);
		} catch (e) {
			return refused(e, user.lang);
		}
		return { assigned: true };
	},
	release: (event: RequestEvent) => {
		const { user, s, db } = decidable(event);
		releaseSubmission(db, s.id, user);
		return { released: true };
	},
	publish: async (event: RequestEvent) => {
		const { user, s, db, origin } = decidable(event);
		const form = await event.request.formData();
		const fields =
			s.recordId === null
				? null
				: form.getAll('fields').filter((f): f is string => typeof f === 'string');
		try {
			const id = publishSubmission(db, s.id, user, fields, decisionMail(origin));
			return { published: id, path: adminPath(s.type, id) };
		} catch (e) {
			return refused(e, user.lang);
		}
	},
	reject: async (event: RequestEvent) => {
		const { user, s, db, origin } = decidable(event);
		const r = requiredText(await event.request.formData(), 'reason', user.lang, 'reject');
		if (r.failure) return r.failure;
		try {
			rejectSubmission(db, s.id, user, r.value, decisionMail(origin));
		} catch (e) {
			return refused(e, user.lang);
		}
		return { rejected: true };
	},
	return: async (event: RequestEvent) => {
		const { user, s, db, origin } = decidable(event);
		const r = requiredText(await event.request.formData(), 'reason', user.lang, 'return');
		if (r.failure) return r.failure;
		try {
			returnSubmission(
				db,
				s.id,
				user,
				r.value,
				(token) => origin + senderPath(token),
				decisionMail(origin)
			);
		} catch (e) {
			return refused(e, user.lang);
		}
		return { returned: true };
	},
	note: async (event: RequestEvent) => {
		const user = requireUser(event);
		const s = visible(event, user);
		const r = requiredText(await event.request.formData(), 'note', user.lang, 'note');
		if (r.failure) return r.failure;
		addNote(getDb(), s.id, user, r.value);
		return { noted: true };
	}
});
