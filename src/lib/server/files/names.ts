/**
 * File names of uploads: kept as people wrote them for display (Polish letters and all), made
 * harmless for storage in a record and for the download's Content-Disposition header (RFC 6266
 * with RFC 8187's `filename*=UTF-8''…`, and an ASCII `filename=` for old clients).
 */
import type { AttachmentType } from '../../domain/attachment-types';
import { FIELD_LIMITS } from '../../limits';

/**
 * The name as shown and stored: no path (a browser may send `C:\\…\\plan.pdf`), no control or
 * bidi-override characters, none of `/\\:*?"<>|`, blanks collapsed, within the length limit.
 * Empty input gives `plik`.
 */
export function cleanFileName(raw: string): string {
	const base = raw.split(/[/\\]/).pop() ?? '';
	const cleaned = base
		.normalize('NFC')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
		.replace(/[:*?"<>|]/g, '_')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^\.+/, '');
	const limit = FIELD_LIMITS.attachmentFileName.maxLength;
	if (cleaned.length <= limit) return cleaned || 'plik';
	const dot = cleaned.lastIndexOf('.');
	const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
	return cleaned.slice(0, limit - ext.length) + ext;
}

/** The name a download gets: the cleaned name, ending in the extension its content has. */
export function downloadName(raw: string, type: AttachmentType): string {
	const name = cleanFileName(raw);
	const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
	const fits = ext === type.ext || (type.ext === 'jpg' && ext === 'jpeg');
	return fits ? name : `${name}.${type.ext}`;
}

/** `attachment; filename="plan_gminy.pdf"; filename*=UTF-8''plan%20gminy.pdf`. */
export function contentDisposition(name: string): string {
	const ascii = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
		.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
	const encoded = encodeURIComponent(name).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
