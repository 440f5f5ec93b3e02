/**
 * HTML to plain text without a DOM (the server has none), modelled on what a browser's innerText
 * gives for the old Baza Dobrych Praktyk pages: block elements end lines, <p> leaves a blank line,
 * table cells are separated by tabs, script/style/head vanish, entities are decoded.
 * See https://html.spec.whatwg.org/multipage/dom.html#the-innertext-idl-attribute
 *
 * Tags come from htmlparser2's tokenizer (https://github.com/fb55/htmlparser2), which never builds
 * a tree, so unclosed, misnested or stray tags cannot derail it.
 */
import { Tokenizer } from 'htmlparser2';
import { decodeEntities } from './entities';

export { decodeEntities };

type Token =
	| { kind: 'text'; text: string }
	| { kind: 'open'; name: string; attrs: Map<string, string> }
	| { kind: 'close'; name: string };

/** Elements whose content is never shown; the tokenizer jumps straight to their end tag. */
const RAW_SKIPPED = new Set([
	'script',
	'style',
	'title',
	'noscript',
	'template',
	'iframe',
	'object'
]);

/** Elements allowed in <head>; anything else (or visible text) means the head is over. */
const HEAD_CONTENT = new Set(['meta', 'link', 'base', 'title', 'script', 'style', 'noscript']);

const BLOCK = new Set(
	(
		'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset ' +
		'figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main ' +
		'menu nav ol option p pre section summary table tbody td tfoot th thead tr ul'
	).split(' ')
);

/**
 * The page as a list of tokens, read by htmlparser2's tokenizer (no tree is built). Entities are
 * decoded here (decodeEntities above, the browsers' legacy rules), not by the tokenizer; the
 * content of RAW_SKIPPED elements is dropped up to their end tag; adjacent text is one token.
 * A tag whose quoted attribute never closes would swallow the rest of the page: it ends at its
 * first '>' instead, and reading goes on from there.
 */
function tokenize(html: string): Token[] {
	const tokens: Token[] = [];
	const state = { skipping: null as string | null };
	for (let rest = html; ;) {
		const pending = tokenizeRun(rest, tokens, state);
		const gt = pending ? rest.indexOf('>', pending.nameEnd) : -1;
		if (!pending || gt < 0) break;
		pushOpen(tokens, pending.tag, state);
		rest = rest.slice(gt + 1);
	}
	return tokens;
}

type OpenTag = { name: string; attrs: Map<string, string> };

function pushOpen(tokens: Token[], tag: OpenTag, state: { skipping: string | null }) {
	if (state.skipping) return;
	tokens.push({ kind: 'open', ...tag });
	if (RAW_SKIPPED.has(tag.name)) state.skipping = tag.name;
}

/** Tokens of `html` appended to `tokens`; the open tag left unfinished at its end, if any. */
function tokenizeRun(
	html: string,
	tokens: Token[],
	state: { skipping: string | null }
): { tag: OpenTag; nameEnd: number } | null {
	let tag: OpenTag | null = null;
	let nameEnd = 0;
	let attrName = '';
	let attrValue = '';
	const slice = (start: number, end: number) => html.slice(start, end);
	const openTag = () => {
		if (tag) pushOpen(tokens, tag, state);
		tag = null;
	};
	const tokenizer = new Tokenizer(
		{ decodeEntities: false },
		{
			ontext(start, end) {
				if (state.skipping) return;
				const last = tokens.at(-1);
				if (last?.kind === 'text') last.text += slice(start, end);
				else tokens.push({ kind: 'text', text: slice(start, end) });
			},
			onopentagname(start, end) {
				tag = { name: slice(start, end).toLowerCase(), attrs: new Map() };
				nameEnd = end;
			},
			onattribname(start, end) {
				attrName = slice(start, end).toLowerCase();
				attrValue = '';
			},
			onattribdata(start, end) {
				attrValue += slice(start, end);
			},
			onattribend() {
				if (tag && !tag.attrs.has(attrName)) tag.attrs.set(attrName, decodeEntities(attrValue));
			},
			onopentagend: openTag,
			onselfclosingtag: openTag,
			onclosetag(start, end) {
				const name = slice(start, end).toLowerCase();
				if (state.skipping && name !== state.skipping) return;
				state.skipping = null;
				tokens.push({ kind: 'close', name });
			},
			onattribentity() {},
			ontextentity() {},
			oncdata() {},
			oncomment() {},
			ondeclaration() {},
			onprocessinginstruction() {},
			onend() {}
		}
	);
	tokenizer.write(html);
	tokenizer.end();
	const unfinished = tag as OpenTag | null;
	return unfinished ? { tag: unfinished, nameEnd } : null;
}

