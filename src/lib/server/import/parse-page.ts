/**
 * Reads one page of the old Baza Dobrych Praktyk (BDP) into a plain record: the section, the title,
 * the text of the view ("Skrót i Metryka", "Pełna prezentacja" or "Załączniki") and every labelled
 * field of the "Metryka praktyki". HTML is first rendered to text, so the same line-based reader
 * serves saved pages and their text copies, and survives changes of the page layout.
 * The format is described in PRODUCT.md ("The old database's page format").
 */
import { htmlToText, scanHtmlLinks } from './html-to-text';

import { SECTIONS, type SectionSlug } from '../../sections';
import type { Metryka } from '../records/types';

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
}

export class PageParseError extends Error {
	constructor(
		readonly reason: string,
		readonly fileName: string | null = null,
		readonly line: number | null = null
	) {
		super(`${fileName ?? '(input)'}${line === null ? '' : `, line ${line}`}: ${reason}`);
		this.name = 'PageParseError';
	}
}

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
const FILE_NAME_RE = new RegExp(`([^\\s/\\\\()\\[\\]"'<>]+\\.(${FILE_EXT}))(?![\\p{L}\\d])`, 'iu');
const TYPE_NOTE_RE = new RegExp(`[([]\\s*(${FILE_EXT})\\b`, 'i');
const SIZE_RE = /(\d+(?:[.,]\d+)?)\s*(bajt(?:y|ów)?|[kKMG]i?[bB]|B)(?![\p{L}\d])/u;
const ATTACHMENT_HEADING_RE =
	/^(?:lista )?zalacznik(?:i|ow)\b|^brak zalacznikow|^pliki do pobrania/;
