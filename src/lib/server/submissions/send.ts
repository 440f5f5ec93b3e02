/**
 * The public form's server side (`/zglos`, action `?/send`; the sender's `?/resubmit`): what is
 * sent is read by the admin editors' own parsers (field names as the API record's), so the write
 * path's checks and limits apply, plus the sender's block (`sender_name`, `sender_email`,
 * `sender_institution`, `sender_public`, `consent`) and, for a correction, `correction_of`.
 * Spam without a captcha: a honeypot field, a minimum time between showing the form and sending it
 * (a start time signed with the site's secret, `started`), a per-address limit per hour (429), and
 * a limit on links in free text. Every refusal names the field and stores nothing.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { Db } from '../db';
import { looksLikeEmail } from '../auth/users';
import type { Lang } from '../../format';
import { say } from '../../i18n';
import { isRecordType, type RecordType } from '../../domain/records';
import {
	FORM_MAX_AGE_HOURS,
	HONEYPOT_FIELD,
	MAX_LINKS_IN_TEXT,
	MIN_FILL_SECONDS,
	SENDER_FIELD_MAX,
	SUBMISSIONS_PER_HOUR,
	parseRecordRef
} from '../../domain/submissions';
import { addressHash, keyedHash, keyedHashMatches } from '../secret';
import { readAttachments } from '../files/form';
import type { FieldErrors } from '../curation/form-values';
import { parsePracticeForm } from '../curation/practice-form';
import { parsePartnershipForm } from '../curation/partnership-form';
import { parseMemberFields } from '../curation/member-fields';
import { diffInputs } from '../curation/diff';
import { emptyInput, liveSnapshot, liveState, type AnyInput } from '../curation/snapshots';
import { enqueueMail } from '../mail/outbox';
import { countFromAddress, createSubmission, getSubmission, type Sender } from './store';
import { confirmMail } from './mails';
import type { RecordInputs } from '../curation/snapshots';

const START = 'form-start';

/** The hidden `started` field: when the form was shown, signed so it cannot be made up. */
export function startToken(db: Db, now = new Date()): string {
	const t = String(now.getTime());
	return `${t}.${keyedHash(db, START, t)}`;
}

export const minFillSeconds = () => {
	const v = Number(env.SUBMIT_MIN_SECONDS);
	return Number.isFinite(v) && v >= 0 ? v : MIN_FILL_SECONDS;
};

/** Why the start time is refused, or null. */
export function startProblem(
	db: Db,
	token: unknown,
	lang: Lang,
	now = new Date(),
	min = minFillSeconds()
): string | null {
	const m = typeof token === 'string' ? /^(\d{1,15})\.([0-9a-f]{64})$/.exec(token) : null;
	if (!m || !keyedHashMatches(db, START, m[1], m[2]))
		return say(
			lang,
			'Formularz jest niekompletny lub uszkodzony. Odśwież stronę i wyślij go ponownie.',
			'The form is incomplete or damaged. Reload the page and send it again.'
		);
	const age = now.getTime() - Number(m[1]);
	if (age > FORM_MAX_AGE_HOURS * 3_600_000)
		return say(
			lang,
			`Formularz był otwarty dłużej niż ${FORM_MAX_AGE_HOURS} godziny. Wyślij go ponownie (wpisane dane zostały zachowane).`,
			`The form was open for more than ${FORM_MAX_AGE_HOURS} hours. Send it again (what you typed is kept).`
		);
	if (age < min * 1000)
		return say(
			lang,
			`Formularz wysłano zbyt szybko (w mniej niż ${min} s). Sprawdź dane i wyślij ponownie.`,
			`The form was sent too quickly (in under ${min} s). Check it and send it again.`
		);
	return null;
}

const text = (form: FormData, name: string) => {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim() : '';
};

