/**
 * The admin record pages' server side, one for both record types: the edit form's load and its
 * form actions `?/save`, `?/publish`, `?/archive`, `?/verify`, `?/restore` (SvelteKit form actions,
 * working without JavaScript). Every one checks the session and the rights itself
 * (auth/guard.ts): the layout's check does not cover actions.
 * - save: 303 to the new record's page when it was new; 400 with every typed value and the
 *   per-field messages when the input is refused; 409 with what changed meanwhile on a conflict.
 * - publish: saves what the form holds first, then publishes (curators and admins).
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { getDb, type Db } from '../db';
import { adminPath, type RecordType } from '../../domain/records';
import { roleInfo } from '../../domain/roles';
import { recordId } from '../../../params/id';
import { requirePermission, requireUnits, requireUser, type SessionUser } from '../auth/guard';
import { RecordError } from '../records/checks';
import type { FieldErrors } from './form-values';
import { parsePracticeForm, type FormResult } from './practice-form';
import { parsePartnershipForm } from './partnership-form';
import { readAttachments } from '../files/form';
import { parseMemberFields } from './member-fields';
import { listRevisions, type RevisionSummary } from './revisions';
import { emptyInput, titleOf, unitsOf, type RecordInputs } from './snapshots';
import {
	ConflictError,
	archiveRecord,
	diffRevisions,
	loadEditable,
	publishRecord,
	restoreRevision,
	saveRecord,
	verifyRecord,
	hideRecord,
	showRecord,
	type Editable
} from './workflow';
import { closeReports, reportsOf, type Report } from '../submissions/reports';
import { isStale, lastConfirmed } from '../submissions/freshness';
import type { FieldChange } from './diff';

type Parser<T extends RecordType> = (
	form: FormData,
	base: RecordInputs[T],
	db: Db,
	event: RequestEvent,
	user: SessionUser
) => FormResult<RecordInputs[T]> | Promise<FormResult<RecordInputs[T]>>;

const parsers: { [T in RecordType]?: Parser<T> } = {
	praktyka: async (form, base, db, event, user) =>
		parsePracticeForm(
			form,
			base,
			db,
			event.locals.lang,
			await readAttachments(form, db, user, event.locals.lang)
		),
	partnerstwo: (form, base, db, event) =>
		parsePartnershipForm(form, base, db, event.locals.lang, parseMemberFields)
};

/** Lets a record type's form parser be registered by its module (partnerships, attachments). */
export function registerParser<T extends RecordType>(type: T, parser: Parser<T>): void {
	(parsers as Record<RecordType, unknown>)[type] = parser;
}

/** What the edit page gets: the record, its history, and what the user may do with it. */
export interface EditData<T extends RecordType = RecordType> {
	record: Editable<T>;
	history: RevisionSummary[];
	may: { publish: boolean; verify: boolean; archive: boolean; hide: boolean };
	/** "Zgłoś problem" reports on it, open first (reporters' e-mails only for those who publish). */
	reports: Report[];
	/** Not confirmed for STALE_AFTER_MONTHS (freshness.ts), and since when. */
	stale: boolean;
	lastConfirmed: string | null;
}

/** What a refused action gives back to the page: everything typed, and why it was refused. */
export interface EditFailure<T extends RecordType = RecordType> {
	input?: RecordInputs[T];
	errors: FieldErrors;
	/** A pasted member list's lines that did not become members (partnerships). */
	memberList?: string;
	conflict?: { latest: number; by: string; at: string; changes: FieldChange[] };
}

function idOf(event: Pick<RequestEvent, 'params'>): number | null {
	const raw = (event.params as Record<string, string | undefined>).id;
	if (raw === undefined) return null;
	const id = recordId(raw);
	if (id === null) error(404, 'Nie ma takiego rekordu / No such record');
	return id;
}

function editableOr404<T extends RecordType>(db: Db, type: T, id: number): Editable<T> {
	const record = loadEditable(db, type, id);
	if (!record) error(404, 'Nie ma takiego rekordu / No such record');
	return record;
}

