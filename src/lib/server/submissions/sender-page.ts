/**
 * The sender's private page (/zglos/stan/{token}): what they may see of their submission (never
 * the reviewers' notes or names), and their changes when it was returned.
 */
import type { Db } from '../db';
import type { Lang } from '../../format';
import { diffInputs } from '../curation/diff';
import { emptyInput, type AnyInput } from '../curation/snapshots';
import type { FieldErrors } from '../curation/form-values';
import { resubmit, submissionByEditToken, type Submission } from './store';
import { formPageData } from './form-page';
import { readRecord, startProblem, type Target } from './send';

const targetOf = (s: Submission): Target =>
	s.recordId === null
		? { kind: 'new', type: s.type }
		: { kind: 'correction', type: s.type, id: s.recordId };

export function senderView(db: Db, token: string) {
	const s = submissionByEditToken(db, token);
	if (!s) return null;
	const target = targetOf(s);
	return {
		...formPageData(db, target, s.input),
		id: s.id,
		status: s.status,
		reason: s.status === 'returned' || s.status === 'rejected' ? s.decisionReason : null,
		resultId: s.resultId,
		createdAt: s.createdAt,
		/** What was sent, field by field. */
		sent: diffInputs(emptyInput(s.type), s.input)
	};
}

const hashesOf = (input: AnyInput) =>
	new Set(
		('attachments' in input ? (input.attachments ?? []) : [])
			.map((a) => a.fileSha256)
			.filter((h): h is string => Boolean(h))
	);

export async function resubmitForm(
	db: Db,
	token: string,
	request: Request,
	lang: Lang
): Promise<
	| { ok: true }
	| { ok: false; status: 400 | 404; errors: FieldErrors; input?: AnyInput; memberList?: string }
> {
	const s = submissionByEditToken(db, token);
	if (!s || s.status !== 'returned')
		return {
			ok: false,
			status: s ? 400 : 404,
			errors: {
				_:
					lang === 'pl'
						? 'To zgłoszenie nie czeka na poprawki.'
						: 'This submission is not waiting for changes.'
			}
		};
	const form = await request.formData();
	const record = await readRecord(db, form, s.type, s.input, lang, hashesOf(s.input));
	const errors: FieldErrors = { ...record.errors };
	const started = startProblem(db, form.get('started'), lang);
	if (started) errors._ = started;
	if (Object.keys(errors).length > 0)
		return { ok: false, status: 400, errors, input: record.input, memberList: record.memberList };
	resubmit(db, s.id, record.input);
	return { ok: true };
}