/** The sender's block, with its messages. */
export function readSender(form: FormData, lang: Lang) {
	const errors: FieldErrors = {};
	const fields = {
		name: text(form, 'sender_name'),
		email: text(form, 'sender_email'),
		institution: text(form, 'sender_institution')
	};
	for (const [key, value] of Object.entries(fields))
		if (value.length > SENDER_FIELD_MAX)
			errors[`sender_${key}`] = say(
				lang,
				`Za długie: ${value.length} znaków, dozwolone ${SENDER_FIELD_MAX}.`,
				`Too long: ${value.length} characters, at most ${SENDER_FIELD_MAX}.`
			);
	if (!fields.name) errors.sender_name ??= say(lang, 'Podaj imię i nazwisko.', 'Give your name.');
	if (!looksLikeEmail(fields.email))
		errors.sender_email ??= say(
			lang,
			'Podaj adres e-mail w postaci nazwa@domena.pl.',
			'Give an e-mail address such as name@example.org.'
		);
	if (form.get('consent') !== 'on' && form.get('consent') !== 'yes')
		errors.consent = say(
			lang,
			'Zaznacz zgodę na przetwarzanie danych, bez niej nie możemy przyjąć zgłoszenia.',
			'Tick the consent to the processing of your data; without it we cannot take the submission.'
		);
	const sender: Sender = {
		name: fields.name.slice(0, SENDER_FIELD_MAX),
		email: fields.email.slice(0, SENDER_FIELD_MAX).toLowerCase(),
		institution: fields.institution.slice(0, SENDER_FIELD_MAX) || null,
		public: form.get('sender_public') === 'on' || form.get('sender_public') === 'yes'
	};
	return { sender, errors };
}

const LINK = /\b(?:https?:\/\/|www\.)/gi;

/** Too many links in the free text (a spammer's mark). */
function linkProblems(type: RecordType, input: AnyInput, lang: Lang): FieldErrors {
	const errors: FieldErrors = {};
	const texts: [string, string | null | undefined][] =
		type === 'praktyka'
			? [
					['summary', (input as RecordInputs['praktyka']).summary],
					['presentationHtml', (input as RecordInputs['praktyka']).presentation]
				]
			: [['descriptionHtml', (input as RecordInputs['partnerstwo']).description]];
	for (const [field, value] of texts) {
		const n = (value ?? '').match(LINK)?.length ?? 0;
		if (n > MAX_LINKS_IN_TEXT)
			errors[field] = say(
				lang,
				`Za dużo linków: ${n}, dozwolone ${MAX_LINKS_IN_TEXT}. Źródła wpisz w polu „Źródła”.`,
				`Too many links: ${n}, at most ${MAX_LINKS_IN_TEXT}. Put sources in the "Sources" field.`
			);
	}
	return errors;
}

/** What the form is about: a new record of a type, or a correction of a published record. */
export type Target =
	{ kind: 'new'; type: RecordType } | { kind: 'correction'; type: RecordType; id: number };

/**
 * `?typ=` and `?correction_of=` (or the same form fields): the target, or a message naming the
 * field when it is malformed, unknown or not public.
 */
export function readTarget(
	db: Db,
	get: (name: string) => string | null,
	lang: Lang
): { target: Target } | { problem: string; field: string } {
	const correction = get('correction_of');
	if (correction) {
		const ref = parseRecordRef(correction);
		if (!ref)
			return {
				field: 'correction_of',
				problem: say(
					lang,
					`„${correction.slice(0, 40)}” nie wskazuje rekordu (oczekiwano praktyka:ID albo partnerstwo:ID).`,
					`"${correction.slice(0, 40)}" does not name a record (expected praktyka:ID or partnerstwo:ID).`
				)
			};
		if (liveState(db, ref.type, ref.id)?.status !== 'published')
			return {
				field: 'correction_of',
				problem: say(
					lang,
					`Nie ma opublikowanego rekordu ${ref.type}:${ref.id}.`,
					`There is no published record ${ref.type}:${ref.id}.`
				)
			};
		return { target: { kind: 'correction', type: ref.type, id: ref.id } };
	}
	const typ = get('typ') ?? 'praktyka';
	if (!isRecordType(typ))
		return {
			field: 'typ',
			problem: say(
				lang,
				`Nieznany rodzaj zgłoszenia „${typ.slice(0, 30)}” (praktyka albo partnerstwo).`,
				`Unknown kind of submission "${typ.slice(0, 30)}" (praktyka or partnerstwo).`
			)
		};
	return { target: { kind: 'new', type: typ } };
}

/** The form's starting content: empty, or the published record for a correction. */
export function baseInput(db: Db, target: Target): AnyInput {
	return target.kind === 'correction'
		? liveSnapshot(db, target.type, target.id)!
		: emptyInput(target.type);
}

