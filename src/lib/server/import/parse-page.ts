/**
 * Reads one page of the old Baza Dobrych Praktyk (BDP) into a plain record: the section, the title,
 * the text of the view ("Skrót i Metryka", "Pełna prezentacja" or "Załączniki") and every labelled
 * field of the "Metryka praktyki". HTML is first rendered to text, so the same line-based reader
 * serves saved pages and their text copies, and survives changes of the page layout.
 * The format is described in PRODUCT.md ("The old database's page format").
 */
import { htmlToText, scanHtmlLinks } from './html-to-text';

import { SECTIONS, type SectionSlug } from '../../domain/sections';
import type { Metryka } from '../records/types';
import {
	FIELD_LIMITS,
	countProblem,
	fieldName,
	lengthProblem,
	type FieldLimit,
	type LimitedField
} from '../../limits';
import { URL_PROBLEM_TEXT, urlProblem } from '../../safe-url';

export type { SectionSlug };
export type PracticeView = 'summary' | 'presentation' | 'attachments';

export interface PracticeContact {
	name: string;
	role: string | null;
}

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

/** A page as read: its Metryka fields (the records' own Metryka shape) and what surrounds them. */
export interface ParsedPractice extends Metryka {
	artId: number | null;
	/** The "Skrót i Metryka" (s=2) URL of the practice, absolute when the page gave a host. */
	sourceUrl: string | null;
	section: string;
	sectionSlug: SectionSlug | null;
	title: string;
	view: PracticeView;
	/** Paragraphs separated by a blank line, lines within a paragraph by "\n". */
	summary: string | null;
	presentation: string | null;
	/** Null unless this is the "Załączniki" view. */
	attachments: PracticeAttachment[] | null;
	/** Labelled Metryka lines this parser does not know (also reported in warnings). */
	extraFields: { label: string; value: string }[];
	/** "Gmina X" names as written in the title and text; matching them to TERYT happens elsewhere. */
	mentionedUnits: string[];
	warnings: string[];
	/**
	 * Why the page is incomplete (cut off before the end of its Metryka or its text, or missing a
	 * required field), Polish / English. Only with `draft: true`; without it such a page is refused.
	 */
	incomplete: string[];
}

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