function mayOf(user: SessionUser): EditData['may'] {
	const role = roleInfo(user.role);
	return {
		publish: role.publishes,
		verify: role.verifies,
		archive: role.publishes,
		hide: role.publishes
	};
}

/** The record's reports and freshness, as its edit page shows them. */
function careOf(db: Db, type: RecordType, id: number, user: SessionUser) {
	const publishes = roleInfo(user.role).publishes;
	return {
		reports: reportsOf(db, type, id).map((r) => (publishes ? r : { ...r, reporterEmail: null })),
		stale: isStale(db, type, id),
		lastConfirmed: lastConfirmed(db, type, id)
	};
}

/** The edit page's load: a record the user may edit (403 otherwise), or a new one. */
export function editLoad<T extends RecordType>(type: T) {
	return (event: RequestEvent): EditData<T> => {
		const user = requireUser(event);
		const db = getDb();
		const id = idOf(event);
		if (id === null) {
			const input = emptyInput(type);
			const record: Editable<T> = {
				type,
				id: null,
				slug: null,
				input,
				revision: 0,
				status: 'draft',
				publishedRevision: null,
				pending: false,
				verifiedAt: null,
				verifiedBy: null,
				updatedAt: null
			};
			return {
				record,
				history: [],
				may: mayOf(user),
				reports: [],
				stale: false,
				lastConfirmed: null
			};
		}
		const record = editableOr404(db, type, id);
		requireUnits(user, unitsOf(type, record.input));
		return {
			record,
			history: listRevisions(db, type, id),
			may: mayOf(user),
			...careOf(db, type, id, user)
		};
	};
}

const baseRevisionOf = (form: FormData) => {
	const v = form.get('revision');
	return typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : -1;
};

/** Refusals as the page shows them. */
function refused<T extends RecordType>(e: unknown, input: RecordInputs[T]) {
	if (e instanceof ConflictError)
		return fail(409, {
			input,
			errors: {},
			conflict: { latest: e.latest, by: e.by, at: e.at, changes: e.changes }
		} satisfies EditFailure<T>);
	if (e instanceof RecordError)
		return fail(400, { input, errors: { _: e.message } } satisfies EditFailure<T>);
	throw e;
}

/**
 * Reads and checks the form, then saves it. Returns the save, or the failure to answer with.
 * The user must be allowed both the record as it was and as it would be (an editor cannot move a
 * record out of their units).
 */
async function saveForm<T extends RecordType>(event: RequestEvent, type: T, user: SessionUser) {
	const db = getDb();
	const id = idOf(event);
	const record = id === null ? null : editableOr404(db, type, id);
	if (record) requireUnits(user, unitsOf(type, record.input));
	const form = await event.request.formData();
	const parser = parsers[type] as Parser<T> | undefined;
	if (!parser) error(500, `no form parser for ${type}`);
	const { input, errors, memberList } = await parser(
		form,
		record?.input ?? emptyInput(type),
		db,
		event,
		user
	);
	if (Object.keys(errors).length > 0)
		return { failure: fail(400, { input, errors, memberList } satisfies EditFailure<T>) };
	requireUnits(user, unitsOf(type, input));
	try {
		const saved = saveRecord(db, type, id, input, {
			author: user,
			baseRevision: baseRevisionOf(form)
		});
		return { saved, input };
	} catch (e) {
		return { failure: refused(e, input) };
	}
}

/** A record the user may edit, for the actions that do not read the form's fields. */
function target<T extends RecordType>(event: RequestEvent, type: T, user: SessionUser) {
	const db = getDb();
	const id = idOf(event);
	if (id === null) error(404, 'Nie ma takiego rekordu / No such record');
	const record = editableOr404(db, type, id);
	requireUnits(user, unitsOf(type, record.input));
	return { db, id, record };
}

