/**
 * GET /pliki/{sha256}/{name}: an uploaded attachment, always as a download (never shown inline,
 * never sniffed, sandboxed if opened anyway). Public once a published practice lists it;
 * otherwise only for those who may see a draft with it (src/lib/server/files/access.ts), and 404
 * for everyone else, as for a file that does not exist. The name in the path is only what the
 * download is called. Not in the page cache or the fast lane (neither matches /pliki/).
 */
import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { fileAccess } from '$lib/server/files/access';
import { fileRow, readStored } from '$lib/server/files/store';
import { contentDisposition, downloadName } from '$lib/server/files/names';
import { attachmentType } from '$lib/domain/attachment-types';
import { say } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals }) => {
	const db = getDb();
	const access = fileAccess(db, params.sha256, locals.user ?? null);
	const row = access ? fileRow(db, params.sha256) : undefined;
	const type = attachmentType(row?.mime);
	const bytes = row && type ? readStored(row.sha256) : null;
	if (!access || !type || !bytes)
		error(404, say(locals.lang, 'Nie ma takiego pliku.', 'No such file.'));
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': type.mime,
			'content-length': String(bytes.length),
			'content-disposition': contentDisposition(downloadName(params.name, type)),
			'x-content-type-options': 'nosniff',
			'content-security-policy': 'sandbox',
			'cache-control': access === 'public' ? 'public, max-age=3600' : 'private, no-store',
			...(access === 'private' ? { vary: 'cookie' } : {})
		}
	});
};