const URL_RE = /(?:https?:\/\/|www\.)[^\s"'<>]+/i;
const PRACTICE_URL_RE = /(?:https?:\/\/)?[^\s"'<>()]*\?[^\s"'<>()]*\bart=\d+[^\s"'<>()]*/gi;
const UNIT_WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*';
const GMINA_RE = new RegExp(
	`(?<!\\p{L})[Gg]mina((?:\\s+(?:${UNIT_WORD}|(?:nad|pod)(?=\\s+\\p{Lu}))){1,4})`,
	'gu'
);

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

function cleanLine(raw: string): string {
	return raw
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

export function parsePracticePage(
	input: string,
	options: { fileName?: string } = {}
): ParsedPractice {
	const fileName = options.fileName ?? null;
	const fail = (reason: string, line: number | null = null) =>
		new PageParseError(reason, fileName, line);

	if (input.trim() === '') throw fail('the file is empty');
	if (unreadableCharacters(input) > 8)
		throw fail(
			'the file is not readable text (binary data, or a character encoding other than UTF-8)'
		);

	const isHtml =
		/<(?:!doctype|html|head|body|div|p|table|tr|td|br|a|span|font|h[1-6])\b[^>]*>/i.test(input);
	const warnings: string[] = [];
	const lines: Line[] = (isHtml ? htmlToText(input) : input.replace(/^\ufeff/, ''))
		.split(/\r\n|\r|\n/)
		.map((raw, i) => ({ no: i + 1, text: cleanLine(raw) }));
	// Lines of text rendered from HTML are not lines of the file: messages quote the text instead.
	const lineNo = (line: Line) => (isHtml ? null : line.no);
	const folded = lines.map((l) => fold(l.text));

	// The section line ("Współpraca między JST : Praktyki") anchors everything; the menu above it
	// repeats section names but never with ": Praktyki".
	const sectionLines = lines
		.map((l, i) => ({ i, m: /^(.+?)\s*:\s*Praktyki$/i.exec(l.text) }))
		.filter((s) => s.m !== null);
	const known = sectionLines.find((s) => SECTIONS.some((p) => fold(p.pl) === fold(s.m?.[1] ?? '')));
	const sectionAt = known ?? sectionLines[0];
	if (!sectionAt)
		throw fail(
			'no section line such as "Współpraca między JST : Praktyki": not a practice page of the Baza Dobrych Praktyk'
		);
	const sectionText = sectionAt.m?.[1] ?? '';
	const sectionDef = SECTIONS.find((p) => fold(p.pl) === fold(sectionText));
	if (!sectionDef) warnings.push(`unknown section "${sectionText}"`);

	const nextIndex = (from: number, test: (folded: string) => boolean) => {
		for (let i = from; i < lines.length; i++) if (test(folded[i])) return i;
		return -1;
	};
	const isBoundary = (f: string) => isTabLine(f) || isFooterLine(f) || f === 'metryka praktyki';

	const titleAt = nextIndex(sectionAt.i + 1, (f) => f !== '');
	if (titleAt < 0 || isBoundary(folded[titleAt]))
		throw fail('no title after the section line', lineNo(lines[sectionAt.i]));
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
		body.some((l) => FILE_NAME_RE.test(l.text) || SIZE_RE.test(l.text))
	)
		view = 'attachments';
	else
		throw fail(
			'no recognizable content: neither a "Metryka praktyki" block, nor a presentation opening with "Opis sytuacji przed wdrożeniem", nor a list of attachments',
			lineNo(lines[titleAt])
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
		warnings
	};
	if (view === 'attachments') result.attachments = parseAttachments(body, links, warnings);
	else if (bodyText === null) warnings.push(`the ${view} text is empty`);

	if (metrykaAt >= 0) {
		let end = nextIndex(metrykaAt + 1, (f) => isTabLine(f) || isFooterLine(f));
		if (end < 0) end = lines.length;
		readMetryka(lines.slice(metrykaAt + 1, end), result, lineNo, fail);
	}
	return result;
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

function readMetryka(
	lines: Line[],
	out: ParsedPractice,
	lineNo: (line: Line) => number | null,
	fail: (reason: string, line?: number | null) => PageParseError
): void {
	const at = (line: Line) => {
		const n = lineNo(line);
		return n === null ? `"${line.text}"` : `line ${n}`;
	};
	const fields = new Map<Field, { label: string; line: Line; values: string[] }>();
	let current: string[] | null = null;
	for (const line of lines) {
		if (line.text === '') continue;
		const m = /^([^:]{1,60}?)\s*:(\s*)(.*)$/.exec(line.text);
		const field = m ? LABELS.get(fold(m[1])) : undefined;
		if (m && field) {
			if (fields.has(field)) {
				out.warnings.push(`${at(line)}: "${m[1]}:" repeated; the first one is kept`);
				current = null;
			} else {
				current = m[3] === '' ? [] : [m[3]];
				fields.set(field, { label: m[1], line, values: current });
			}
		} else if (m && /^\p{Lu}[\p{L} .\-/]*$/u.test(m[1]) && (m[2] !== '' || m[3] === '')) {
			out.warnings.push(`${at(line)}: unknown Metryka field "${m[1]}:"`);
			out.extraFields.push({ label: m[1], value: m[3] });
			current = null;
		} else if (current) {
			current.push(line.text); // a continuation line (indented on the old site) of the field above
		} else {
			out.warnings.push(`${at(line)}: text outside any Metryka field ignored: "${line.text}"`);
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
		const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
		if (iso === null || new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso)
			throw fail(
				`"${entry.label}:" is not a valid date (YYYY-MM-DD): "${text}"`,
				lineNo(entry.line)
			);
		return iso;
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
			out.warnings.push(`no postal code (NN-NNN) in "${postal}"`);
		}
	}

	for (const token of fields.get('websites')?.values.flatMap((v) => v.split(/[\s,;]+/)) ?? []) {
		const site = token.replace(/[.,;]+$/, '');
		if (/^(?:https?:\/\/)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+(?:[/?#]\S*)?$/iu.test(site))
			out.websites.push(site);
		else if (site !== '') out.warnings.push(`"${site}" does not look like a website address`);
	}

	const population = value('population');
	if (population !== null) {
		const digits = /^\d{1,3}(?:[. ]\d{3})+$|^\d+$/.test(population)
			? population.replace(/\D/g, '')
			: '';
		if (digits) out.population = Number(digits);
		else out.warnings.push(`population "${population}" is not a whole number`);
	}

	const contacts = fields.get('contacts');
	if (contacts) out.contacts = parseContacts(contacts.values, out.warnings);
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
function parseContacts(values: string[], warnings: string[]): PracticeContact[] {
	const people: PracticeContact[] = [];
	for (const value of values) {
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

function mentionedUnits(text: string): string[] {
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
	warnings: string[]
): PracticeAttachment[] {
	const attachments: PracticeAttachment[] = [];
	for (const line of body) {
		const f = fold(line.text);
		if (f === '' || ATTACHMENT_HEADING_RE.test(f)) continue;
		const anchor = links?.anchors.find((a) => a.text !== '' && line.text.includes(a.text));
		const url = anchor?.href ?? URL_RE.exec(line.text)?.[0] ?? null;
		const urlFile = url ? FILE_NAME_RE.exec(url.split(/[?#]/)[0].split('/').pop() ?? '') : null;
		const fileMatch = urlFile ?? FILE_NAME_RE.exec(line.text);
		const typeNote = TYPE_NOTE_RE.exec(line.text);
		const size = SIZE_RE.exec(line.text);
		if (!url && !fileMatch && !typeNote && !size) {
			warnings.push(`"${line.text}" in the attachment list does not look like a file`);
			continue;
		}
		let name = line.text
			.replace(/\s*[([][^()[\]]*[)\]]\s*$/, '') // the "(PDF, 2,4 MB)" note
			.replace(URL_RE, '')
			.replace(SIZE_RE, '')
			.replace(/[\s\-–—:,]+$/, '')
			.trim();
		if (name === '') name = fileMatch?.[1] ?? url ?? line.text;
		attachments.push({
			name,
			fileName: fileMatch?.[1] ?? null,
			extension: (fileMatch?.[2] ?? typeNote?.[1])?.toLowerCase() ?? null,
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
	tiers.push([...input.matchAll(PRACTICE_URL_RE)].map((m) => m[0].replace(/&amp;/g, '&')));
	for (const tier of tiers) {
		const found = tier.map((href) => practiceUrl(href, base)).filter((p) => p !== null);
		if (found.length === 0) continue;
		const ids = new Set(found.map((p) => p.artId));
		if (ids.size > 1)
			warnings.push(`links name several practices (art ${[...ids].join(', ')}); using the first`);
		const first = found[0];
		return found.find((p) => p.artId === first.artId && /^[a-z]+:/i.test(p.url)) ?? first;
	}
	return null;
}
