/**
 * The attachments of a practice's edit form (multipart/form-data), as the write path takes them.
 * Kept files come back as parallel repeated fields `attachments.sha256`, `attachments.fileName`,
 * `attachments.title`, in order; a kept file whose hash is listed in `attachments.remove` is left
 * out (a checkbox: works without JavaScript). New files come in `attachments.upload` (a multiple
 * file input; optional titles in `attachments.uploadTitle`, in the same order). Every new file is
 * checked by content and stored; every kept hash must be a stored file the user may see (a forged
 * or foreign hash is refused by name, never attached).
 */
import type { Db } from '../db';
import type { SessionUser } from '../auth/guard';
import type { AttachmentInput } from '../records/types';
import type { Lang } from '../../format';
import { countProblem, lengthProblem } from '../../limits';
import { say } from '../../i18n';
import { ATTACHMENT_FIELDS } from '../../domain/attachment-types';
import { fileAccess } from './access';
import { cleanFileName } from './names';
import { fileProblem } from './sniff';
import { FileRefused, fileRow, storeUpload } from './store';

export { ATTACHMENT_FIELDS };

export interface ReadAttachments {
	attachments: AttachmentInput[];
	errors: string[];
}

const strings = (form: FormData, name: string) =>
	form.getAll(name).map((v) => (typeof v === 'string' ? v : ''));

function title(raw: string | undefined, lang: Lang, errors: string[]): string | null {
	const t = raw?.trim() || null;
	const problem = lengthProblem('attachments', t);
	if (problem) errors.push(say(lang, problem.pl, problem.en));
	return t;
}

/**
 * `user` null: a sender of the public form (/zglos), whose uploads belong to nobody until a
 * curator publishes them; `known`: hashes the form may keep although the user may not see them
 * (the files of the sender's own submission, when it comes back for changes).
 */
export async function readAttachments(
	form: FormData,
	db: Db,
	user: SessionUser | null,
	lang: Lang,
	known: ReadonlySet<string> = new Set()
): Promise<ReadAttachments> {
	const errors: string[] = [];
	const attachments: AttachmentInput[] = [];
	const hashes = strings(form, ATTACHMENT_FIELDS.sha256);
	const names = strings(form, ATTACHMENT_FIELDS.fileName);
	const titles = strings(form, ATTACHMENT_FIELDS.title);
	const removed = new Set(strings(form, ATTACHMENT_FIELDS.remove));
	hashes.forEach((sha256, i) => {
		if (removed.has(sha256)) return;
		const fileName = cleanFileName(names[i] ?? '');
		const row = known.has(sha256) || fileAccess(db, sha256, user) ? fileRow(db, sha256) : undefined;
		if (!row) {
			errors.push(
				fileProblem(
					lang,
					fileName,
					'nie ma takiego zapisanego pliku',
					'there is no such stored file'
				)
			);
			return;
		}
		attachments.push({
			fileName,
			title: title(titles[i], lang, errors),
			fileType: row.mime,
			sizeBytes: row.sizeBytes,
			url: null,
			fileSha256: row.sha256
		});
	});
	const uploads = form
		.getAll(ATTACHMENT_FIELDS.upload)
		.filter((v): v is File => typeof v !== 'string' && v.size > 0);
	const uploadTitles = strings(form, ATTACHMENT_FIELDS.uploadTitle);
	const tooMany = countProblem('attachments', attachments.length + uploads.length);
	if (tooMany) return { attachments, errors: [...errors, say(lang, tooMany.pl, tooMany.en)] };
	for (const [i, file] of uploads.entries()) {
		const fileName = cleanFileName(file.name);
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			const stored = await storeUpload(db, bytes, {
				userId: user?.id ?? null,
				fileName: file.name,
				lang
			});
			attachments.push({
				fileName,
				title: title(uploadTitles[i], lang, errors),
				fileType: stored.mime,
				sizeBytes: stored.sizeBytes,
				url: null,
				fileSha256: stored.sha256
			});
		} catch (e) {
			if (!(e instanceof FileRefused)) throw e;
			errors.push(e.message);
		}
	}
	return { attachments, errors };
}