const both = (b: Bilingual) => `${b.pl} / ${b.en}`;
const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n)}…` : s);

interface Line {
	no: number;
	/** Whitespace (nbsp included) collapsed, invisible and private-use characters removed. */
	text: string;
}

type Field =
	| 'dateAdded'
	| 'dateUpdated'
	| 'unitType'
	| 'locality'
	| 'powiat'
	| 'wojewodztwo'
	| 'postal'
	| 'implementingUnit'
	| 'street'
	| 'phone'
	| 'websites'
	| 'population'
	| 'contacts';

/** Metryka labels, folded (lower case, no diacritics); "wirtyna" is the old site's own typo. */
const LABELS = new Map<string, Field>(
	Object.entries({
		'data wprowadzenia do bdp': 'dateAdded',
		'data wprowadzenia': 'dateAdded',
		'data aktualizacji': 'dateUpdated',
		'typ jednostki': 'unitType',
		miejscowosc: 'locality',
		powiat: 'powiat',
		wojewodztwo: 'wojewodztwo',
		'kod pocztowy i poczta': 'postal',
		'kod pocztowy': 'postal',
		'jednostka wdrazajaca': 'implementingUnit',
		ulica: 'street',
		adres: 'street',
		telefon: 'phone',
		'wirtyna internetowa': 'websites',
		'witryna internetowa': 'websites',
		'strona internetowa': 'websites',
		'liczba mieszkancow': 'population',
		'osoby kontaktowe': 'contacts',
		'osoba kontaktowa': 'contacts'
	} satisfies Record<string, Field>)
);

/** First words of job titles, so that "Burmistrz Skawiny" is not taken for a person's name. */
const ROLE_WORDS = new Set(
	(
		'burmistrz wojt prezydent starosta marszalek sekretarz skarbnik kierownik kierowniczka dyrektor ' +
		'dyrektorka zastepca zastepczyni naczelnik inspektor podinspektor specjalista specjalistka ' +
		'referent pelnomocnik koordynator koordynatorka glowny glowna starszy starsza prezes radny ' +
		'radna przewodniczacy przewodniczaca czlonek czlonkini soltys asystent asystentka doradca ' +
		'ekspert referat wydzial biuro urzad'
	).split(' ')
);

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
const SIZE_RE = /(?<!\d)(\d+(?:[.,]\d+)?)\s*(bajt(?:y|ów)?|[kKMG]i?[bB]|B)(?![\p{L}\d])/u;
const ATTACHMENT_HEADING_RE =
	/^(?:lista )?zalacznik(?:i|ow)\b|^brak zalacznikow|^pliki do pobrania/;
const URL_RE = /(?:https?:\/\/|www\.)[^\s"'<>]+/i;
/** Characters that end a practice URL in text. */
const URL_STOP_RE = /[\s"'<>()]/;
const isUrlStop = (c: string) => URL_STOP_RE.test(c);
const UNIT_WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*';
const GMINA_RE = new RegExp(
	`(?<!\\p{L})[Gg]mina((?:\\s+(?:${UNIT_WORD}|(?:nad|pod)(?=\\s+\\p{Lu}))){1,4})`,
	'gu'
);

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

/** `text` without trailing characters of `chars` (a loop: /[…]+$/ is quadratic on long runs). */
export function trimEndOf(text: string, chars: string): string {
	let end = text.length;
	while (end > 0 && chars.includes(text[end - 1])) end--;
	return end === text.length ? text : text.slice(0, end);
}

/**
 * Every URL in a text that carries a practice id: a run of URL characters with a "?" and then
 * "art=<digits>" at a word start. Plain scanning from each "art=", linear in the text.
 */
export function practiceUrlsIn(input: string): string[] {
	const found: string[] = [];
	let from = 0;
	for (;;) {
		const at = input.indexOf('art=', from);
		if (at < 0) break;
		let start = at;
		while (start > 0 && !isUrlStop(input[start - 1])) start--;
		let end = at + 4;
		while (end < input.length && !isUrlStop(input[end])) end++;
		from = end; // the rest of this run is part of the same URL
		const token = input.slice(start, end);
		const q = token.indexOf('?');
		// "art=" must follow the "?" somewhere, at a word start, with digits after it
		let ok = false;
		for (let i = token.indexOf('art=', q + 1); q >= 0 && i >= 0; i = token.indexOf('art=', i + 1)) {
			const before = token[i - 1];
			if (!/[A-Za-z0-9_]/.test(before ?? '') && /\d/.test(token[i + 4] ?? '')) {
				ok = true;
				break;
			}
		}
		if (ok) found.push(token);
	}
	return found;
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
function fold(text: string): string {
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
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function cleanLine(raw: string): string {
	return raw
		.replace(CONTROL_RE, '') // e.g. an ESC decoded from "&#27;" in HTML
		.replace(/[\u00ad\u200b-\u200d\u2060\ufeff\ue000-\uf8ff]/g, '') // soft hyphens, Word's bullet glyphs
		.replace(/\s+/g, ' ')
		.trim();
}

/** Text decoded with the wrong encoding or a binary file: NULs, control characters or U+FFFD. */
function unreadableCharacters(input: string): number {
	let bad = 0;
	for (const ch of input.slice(0, 8192)) {
		const c = ch.codePointAt(0) ?? 0;
		if (c === 0) return Infinity;
		if ((c < 32 && !'\t\n\r\f'.includes(ch)) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) bad++;
	}
	return bad;
}

const TAB_NAMES = ['skrot i metryka', 'pelna prezentacja', 'zalaczniki'];
/** ".: Skrót i Metryka -> Pełna prezentacja -> Załączniki :.", or its first tab on a line of its own. */
const isTabLine = (f: string) =>
	f === TAB_NAMES[0] ||
	(f.includes(TAB_NAMES[0]) && (f.startsWith('.:') || f.includes(TAB_NAMES[1])));
const isFooterLine = (f: string) =>
	f.startsWith('wsparcie udzielone przez') || f.includes('gosci odwiedzilo nas');

export interface ParseOptions {
	fileName?: string;
	/**
	 * Accept an incomplete page (cut off, or missing a required field): its reasons go to
	 * `incomplete` and `warnings` instead of failing, and the importer stores it as a draft.
	 */
	draft?: boolean;
}

/** Metryka fields a complete "Skrót i Metryka" page always has. */
const REQUIRED_METRYKA: { field: Field; label: string }[] = [
	{ field: 'dateAdded', label: 'Data wprowadzenia do BDP' },
	{ field: 'locality', label: 'Miejscowość' }
];

/**
 * Reads one page; throws PageParseError (and nothing else) when it cannot, naming the file, the
 * line and the field. Limits of src/lib/limits.ts apply to the title, the text and each list;
 * links must be http/https/mailto or relative (src/lib/safe-url.ts).
 */
export function parsePracticePage(input: string, options: ParseOptions = {}): ParsedPractice {
	const fileName = options.fileName ?? null;
	const fail = (
		reason: string | Bilingual,
		line: number | null = null,
		field: string | null = null
	) => new PageParseError(reason, fileName, line, field);

	if (input.trim() === '') throw fail({ pl: 'plik jest pusty', en: 'the file is empty' });
	if (unreadableCharacters(input) > 8)
		throw fail({
			pl: 'plik nie jest czytelnym tekstem (dane binarne lub kodowanie znaków inne niż UTF-8)',
			en: 'the file is not readable text (binary data, or a character encoding other than UTF-8)'
		});
	const warnings: string[] = [];
	const controls = findControls(input);
	if (controls.nul)
		throw fail(
			{
				pl: `znak NUL w kolumnie ${controls.nul.column}: plik nie jest czytelnym tekstem`,
				en: `a NUL character at column ${controls.nul.column}: the file is not readable text`
			},
			controls.nul.line
		);
	if (controls.count > 0) {
		warnings.push(
			`usunięto ${controls.count} znak(ów) sterujących, pierwszy w wierszu ${controls.first!.line}, kolumnie ${controls.first!.column} / removed ${controls.count} control character(s), the first at line ${controls.first!.line}, column ${controls.first!.column}`
		);
	}

	const isHtml = looksLikeHtml(input);
	const lines: Line[] = (isHtml ? htmlToText(input) : input.replace(/^\ufeff/, ''))
		.split(/\r\n|\r|\n/)
		.map((raw, i) => ({ no: i + 1, text: cleanLine(raw) }));
	// Lines of text rendered from HTML are not lines of the file: messages quote the text instead.
	const lineNo = (line: Line) => (isHtml ? null : line.no);
	const folded = lines.map((l) => fold(l.text));
	const incomplete: Bilingual[] = [];
	const incompleteAt: (number | null)[] = [];
	const problem = (reason: Bilingual, line: number | null) => {
		incomplete.push(reason);
		incompleteAt.push(line);
	};
	const limit = (field: LimitedField, value: string | null, line: Line | null) => {
		const p = lengthProblem(field, value);
		if (p) throw fail(withQuote(p, line, isHtml), line && lineNo(line), FIELD_NAME(field));
	};
	const limitCount = (field: LimitedField, count: number, line: Line | null) => {
		const p = countProblem(field, count);
		if (p) throw fail(withQuote(p, line, isHtml), line && lineNo(line), FIELD_NAME(field));
	};

	// The section line ("Współpraca między JST : Praktyki") anchors everything; the menu above it
	// repeats section names but never with ": Praktyki".
	const sectionLines = lines
		.map((l, i) => ({
			i,
			m: folded[i].endsWith('praktyki') ? /^(.+?)\s*:\s*Praktyki$/i.exec(l.text) : null
		}))
		.filter((s) => s.m !== null);
	const known = sectionLines.find((s) => SECTIONS.some((p) => fold(p.pl) === fold(s.m?.[1] ?? '')));
	const sectionAt = known ?? sectionLines[0];
	if (!sectionAt)
		throw fail({
			pl: 'brak wiersza działu, np. „Współpraca między JST : Praktyki”: to nie jest strona praktyki z Bazy Dobrych Praktyk',
			en: 'no section line such as "Współpraca między JST : Praktyki": not a practice page of the Baza Dobrych Praktyk'
		});
	const sectionText = sectionAt.m?.[1] ?? '';
	const sectionDef = SECTIONS.find((p) => fold(p.pl) === fold(sectionText));
	if (!sectionDef) warnings.push(`unknown section "${clip(sectionText)}"`);

	const nextIndex = (from: number, test: (folded: string) => boolean) => {
		for (let i = from; i < lines.length; i++) if (test(folded[i])) return i;
		return -1;
	};
	const isBoundary = (f: string) => isTabLine(f) || isFooterLine(f) || f === 'metryka praktyki';

	const titleAt = nextIndex(sectionAt.i + 1, (f) => f !== '');
	if (titleAt < 0 || isBoundary(folded[titleAt]))
		throw fail(
			{ pl: 'brak tytułu po wierszu działu', en: 'no title after the section line' },
			lineNo(lines[sectionAt.i]),
			'title'
		);
	limit('title', lines[titleAt].text, lines[titleAt]);
	const tabAt = nextIndex(titleAt + 1, (f) => f !== '');
	const hasTabs = tabAt >= 0 && isTabLine(folded[tabAt]);
	let bodyFrom = hasTabs ? tabAt + 1 : titleAt + 1;
	// tabs rendered one per line (a <ul> of links) rather than as one ".: … :." line
	while (
		bodyFrom < lines.length &&
		(TAB_NAMES.includes(folded[bodyFrom]) || /^[.:\->»| ]*$/.test(folded[bodyFrom]))
	)
		bodyFrom++;
	let bodyTo = nextIndex(bodyFrom, isBoundary);
	const bodyEnded = bodyTo >= 0;
	if (bodyTo < 0) bodyTo = lines.length;
	const body = lines.slice(bodyFrom, bodyTo);
	const bodyText = paragraphs(body);
	const metrykaAt = folded[bodyTo] === 'metryka praktyki' ? bodyTo : -1;

	const firstBody = fold(body.find((l) => l.text !== '')?.text ?? '');
	let view: PracticeView;
	if (firstBody.startsWith('opis sytuacji przed wdrozeniem')) view = 'presentation';
	else if (metrykaAt >= 0) view = 'summary';
	else if (
		ATTACHMENT_HEADING_RE.test(firstBody) ||
		body.some((l) => findFileName(l.text) !== null || SIZE_RE.test(l.text))
	)
		view = 'attachments';
	else
		throw fail(
			{
				pl: 'brak treści, którą można rozpoznać: ani bloku „Metryka praktyki”, ani prezentacji zaczynającej się od „Opis sytuacji przed wdrożeniem”, ani listy załączników',
				en: 'no recognizable content: neither a "Metryka praktyki" block, nor a presentation opening with "Opis sytuacji przed wdrożeniem", nor a list of attachments'
			},
			lineNo(lines[titleAt])
		);
	const firstBodyLine = body.find((l) => l.text !== '') ?? lines[titleAt];
	if (view === 'summary') limit('summary', bodyText, firstBodyLine);
	if (view === 'presentation') limit('presentation', bodyText, firstBodyLine);
	const lastLine = lines.at(-1) ?? null;
	// A page's end: the tab line or footer after its text, or for HTML the closing </body> or </html>
	const htmlEnded = isHtml && /<\/(?:body|html)\s*>/i.test(input.slice(-4096));
	if (!bodyEnded && !htmlEnded && view !== 'summary')
		problem(
			{
				pl: 'strona urywa się przed końcem tekstu (brak wiersza zakładek i stopki po nim)',
				en: 'the page is cut off before the end of its text (no tab line or footer after it)'
			},
			lastLine && lineNo(lastLine)
		);

	const links = isHtml ? scanHtmlLinks(input) : null;
	const source = findSource(input, links, warnings);

	const result: ParsedPractice = {
		artId: source?.artId ?? null,
		sourceUrl: source?.url ?? null,
		section: sectionDef?.pl ?? sectionText,
		sectionSlug: sectionDef?.slug ?? null,
		title: lines[titleAt].text,
		view,
		summary: view === 'summary' ? bodyText : null,
		presentation: view === 'presentation' ? bodyText : null,
		attachments: null,
		dateAdded: null,
		dateUpdated: null,
		unitType: null,
		locality: null,
		powiat: null,
		wojewodztwo: null,
		postalCode: null,
		postOffice: null,
		implementingUnit: null,
		street: null,
		phone: null,
		websites: [],
		population: null,
		contacts: [],
		extraFields: [],
		mentionedUnits: mentionedUnits([lines[titleAt].text, bodyText ?? ''].join('\n')),
		warnings,
		incomplete: []
	};
	if (view === 'attachments') {
		result.attachments = parseAttachments(body, links, warnings, (reason, line, field) =>
			fail(withQuote(reason, line, isHtml), lineNo(line), field)
		);
		limitCount('attachments', result.attachments.length, firstBodyLine);
		if (result.attachments.length === 0 && !/^brak zalacznikow/.test(firstBody))
			problem(
				{
					pl: 'lista załączników jest pusta (a strona nie mówi „Brak załączników”)',
					en: 'the attachment list is empty (and the page does not say "Brak załączników")'
				},
				lineNo(firstBodyLine)
			);
	} else if (bodyText === null)
		problem(
			view === 'summary'
				? { pl: 'pole „skrót” jest puste', en: 'field "summary" is empty' }
				: { pl: 'pole „pełna prezentacja” jest puste', en: 'field "full presentation" is empty' },
			lineNo(firstBodyLine)
		);

	if (metrykaAt >= 0) {
		let end = nextIndex(metrykaAt + 1, (f) => isTabLine(f) || isFooterLine(f));
		if (end < 0) {
			end = lines.length;
			problem(
				{
					pl: 'blok „Metryka praktyki” nie ma końca (brak wiersza zakładek i stopki po nim): strona ucięta?',
					en: 'the "Metryka praktyki" block has no end (no tab line or footer after it): is the page cut off?'
				},
				lastLine && lineNo(lastLine)
			);
		}
		const present = readMetryka(lines.slice(metrykaAt + 1, end), result, lineNo, fail, isHtml);
		for (const r of REQUIRED_METRYKA)
			if (!present.has(r.field))
				problem(
					{
						pl: `w Metryce brak wymaganego pola „${r.label}”`,
						en: `the Metryka lacks the required field "${r.label}"`
					},
					lineNo(lines[metrykaAt])
				);
	}

	if (incomplete.length > 0) {
		if (!options.draft) {
			const more =
				incomplete.length > 1
					? {
							pl: ` (i ${incomplete.length - 1} innych)`,
							en: ` (and ${incomplete.length - 1} more)`
						}
					: { pl: '', en: '' };
			throw fail(
				{
					pl: `${incomplete[0].pl}${more.pl}; z --draft zostanie zapisana jako szkic`,
					en: `${incomplete[0].en}${more.en}; with --draft it is stored as a draft`
				},
				incompleteAt[0]
			);
		}
		result.incomplete = incomplete.map(
			(r, i) => `${incompleteAt[i] === null ? '' : `line ${incompleteAt[i]}: `}${both(r)}`
		);
		warnings.push(...result.incomplete.map((r) => `draft: ${r}`));
	}
	return result;
}

const FIELD_NAME = (field: LimitedField) => fieldName(field).en.replace(/^field "|"$/g, '');

/** For HTML, whose lines have no number, the message quotes the line instead. */
function withQuote(reason: Bilingual, line: Line | null, isHtml: boolean): Bilingual {
	if (!isHtml || !line) return reason;
	const q = clip(line.text, 60);
	return { pl: `„${q}”: ${reason.pl}`, en: `"${q}": ${reason.en}` };
}

/** Control characters (tab, LF and CR excepted): how many, the first, and the first NUL. */
function findControls(input: string): {
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
function paragraphs(lines: Line[]): string | null {
	const text = lines
		.map((l) => l.text)
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	return text === '' ? null : text;
}

/** Where each Metryka field's value must fit (src/lib/limits.ts). */
const FIELD_LIMIT: Record<Field, LimitedField> = {
	dateAdded: 'locality',
	dateUpdated: 'locality',
	unitType: 'unitType',
	locality: 'locality',
	powiat: 'powiat',
	wojewodztwo: 'wojewodztwo',
	postal: 'postOffice',
	implementingUnit: 'implementingUnit',
	street: 'street',
	phone: 'phone',
	websites: 'websites',
	population: 'locality',
	contacts: 'contacts'
};

/** A real calendar date YYYY-MM-DD (1900–2100), checked without Date's "Invalid time value". */
function isCalendarDate(y: number, m: number, d: number): boolean {
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
	const days = [
		31,
		y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
		31,
		30,
		31,
		30,
		31,
		31,
		30,
		31,
		30,
		31
	];
	return d <= days[m - 1];
}

/** Reads the Metryka lines into `out`; returns the fields it found. */
function readMetryka(
	lines: Line[],
	out: ParsedPractice,
	lineNo: (line: Line) => number | null,
	fail: (reason: Bilingual, line?: number | null, field?: string | null) => PageParseError,
	isHtml: boolean
): Set<Field> {
	const at = (line: Line) => {
		const n = lineNo(line);
		return n === null ? `"${clip(line.text)}"` : `line ${n}`;
	};
	const fields = new Map<Field, { label: string; line: Line; values: string[]; length: number }>();
	let current: { values: string[]; length: number } | null = null;
	const limitOf = (f: Field, entry: { label: string; line: Line }, length: number) => {
		const l: FieldLimit = FIELD_LIMITS[FIELD_LIMIT[f]];
		const max = l.maxItems ? l.maxLength * l.maxItems : l.maxLength;
		if (length <= max) return;
		throw fail(
			withQuote(
				{
					pl: `pole „${entry.label}”: ${length} znaków, dozwolone ${max}`,
					en: `field "${entry.label}": ${length} characters, at most ${max} allowed`
				},
				entry.line,
				isHtml
			),
			lineNo(entry.line),
			entry.label
		);
	};
	for (const line of lines) {
		if (line.text === '') continue;
		const m = /^([^:]{1,60}?)\s*:(\s*)(.*)$/.exec(line.text);
		const field = m ? LABELS.get(fold(m[1])) : undefined;
		if (m && field) {
			if (fields.has(field)) {
				out.warnings.push(`${at(line)}: "${m[1]}:" repeated; the first one is kept`);
				current = null;
			} else {
				const entry = {
					label: m[1],
					line,
					values: m[3] === '' ? [] : [m[3]],
					length: m[3].length
				};
				limitOf(field, entry, entry.length);
				fields.set(field, entry);
				current = entry;
			}
		} else if (m && /^\p{Lu}[\p{L} .\-/]*$/u.test(m[1]) && (m[2] !== '' || m[3] === '')) {
			out.warnings.push(`${at(line)}: unknown Metryka field "${m[1]}:"`);
			if (out.extraFields.length < 100)
				out.extraFields.push({ label: m[1], value: clip(m[3], 1000) });
			current = null;
		} else if (current) {
			current.values.push(line.text); // a continuation line (indented on the old site) of the field above
			current.length += line.text.length + 1;
			const f = [...fields].find(([, e]) => e === current)!;
			limitOf(f[0], f[1], current.length);
		} else {
			out.warnings.push(
				`${at(line)}: text outside any Metryka field ignored: "${clip(line.text)}"`
			);
		}
	}

	const value = (f: Field) => {
		const joined = fields.get(f)?.values.join(' ').trim();
		return joined ? joined : null;
	};
	const date = (f: Field) => {
		const entry = fields.get(f);
		const text = value(f);
		if (!entry) return null;
		if (text === null || /^(?:-+|brak)$/i.test(text)) {
			out.warnings.push(`${at(entry.line)}: "${entry.label}:" has no date`);
			return null;
		}
		const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
		if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
			const shown = clip(text, 40);
			throw fail(
				withQuote(
					{
						pl: `pole „${entry.label}”: „${shown}” nie jest datą (RRRR-MM-DD)`,
						en: `field "${entry.label}": "${shown}" is not a date (YYYY-MM-DD)`
					},
					entry.line,
					isHtml
				),
				lineNo(entry.line),
				entry.label
			);
		}
		return `${m[1]}-${m[2]}-${m[3]}`;
	};

	out.dateAdded = date('dateAdded');
	out.dateUpdated = date('dateUpdated');
	out.unitType = value('unitType');
	out.locality = value('locality');
	out.powiat = value('powiat');
	out.wojewodztwo = value('wojewodztwo');
	out.implementingUnit = value('implementingUnit');
	out.street = value('street');
	out.phone = fields.get('phone')?.values.join(', ') || null;

	const postal = value('postal');
	if (postal !== null) {
		const m = /^(\d{2})\s*-\s*(\d{3})\s*(.*)$/.exec(postal);
		if (m) {
			out.postalCode = `${m[1]}-${m[2]}`;
			out.postOffice = m[3] || null;
		} else {
			out.postOffice = postal;
			out.warnings.push(`no postal code (NN-NNN) in "${clip(postal)}"`);
		}
	}

	const sites = fields.get('websites');
	for (const token of sites?.values.flatMap((v) => v.split(/[\s,;]+/)) ?? []) {
		const site = trimEndOf(token, '.,;');
		if (/^(?:https?:\/\/)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+(?:[/?#]\S*)?$/iu.test(site)) {
			const problem = urlProblem(site);
			if (problem)
				throw fail(
					withQuote(
						{
							pl: `pole „${sites!.label}”: „${clip(site)}”: ${URL_PROBLEM_TEXT[problem].split(' / ')[0]}`,
							en: `field "${sites!.label}": "${clip(site)}": ${URL_PROBLEM_TEXT[problem].split(' / ')[1]}`
						},
						sites!.line,
						isHtml
					),
					lineNo(sites!.line),
					sites!.label
				);
			if (!out.websites.includes(site)) out.websites.push(site);
		} else if (site !== '')
			out.warnings.push(`"${clip(site)}" does not look like a website address`);
	}
	if (sites) {
		const p = countProblem('websites', out.websites.length);
		if (p) throw fail(withQuote(p, sites.line, isHtml), lineNo(sites.line), sites.label);
	}

	const population = value('population');
	if (population !== null) {
		const digits = /^\d{1,3}(?:[. ]\d{3})+$|^\d+$/.test(population)
			? population.replace(/\D/g, '')
			: '';
		if (digits && digits.length <= 9) out.population = Number(digits);
		else out.warnings.push(`population "${clip(population)}" is not a whole number`);
	}

	const contacts = fields.get('contacts');
	if (contacts) {
		out.contacts = parseContacts(contacts.values, out.warnings);
		const p = countProblem('contacts', out.contacts.length);
		if (p) throw fail(withQuote(p, contacts.line, isHtml), lineNo(contacts.line), contacts.label);
	}
	return new Set(fields.keys());
}

function looksLikeName(text: string): boolean {
	const words = text.replace(/^(?:(?:dr|mgr|inż|prof|hab)\.?\s+)+/i, '').split(' ');
	return (
		words.length >= 2 &&
		words.length <= 3 &&
		words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)) &&
		!ROLE_WORDS.has(fold(words[0]))
	);
}

/** Name lines start a person, other lines are that person's role (several lines joined by ", "). */
export function parseContacts(values: string[], warnings: string[]): PracticeContact[] {
	const people: PracticeContact[] = [];
	for (const raw of values) {
		// Whitespace collapsed first: with runs of it, the pattern below would retry each run at
		// every position of the lazy name (quadratic). Lines of a page are already collapsed.
		const value = raw.replace(/\s+/g, ' ').trim();
		// "Jan Kowalski – sekretarz gminy" on one line
		const split = /^(.+?)(?:\s+[-–—]\s+|,\s*)(.+)$/.exec(value);
		const [name, role] =
			split && looksLikeName(split[1]) ? [split[1], split[2]] : [value, null as string | null];
		const last = people.at(-1);
		if (looksLikeName(name) || !last) {
			if (!looksLikeName(name))
				warnings.push(`contact "${name}" does not look like a person's name`);
			people.push({ name, role });
		} else {
			last.role = last.role ? `${last.role}, ${value}` : value;
		}
	}
	return people;
}

