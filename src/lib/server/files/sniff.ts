/**
 * What an upload is, from its content alone: never from its name or the browser's Content-Type,
 * which anyone can set. Only the types of src/lib/domain/attachment-types.ts pass; HTML, SVG,
 * scripts, executables, a renamed page and archives that are not office documents are refused
 * with a message naming the file. Images and PDF by their signatures (file-type), office
 * documents by their ZIP layout (zip.ts), since file-type misses the usual DOCX and XLSX.
 */
import { fileTypeFromBuffer } from 'file-type';
import {
	ATTACHMENT_LABELS,
	attachmentType,
	type AttachmentType
} from '../../domain/attachment-types';
import { ATTACHMENT_MAX_BYTES, FIELD_LIMITS } from '../../limits';
import { formatBytes, type Lang } from '../../format';
import { say } from '../../i18n';
import { listZip } from './zip';

export type Sniffed = { ok: true; type: AttachmentType } | { ok: false; message: string };

/** „Plik „plan.pdf”: …” / "File "plan.pdf": …". */
export function fileProblem(lang: Lang, fileName: string, pl: string, en: string): string {
	const shown = fileName.length > 80 ? `${fileName.slice(0, 80)}…` : fileName;
	return say(lang, `Plik „${shown}”: ${pl}`, `File "${shown}": ${en}`);
}

const ODF = [
	'application/vnd.oasis.opendocument.text',
	'application/vnd.oasis.opendocument.spreadsheet'
];

/** The office type of a ZIP, or a reason why it is none. */
function officeType(bytes: Uint8Array): string | { pl: string; en: string } {
	const zip = listZip(bytes);
	if (!zip) return { pl: 'uszkodzone archiwum ZIP', en: 'a damaged ZIP archive' };
	if (zip.first?.name === 'mimetype' && zip.first.stored) {
		const declared = new TextDecoder().decode(zip.first.stored).trim();
		if (ODF.includes(declared)) return declared;
	}
	const names = new Set(zip.names);
	if (names.has('[Content_Types].xml')) {
		if (zip.names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n)))
			return { pl: 'dokument z makrami', en: 'a document with macros' };
		if (names.has('word/document.xml'))
			return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
		if (names.has('xl/workbook.xml'))
			return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
	}
	return {
		pl: 'archiwum ZIP, które nie jest dokumentem ODT, ODS, DOCX ani XLSX',
		en: 'a ZIP archive that is not an ODT, ODS, DOCX or XLSX document'
	};
}

/** The type of an upload named `fileName` (only for messages), found in `bytes`. */
export async function sniffUpload(
	bytes: Uint8Array,
	fileName: string,
	lang: Lang
): Promise<Sniffed> {
	const refuse = (pl: string, en: string): Sniffed => ({
		ok: false,
		message: fileProblem(lang, fileName, pl, en)
	});
	if (bytes.length === 0) return refuse('jest pusty', 'is empty');
	if (bytes.length > ATTACHMENT_MAX_BYTES)
		return refuse(
			`jest większy niż dozwolone ${formatBytes(ATTACHMENT_MAX_BYTES, 'pl')} (ma ${formatBytes(bytes.length, 'pl')})`,
			`is larger than the ${formatBytes(ATTACHMENT_MAX_BYTES, 'en')} allowed (it has ${formatBytes(bytes.length, 'en')})`
		);
	const nameLimit = FIELD_LIMITS.attachmentFileName.maxLength;
	if (fileName.length > nameLimit)
		return refuse(
			`nazwa ma ${fileName.length} znaków, dozwolone ${nameLimit}`,
			`the name has ${fileName.length} characters, at most ${nameLimit} allowed`
		);
	const found = await fileTypeFromBuffer(bytes);
	let mime: string | undefined = found?.mime;
	// A PDF is a PDF whatever file-type names its flavour (Illustrator files are PDFs too).
	if (startsWith(bytes, '%PDF-')) mime = 'application/pdf';
	if (found?.ext === 'zip' || ODF.includes(mime ?? '') || found?.mime.includes('openxmlformats')) {
		const office = officeType(bytes);
		if (typeof office !== 'string') return refuse(`to ${office.pl}`, `is ${office.en}`);
		mime = office;
	}
	const type = attachmentType(mime);
	if (type) return { ok: true, type };
	return refuse(
		`${found ? `to ${found.mime}` : 'nie jest rozpoznanym dokumentem ani obrazem'}; dozwolone: ${ATTACHMENT_LABELS}`,
		`${found ? `is ${found.mime}` : 'is not a recognised document or image'}; allowed: ${ATTACHMENT_LABELS}`
	);
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
	for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
	return true;
}
