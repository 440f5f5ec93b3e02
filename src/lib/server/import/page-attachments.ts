/** The "Załączniki" view: file names, types, sizes and links of a practice's attachments. */
import type { scanHtmlLinks } from './html-to-text';
import { lengthProblem } from '../../limits';
import { URL_PROBLEM_TEXT, urlProblem } from '../../safe-url';
import { clip, fold, trimEndOf, type Bilingual, type Line, type PageParseError } from './page-text';

export interface PracticeAttachment {
	/** The label shown on the page, without the size/type note. */
	name: string;
	fileName: string | null;
	/** Lower-case extension without the dot ("pdf"), from the file name or a "(PDF, …)" note. */
	extension: string | null;
	/** Size as written ("2,4 MB"), and in bytes (1 KB = 1024 B). */
	size: string | null;
	sizeBytes: number | null;
	url: string | null;
}

const FILE_EXT =
	'pdf|docx?|xlsx?|pptx?|pps|odt|ods|odp|rtf|txt|csv|xml|zip|rar|7z|jpe?g|png|gif|tiff?|mp3|mp4|avi|wmv';
/*
 * Every pattern here runs on untrusted lines of any length, so none may backtrack without bound
 * (no nested or overlapping quantifiers that can fail late). Where a pattern used to (file names,
 * practice URLs, trailing punctuation), plain scanning does the work instead; see
 * tests/unit/adversarial.test.ts.
 */
/** Runs of characters a file name may contain; each run is matched once, from where the last ended. */
const FILE_NAME_RUN_RE = /[^\s/\\()[\]"'<>]+/g;
/** ".pdf" at one given place, not followed by a letter or digit ("plik.pdfx" is not a PDF). */
const FILE_EXT_AT_RE = new RegExp(`\\.(${FILE_EXT})(?![\\p{L}\\d])`, 'iuy');
const TYPE_NOTE_RE = new RegExp(`[([]\\s*(${FILE_EXT})\\b`, 'i');
/** The lookbehind keeps each run of digits from being retried at every one of its digits. */
export const SIZE_RE = /(?<!\d)(\d+(?:[.,]\d+)?)\s*(bajt(?:y|ów)?|[kKMG]i?[bB]|B)(?![\p{L}\d])/u;
export const ATTACHMENT_HEADING_RE =
	/^(?:lista )?zalacznik(?:i|ow)\b|^brak zalacznikow|^pliki do pobrania/;
const URL_RE = /(?:https?:\/\/|www\.)[^\s"'<>]+/i;

/** The file name ("strategia_2020.pdf") and its extension in a text, as the first one written. */
export function findFileName(text: string): { name: string; extension: string } | null {
	FILE_NAME_RUN_RE.lastIndex = 0;
	for (let m = FILE_NAME_RUN_RE.exec(text); m; m = FILE_NAME_RUN_RE.exec(text)) {
		const run = m[0];
		// The last ".ext" of the run that ends a name, with at least one character before it.
		for (let dot = run.lastIndexOf('.'); dot > 0; dot = run.lastIndexOf('.', dot - 1)) {
			FILE_EXT_AT_RE.lastIndex = dot;
			const ext = FILE_EXT_AT_RE.exec(run);
			if (ext) return { name: run.slice(0, dot + ext[0].length), extension: ext[1] };
		}
	}
	return null;
}

export function parseAttachments(
	body: Line[],
	links: ReturnType<typeof scanHtmlLinks> | null,
	warnings: string[],
	fail: (reason: Bilingual, line: Line, field: string) => PageParseError
): PracticeAttachment[] {
	const attachments: PracticeAttachment[] = [];
	// Anchors by their text, so that each line finds its link without scanning all of them
	const anchors = (links?.anchors ?? []).filter((a) => a.text !== '');
	for (const line of body) {
		const f = fold(line.text);
		if (f === '' || ATTACHMENT_HEADING_RE.test(f)) continue;
		const anchor = anchors.find((a) => line.text.includes(a.text));
		const url = anchor?.href ?? URL_RE.exec(line.text)?.[0] ?? null;
		if (url !== null) {
			// Relative links ("pliki/a.pdf") are kept as read: the importer resolves or drops them.
			const problem = urlProblem(url);
			if (problem && problem !== 'relative') {
				const [pl, en] = URL_PROBLEM_TEXT[problem].split(' / ');
				throw fail(
					{
						pl: `pole „adres załącznika”: „${clip(url)}”: ${pl}`,
						en: `field "attachment url": "${clip(url)}": ${en}`
					},
					line,
					'attachment url'
				);
			}
		}
		const urlFile = url ? findFileName(url.split(/[?#]/)[0].split('/').pop() ?? '') : null;
		const fileMatch = urlFile ?? findFileName(line.text);
		const typeNote = TYPE_NOTE_RE.exec(line.text);
		const size = SIZE_RE.exec(line.text);
		if (!url && !fileMatch && !typeNote && !size) {
			warnings.push(`"${clip(line.text)}" in the attachment list does not look like a file`);
			continue;
		}
		let name = trimEndOf(
			line.text
				.replace(/\s*[([][^()[\]]*[)\]]\s*$/, '') // the "(PDF, 2,4 MB)" note
				.replace(URL_RE, '')
				.replace(SIZE_RE, ''),
			' \t-–—:,'
		).trim();
		if (name === '') name = fileMatch?.name ?? url ?? line.text;
		const limited = lengthProblem('attachments', name);
		if (limited) throw fail(limited, line, 'attachments');
		attachments.push({
			name,
			fileName: fileMatch?.name ?? null,
			extension: (fileMatch?.extension ?? typeNote?.[1])?.toLowerCase() ?? null,
			size: size ? `${size[1]} ${size[2]}` : null,
			sizeBytes: size ? Math.round(Number(size[1].replace(',', '.')) * unitBytes(size[2])) : null,
			url
		});
	}
	return attachments;
}

/** Bytes in a size unit as the old site wrote them: B/bajty, KB/kB/KiB, MB, GB (1 KB = 1024 B). */
function unitBytes(unit: string): number {
	return 1024 ** 'bkmg'.indexOf(unit[0].toLowerCase());
}
