/**
 * The kinds of file a practice may have as an attachment: the MIME type the server finds in the
 * content (src/lib/server/files/sniff.ts), the extension a download is named with, and the label
 * people read. The upload field's `accept` list and its words come from here too.
 */
export interface AttachmentType {
	mime: string;
	ext: string;
	label: string;
}

export const ATTACHMENT_TYPES = [
	{ mime: 'application/pdf', ext: 'pdf', label: 'PDF' },
	{ mime: 'application/vnd.oasis.opendocument.text', ext: 'odt', label: 'ODT' },
	{
		mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		ext: 'docx',
		label: 'DOCX'
	},
	{ mime: 'application/vnd.oasis.opendocument.spreadsheet', ext: 'ods', label: 'ODS' },
	{
		mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		ext: 'xlsx',
		label: 'XLSX'
	},
	{ mime: 'image/png', ext: 'png', label: 'PNG' },
	{ mime: 'image/jpeg', ext: 'jpg', label: 'JPEG' },
	{ mime: 'image/webp', ext: 'webp', label: 'WebP' },
	{ mime: 'image/gif', ext: 'gif', label: 'GIF' }
] as const satisfies readonly AttachmentType[];

export type AttachmentMime = (typeof ATTACHMENT_TYPES)[number]['mime'];

/** The type of a MIME string, if it is one of ours. */
export function attachmentType(mime: string | null | undefined): AttachmentType | undefined {
	return ATTACHMENT_TYPES.find((t) => t.mime === mime);
}

/** A file input's `accept`: extensions and MIME types. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_TYPES.flatMap((t) => [`.${t.ext}`, t.mime])
	.concat('.jpeg')
	.join(',');

/** "PDF, ODT, DOCX, …" for the words beside the field. */
export const ATTACHMENT_LABELS = ATTACHMENT_TYPES.map((t) => t.label).join(', ');

/** Whether `s` is a SHA-256 in hex, as files are named. */
export function isSha256(s: string | null | undefined): s is string {
	return typeof s === 'string' && /^[0-9a-f]{64}$/.test(s);
}

/** Where an uploaded file is downloaded: /pliki/{sha256}/{name} (the name only names the download). */
export function filePath(sha256: string, fileName: string): string {
	return `/pliki/${sha256}/${encodeURIComponent(fileName)}`;
}

/** The form fields of a practice's attachments (src/lib/server/files/form.ts reads them). */
export const ATTACHMENT_FIELDS = {
	sha256: 'attachments.sha256',
	fileName: 'attachments.fileName',
	title: 'attachments.title',
	remove: 'attachments.remove',
	upload: 'attachments.upload',
	uploadTitle: 'attachments.uploadTitle'
} as const;