/** The form actions of a record's edit page. */
export function recordActions<T extends RecordType>(type: T) {
	return {
		save: async (event: RequestEvent) => {
			const user = requireUser(event);
			const r = await saveForm(event, type, user);
			if (r.failure) return r.failure;
			if (r.saved.created) redirect(303, adminPath(type, r.saved.id));
			return { saved: r.saved.revision, changes: r.saved.changes.length };
		},
		publish: async (event: RequestEvent) => {
			const user = requirePermission(event, 'publishes');
			const r = await saveForm(event, type, user);
			if (r.failure) return r.failure;
			publishRecord(getDb(), type, r.saved.id, user);
			if (r.saved.created) redirect(303, adminPath(type, r.saved.id));
			return { published: true };
		},
		archive: (event: RequestEvent) => {
			const user = requirePermission(event, 'publishes');
			const { db, id } = target(event, type, user);
			archiveRecord(db, type, id, user);
			return { archived: true };
		},
		hide: async (event: RequestEvent) => {
			const user = requirePermission(event, 'publishes');
			const { db, id, record } = target(event, type, user);
			const note = String((await event.request.formData()).get('note') ?? '')
				.trim()
				.slice(0, 1000);
			try {
				hideRecord(db, type, id, user, note || null);
			} catch (e) {
				return refused(e, record.input);
			}
			return { hidden: true };
		},
		show: (event: RequestEvent) => {
			const user = requirePermission(event, 'publishes');
			const { db, id, record } = target(event, type, user);
			try {
				showRecord(db, type, id, user);
			} catch (e) {
				return refused(e, record.input);
			}
			return { shown: true };
		},
		closeReports: async (event: RequestEvent) => {
			const user = requirePermission(event, 'publishes');
			const { db, id } = target(event, type, user);
			const form = await event.request.formData();
			const how = form.get('how') === 'dismissed' ? 'dismissed' : 'resolved';
			const n = closeReports(db, type, id, user, how, null);
			return { reportsClosed: n };
		},
		verify: (event: RequestEvent) => {
			const user = requirePermission(event, 'verifies');
			const { db, id } = target(event, type, user);
			verifyRecord(db, type, id, user);
			return { verified: true };
		},
		restore: async (event: RequestEvent) => {
			const user = requireUser(event);
			const { db, id, record } = target(event, type, user);
			const form = await event.request.formData();
			const number = Number(form.get('number'));
			if (!Number.isInteger(number) || number < 1)
				return fail(400, { errors: { _: 'Nie ma takiej wersji / No such revision' } });
			try {
				const r = restoreRevision(db, type, id, number, {
					author: user,
					baseRevision: baseRevisionOf(form)
				});
				return { restored: number, revision: r.revision };
			} catch (e) {
				return refused(e, record.input);
			}
		}
	};
}

/** What the history page gets: every revision, and the diff between two chosen ones. */
export interface HistoryData {
	title: string;
	id: number;
	revision: number;
	history: RevisionSummary[];
	compare: { a: number; b: number; changes: FieldChange[] } | null;
}

/** The history page's load: the revisions of a record the user may edit, `?a=&b=` compared. */
export function historyLoad<T extends RecordType>(type: T) {
	return (event: RequestEvent): HistoryData => {
		const user = requireUser(event);
		const db = getDb();
		const id = idOf(event);
		if (id === null) error(404, 'Nie ma takiego rekordu / No such record');
		const record = editableOr404(db, type, id);
		requireUnits(user, unitsOf(type, record.input));
		const history = listRevisions(db, type, id);
		const num = (k: string) => {
			const v = event.url.searchParams.get(k);
			return v && /^\d{1,9}$/.test(v) ? Number(v) : null;
		};
		const a = num('a');
		const b = num('b');
		let compare: HistoryData['compare'] = null;
		if (a !== null && b !== null) {
			const changes = diffRevisions(db, type, id, Math.min(a, b), Math.max(a, b));
			if (changes) compare = { a: Math.min(a, b), b: Math.max(a, b), changes };
		}
		return { title: titleOf(type, record.input), id, revision: record.revision, history, compare };
	};
}