function collapse(text: string): string {
	return decodeEntities(text.replace(/[ \t\n\r\f]+/g, ' '));
}

/** Renders HTML as lines of text; see the module comment for the rules. */
export function htmlToText(html: string): string {
	// Chunks, not one growing string: reading the end of a concatenated string makes V8 flatten
	// it each time, which turns a large page into quadratic work.
	const out: string[] = [];
	let lastChar = '';
	let pendingBreaks = 0;
	let inHead = false;
	let preDepth = 0;
	let cellInRow = false;

	const emit = (text: string, collapsed = false) => {
		// Like innerText, collapsed whitespace at the start of a line is dropped, so the newlines
		// between block tags in the source do not turn into blank lines.
		if (
			collapsed &&
			(pendingBreaks > 0 || lastChar === '' || lastChar === '\n' || lastChar === '\t')
		)
			text = text.replace(/^ +/, '');
		if (text === '') return;
		if (pendingBreaks > 0 && lastChar !== '') out.push('\n'.repeat(pendingBreaks));
		pendingBreaks = 0;
		out.push(text);
		lastChar = text[text.length - 1];
	};
	const requireBreaks = (n: number) => {
		pendingBreaks = Math.max(pendingBreaks, n);
	};

	for (const token of tokenize(html)) {
		if (token.kind === 'text') {
			if (inHead && /[^ \t\n\r\f]/.test(token.text)) inHead = false;
			if (inHead) continue;
			if (preDepth > 0) emit(decodeEntities(token.text));
			else emit(collapse(token.text), true);
			continue;
		}
		const { name } = token;
		if (token.kind === 'open') {
			if (name === 'head') inHead = true;
			else if (inHead && !HEAD_CONTENT.has(name)) inHead = false;
			if (inHead || RAW_SKIPPED.has(name)) continue;
			if (name === 'br') emit('\n');
			else if (name === 'pre') preDepth++;
			if (name === 'tr') cellInRow = false;
			if (name === 'td' || name === 'th') {
				if (cellInRow) emit('\t');
				cellInRow = true;
			} else if (BLOCK.has(name)) {
				requireBreaks(name === 'p' ? 2 : 1);
			}
		} else {
			if (name === 'head') inHead = false;
			if (name === 'pre' && preDepth > 0) preDepth--;
			if (name === 'tr') cellInRow = false;
			if (BLOCK.has(name) && name !== 'td' && name !== 'th') requireBreaks(name === 'p' ? 2 : 1);
		}
	}

	// Each pattern below matches a maximal run once; trimming is a loop, since /[ \t]+$/ and
	// /[ \t]*\t/ retry at every character of a long run of spaces (quadratic).
	const lines = out
		.join('')
		.split(/\r\n|\r|\n/)
		.map((line) =>
			trimOf(
				line.replace(/[ \t]+/g, (run) => (run.includes('\t') ? '\t' : run.length > 1 ? ' ' : run)),
				' \t'
			)
		);
	return trimOf(lines.join('\n').replace(/\n{3,}/g, '\n\n'), '\n');
}

/** `text` without leading and trailing characters of `chars`. */
function trimOf(text: string, chars: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && chars.includes(text[start])) start++;
	while (end > start && chars.includes(text[end - 1])) end--;
	return start === 0 && end === text.length ? text : text.slice(start, end);
}

export interface HtmlLinks {
	base: string | null;
	canonical: string | null;
	ogUrl: string | null;
	/** Every <a href>, with its visible text (whitespace collapsed). */
	anchors: { href: string; text: string }[];
}

/** The URLs a page states about itself and the links it carries. */
export function scanHtmlLinks(html: string): HtmlLinks {
	const result: HtmlLinks = { base: null, canonical: null, ogUrl: null, anchors: [] };
	let open: { href: string; text: string } | null = null;
	const finish = () => {
		if (open) result.anchors.push({ href: open.href, text: open.text.replace(/\s+/g, ' ').trim() });
		open = null;
	};
	for (const token of tokenize(html)) {
		if (token.kind === 'text') {
			if (open) open.text += collapse(token.text);
		} else if (token.kind === 'close') {
			if (token.name === 'a') finish();
		} else {
			const { name, attrs } = token;
			const href = attrs.get('href');
			if (name === 'a') {
				finish(); // <a> cannot nest; a new one ends the previous
				if (href) open = { href, text: '' };
			} else if (name === 'base' && href) {
				result.base ??= href;
			} else if (name === 'link' && href && /\bcanonical\b/i.test(attrs.get('rel') ?? '')) {
				result.canonical ??= href;
			} else if (name === 'meta' && /^og:url$/i.test(attrs.get('property') ?? '')) {
				result.ogUrl ??= attrs.get('content') ?? null;
			}
		}
	}
	finish();
	return result;
}