/** Reads the record's fields with the editors' parsers (their checks, limits, messages). */
export async function readRecord(
	db: Db,
	form: FormData,
	type: RecordType,
	base: AnyInput,
	lang: Lang,
	known: ReadonlySet<string> = new Set()
) {
	const result =
		type === 'praktyka'
			? parsePracticeForm(
					form,
					base as RecordInputs['praktyka'],
					db,
					lang,
					await readAttachments(form, db, null, lang, known)
				)
			: parsePartnershipForm(
					form,
					base as RecordInputs['partnerstwo'],
					db,
					lang,
					parseMemberFields
				);
	const errors = { ...result.errors, ...linkProblems(type, result.input, lang) };
	return { input: result.input as AnyInput, errors, memberList: result.memberList };
}

export type SendResult =
	| { ok: true; id: number; editToken: string; confirm: boolean }
	/** The honeypot was filled: answered like a success, nothing stored. */
	| { ok: true; id: null; editToken: null; confirm: false }
	| {
			ok: false;
			status: 400 | 429;
			errors: FieldErrors;
			input: AnyInput;
			memberList?: string;
			target: Target | null;
			/** The sender's block as typed (given back to the form). */
			sender?: Record<string, string>;
	  };

/** `?/send`. `origin`: the site's public origin, for the mailed links. */
export async function sendForm(
	db: Db,
	event: Pick<RequestEvent, 'getClientAddress' | 'request'>,
	lang: Lang,
	origin: string,
	now = new Date()
): Promise<SendResult> {
	const form = await event.request.formData();
	const got = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' && v.trim() ? v.trim() : null;
	};
	const t = readTarget(db, got, lang);
	if ('problem' in t)
		return {
			ok: false,
			status: 400,
			errors: { [t.field]: t.problem },
			input: emptyInput('praktyka'),
			target: null
		};
	const { target } = t;
	// A bot fills every field; people never see this one. No hint of why nothing happened.
	if (got(HONEYPOT_FIELD)) return { ok: true, id: null, editToken: null, confirm: false };
	const base = baseInput(db, target);
	const address = addressHash(db, event.getClientAddress());
	const since = new Date(now.getTime() - 3_600_000);
	const typed = Object.fromEntries(
		['sender_name', 'sender_email', 'sender_institution', 'sender_public', 'consent'].map((k) => [
			k,
			(got(k) ?? '').slice(0, SENDER_FIELD_MAX)
		])
	);
	const fail = (status: 400 | 429, errors: FieldErrors, input: AnyInput, memberList?: string) =>
		({ ok: false, status, errors, input, memberList, target, sender: typed }) as const;
	if (countFromAddress(db, address, since) >= SUBMISSIONS_PER_HOUR)
		return fail(
			429,
			{
				_: say(
					lang,
					`Z tego adresu wysłano już ${SUBMISSIONS_PER_HOUR} zgłoszeń w ciągu godziny. Spróbuj ponownie później albo napisz do kuratorów.`,
					`${SUBMISSIONS_PER_HOUR} submissions were already sent from this address within an hour. Try again later, or write to the curators.`
				)
			},
			base
		);
	const started = startProblem(db, form.get('started'), lang, now);
	const { sender, errors: senderErrors } = readSender(form, lang);
	const record = await readRecord(db, form, target.type, base, lang);
	const errors: FieldErrors = { ...record.errors, ...senderErrors };
	if (started) errors._ = started;
	if (target.kind === 'correction' && Object.keys(errors).length === 0)
		if (diffInputs(base, record.input).length === 0)
			errors._ = say(
				lang,
				'Poprawka niczego nie zmienia: popraw co najmniej jedno pole.',
				'The correction changes nothing: change at least one field.'
			);
	if (Object.keys(errors).length > 0) return fail(400, errors, record.input, record.memberList);
	const confirm = Boolean(env.SMTP_URL);
	const created = db.$client.transaction(() => {
		const c = createSubmission(db, {
			type: target.type,
			recordId: target.kind === 'correction' ? target.id : null,
			input: record.input as RecordInputs[RecordType],
			sender,
			lang,
			addressHash: address,
			confirmByMail: confirm
		});
		if (c.confirmToken)
			enqueueMail(db, {
				kind: 'confirm',
				to: sender.email,
				...confirmMail(getSubmission(db, c.id)!, origin, c.confirmToken, c.editToken),
				submissionId: c.id
			});
		return c;
	})();
	return { ok: true, id: created.id, editToken: created.editToken, confirm };
}
