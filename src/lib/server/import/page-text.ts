/**
 * Lines of a page as the parser reads them: folding, cleaning, telling HTML from text, and the
 * error every reading problem becomes (PageParseError, naming the file, the line and the field).
 */
/** A reason in both languages; messages put the Polish first. */
export interface Bilingual {
	pl: string;
	en: string;
}

/**
 * Why a page cannot be read: `message` is "file:line: Polish / English" (the line is left out
 * for HTML, whose rendered lines are not lines of the file; the text is quoted instead).
 */
export class PageParseError extends Error {
	/** The reason in English (`reasonPl` in Polish). */
	readonly reason: string;
	readonly reasonPl: string;
	constructor(
		reason: string | Bilingual,
		readonly fileName: string | null = null,
		readonly line: number | null = null,
		/** The field, as the page labels it ("Data aktualizacji") or as limits.ts names it. */
		readonly field: string | null = null
	) {
		const r = typeof reason === 'string' ? { pl: reason, en: reason } : reason;
		super(
			`${fileName ?? '(input)'}${line === null ? '' : `:${line}`}: ${r.pl === r.en ? r.en : `${r.pl} / ${r.en}`}`
		);
		this.reason = r.en;
		this.reasonPl = r.pl;
		this.name = 'PageParseError';
	}
}

export const both = (b: Bilingual) => `${b.pl} / ${b.en}`;
export const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n)}…` : s);

export interface Line {
	no: number;
	/** Whitespace (nbsp included) collapsed, invisible and private-use characters removed. */
	text: string;
}

/** `text` without trailing characters of `chars` (a loop: /[…]+$/ is quadratic on long runs). */
export function trimEndOf(text: string, chars: string): string {
	let end = text.length;
	while (end > 0 && chars.includes(text[end - 1])) end--;
	return end === text.length ? text : text.slice(0, end);
}

/** Tags of these elements count towards telling HTML from text that mentions a tag. */
const HTML_TAG_AT_RE =
	/<\/?(?:a|abbr|b|body|br|center|div|em|font|form|h[1-6]|head|hr|html|i|img|input|li|link|meta|ol|option|p|script|select|span|strong|style|table|tbody|td|th|thead|title|tr|u|ul)(?=[\s/>])/iy;

/**
 * Whether a file is HTML (rendered to text first) or already text. HTML when, after a BOM and
 * blank space, it begins with "<!DOCTYPE", "<html", "<head", "<body", "<?xml" or "<!--", or when
 * it is dense with tags of HTML elements: at least 4, and one for every 4 non-blank lines or
 * fewer. A text page that mentions "<a " or "<p>" in a sentence stays text.
 */
export function looksLikeHtml(input: string): boolean {
	const head = input
		.slice(0, 200)
		.replace(/^\ufeff/, '')
		.trimStart()
		.slice(0, 20)
		.toLowerCase();
	if (/^<(?:!doctype|html|head|body|\?xml|!--)/.test(head)) return true;
	let tags = 0;
	for (let i = input.indexOf('<'); i >= 0; i = input.indexOf('<', i + 1)) {
		HTML_TAG_AT_RE.lastIndex = i;
		if (HTML_TAG_AT_RE.test(input)) tags++;
	}
	if (tags < 4) return false;
	let lines = 0;
	let blank = true;
	for (let i = 0; i < input.length; i++) {
		const c = input[i];
		if (c === '\n') {
			if (!blank) lines++;
			blank = true;
		} else if (c !== ' ' && c !== '\t' && c !== '\r') blank = false;
	}
	if (!blank) lines++;
	return tags * 4 >= lines;
}

/** Lower case, Polish diacritics removed, whitespace collapsed: for comparing labels and names. */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[łŁ]/g, 'l')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** C0 and C1 control characters but tab, LF and CR (removed wherever they are). */
// eslint-disable-next-line no-control-regex
export const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function cleanLine(raw: string): string {
	return raw
		.replace(CONTROL_RE, '') // e.g. an ESC decoded from "&#27;" in HTML
		.replace(/[\u00ad\u200b-\u200d\u2060\ufeff\ue000-\uf8ff]/g, '') // soft hyphens, Word's bullet glyphs
		.replace(/\s+/g, ' ')
		.trim();
}

/** Text decoded with the wrong encoding or a binary file: NULs, control characters or U+FFFD. */
export function unreadableCharacters(input: string): number {
	let bad = 0;
	for (const ch of input.slice(0, 8192)) {
		const c = ch.codePointAt(0) ?? 0;
		if (c === 0) return Infinity;
		if ((c < 32 && !'\t\n\r\f'.includes(ch)) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) bad++;
	}
	return bad;
}

export const TAB_NAMES = ['skrot i metryka', 'pelna prezentacja', 'zalaczniki'];
/** ".: Skrót i Metryka -> Pełna prezentacja -> Załączniki :.", or its first tab on a line of its own. */
export const isTabLine = (f: string) =>
	f === TAB_NAMES[0] ||
	(f.includes(TAB_NAMES[0]) && (f.startsWith('.:') || f.includes(TAB_NAMES[1])));
export const isFooterLine = (f: string) =>
	f.startsWith('wsparcie udzielone przez') || f.includes('gosci odwiedzilo nas');

/** For HTML, whose lines have no number, the message quotes the line instead. */
export function withQuote(reason: Bilingual, line: Line | null, isHtml: boolean): Bilingual {
	if (!isHtml || !line) return reason;
	const q = clip(line.text, 60);
	return { pl: `„${q}”: ${reason.pl}`, en: `"${q}": ${reason.en}` };
}

/** Control characters (tab, LF and CR excepted): how many, the first, and the first NUL. */
export function findControls(input: string): {
	count: number;
	first: { line: number; column: number } | null;
	nul: { line: number; column: number } | null;
} {
	const where = (at: number) => {
		let line = 1;
		let lineStart = 0;
		for (let i = input.indexOf('\n'); i >= 0 && i < at; i = input.indexOf('\n', i + 1)) {
			line++;
			lineStart = i + 1;
		}
		return { line, column: at - lineStart + 1 };
	};
	let count = 0;
	let firstAt = -1;
	CONTROL_RE.lastIndex = 0;
	for (let m = CONTROL_RE.exec(input); m; m = CONTROL_RE.exec(input)) {
		if (m[0] === '\u0000') return { count, first: null, nul: where(m.index) };
		if (firstAt < 0) firstAt = m.index;
		count++;
	}
	return { count, first: firstAt < 0 ? null : where(firstAt), nul: null };
}

/** Lines to text: blank lines separate paragraphs; null when there is no text at all. */
export function paragraphs(lines: Line[]): string | null {
	const text = lines
		.map((l) => l.text)
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return text === '' ? null : text;
}