export function mentionedUnits(text: string): string[] {
	const names = new Set<string>();
	for (const m of text.matchAll(GMINA_RE)) {
		const words = m[1].trim().split(/\s+/);
		while (words.length > 0 && /^(?:nad|pod)$/.test(words[words.length - 1])) words.pop();
		names.add(`Gmina ${words.join(' ')}`);
	}
	return [...names];
}

function parseAttachments(
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

/** The art id and canonical s=2 URL of one practice link, or null when the link has no art=. */
function practiceUrl(href: string, base: string | null): { artId: number; url: string } | null {
	const q = href.indexOf('?');
	if (q < 0) return null;
	const params = new URLSearchParams(href.slice(q + 1).split('#')[0]);
	const art = params.get('art') ?? '';
	if (!/^\d+$/.test(art)) return null;
	let prefix = href.slice(0, q);
	if (base && !/^[a-z][a-z\d+.-]*:/i.test(prefix)) {
		try {
			prefix = new URL(prefix, base).href;
		} catch {
			// an unusable <base href> leaves the link relative
		}
	}
	// Only the parameters that name the practice: session ids and the like are dropped.
	const out = new URLSearchParams();
	for (const key of ['p1', 'p2']) {
		const v = params.get(key);
		if (v !== null) out.set(key, v);
	}
	out.set('art', art);
	out.set('s', '2');
	return { artId: Number(art), url: `${prefix}?${out.toString()}` };
}

/**
 * Where the page says what it is: canonical/og:url first, then the view tabs, then any link or
 * URL in the text. Pages may link other practices, so only the best tier is trusted.
 */
function findSource(
	input: string,
	links: ReturnType<typeof scanHtmlLinks> | null,
	warnings: string[]
): { artId: number; url: string } | null {
	const base = links?.base ?? links?.canonical ?? null;
	const tiers: string[][] = links
		? [
				[links.canonical, links.ogUrl].filter((u): u is string => u !== null),
				links.anchors.filter((a) => TAB_NAMES.includes(fold(a.text))).map((a) => a.href),
				links.anchors.map((a) => a.href)
			]
		: [];
	tiers.push(practiceUrlsIn(input).map((u) => u.replace(/&amp;/g, '&')));
	for (const tier of tiers) {
		const found = tier
			.map((href) => practiceUrl(href, base))
			.filter((p) => p !== null)
			.filter((p) => {
				// A source URL is a link: relative is fine, another scheme (javascript:…) is not.
				const problem = urlProblem(p.url);
				if (!problem || problem === 'relative') return true;
				warnings.push(
					`pominięto adres źródła „${clip(p.url)}”: ${URL_PROBLEM_TEXT[problem].split(' / ')[0]} / source url "${clip(p.url)}" skipped: ${URL_PROBLEM_TEXT[problem].split(' / ')[1]}`
				);
				return false;
			});
		if (found.length === 0) continue;
		const ids = new Set(found.map((p) => p.artId));
		if (ids.size > 1)
			warnings.push(`links name several practices (art ${[...ids].join(', ')}); using the first`);
		const first = found[0];
		return found.find((p) => p.artId === first.artId && /^[a-z]+:/i.test(p.url)) ?? first;
	}
	return null;
}
