/**
 * Reads one page of the old Baza Dobrych Praktyk (BDP) into a plain record: the section, the title,
 * the text of the view ("Skrót i Metryka", "Pełna prezentacja" or "Załączniki") and every labelled
 * field of the "Metryka praktyki". HTML is first rendered to text, so the same line-based reader
 * serves saved pages and their text copies, and survives changes of the page layout.
 * The format is described in PRODUCT.md ("The old database's page format").
 * Over 300 lines: parsePracticePage is one reading pass over the page, kept in one function.
 */
import { htmlToText, scanHtmlLinks } from './html-to-text';
import { SECTIONS, type SectionSlug } from '../../domain/sections';
import { emptyMetryka } from '../../domain/fields';
import type { Metryka } from '../records/types';
import { countProblem, fieldName, lengthProblem, type LimitedField } from '../../limits';
import {
	PageParseError,
	both,
	cleanLine,
	clip,
	findControls,
	fold,
	isFooterLine,
	isTabLine,
	looksLikeHtml,
	paragraphs,
	TAB_NAMES,
	unreadableCharacters,
	withQuote,
	type Bilingual,
	type Line
} from './page-text';
import { findSource } from './page-links';
import {
	ATTACHMENT_HEADING_RE,
	SIZE_RE,
	findFileName,
	parseAttachments,
	type PracticeAttachment
} from './page-attachments';
import { REQUIRED_METRYKA, readMetryka } from './page-metryka';

export { PageParseError, looksLikeHtml, trimEndOf, type Bilingual } from './page-text';
export { practiceUrlsIn } from './page-links';
export { findFileName, type PracticeAttachment } from './page-attachments';
export { parseContacts, type PracticeContact } from './page-metryka';
export type { SectionSlug };
export type PracticeView = 'summary' | 'presentation' | 'attachments';

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

const UNIT_WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*';
const GMINA_RE = new RegExp(
	`(?<!\\p{L})[Gg]mina((?:\\s+(?:${UNIT_WORD}|(?:nad|pod)(?=\\s+\\p{Lu}))){1,4})`,
	'gu'
);

export interface ParseOptions {
	fileName?: string;
	/**
	 * Accept an incomplete page (cut off, or missing a required field): its reasons go to
	 * `incomplete` and `warnings` instead of failing, and the importer stores it as a draft.
	 */
	draft?: boolean;
}

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
		...emptyMetryka(),
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

export function mentionedUnits(text: string): string[] {
	const names = new Set<string>();
	for (const m of text.matchAll(GMINA_RE)) {
		const words = m[1].trim().split(/\s+/);
		while (words.length > 0 && /^(?:nad|pod)$/.test(words[words.length - 1])) words.pop();
		names.add(`Gmina ${words.join(' ')}`);
	}
	return [...names];
}
