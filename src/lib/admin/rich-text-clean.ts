/**
 * The editor's browser-side cleaning of pasted or typed HTML to the rich-text subset
 * (src/lib/domain/rich-text.ts); the server sanitises again and is the authority. Parsed in a
 * <template>, whose content is inert (no script runs, no image loads), then rebuilt element by
 * element: only our tags, no attributes but a safe `href`.
 */
import { RICH_DROPPED, RICH_RENAMES, RICH_TAGS } from '../domain/rich-text';
import { safeHref } from '../safe-url';

const KEPT = new Set<string>(RICH_TAGS);
const DROPPED = new Set<string>(RICH_DROPPED);

export function cleanRichHtml(html: string, doc: Document = document): string {
	const template = doc.createElement('template');
	template.innerHTML = html;
	const out = doc.createElement('div');
	copyClean(template.content, out, doc);
	return out.innerHTML;
}

/**
 * Google Docs marks bold and italic with inline styles on spans, and wraps the whole clipboard in
 * a `<b style="font-weight:normal">` that means nothing.
 */
function pastedStyle(el: Element): string | null | undefined {
	const style = el.getAttribute('style') ?? '';
	if (el.localName === 'b' && /font-weight:\s*(normal|400)\b/.test(style)) return null;
	if (el.localName !== 'span') return undefined;
	if (/font-weight:\s*(bold|[6-9]00)\b/.test(style)) return 'strong';
	if (/font-style:\s*italic\b/.test(style)) return 'em';
	return undefined;
}

function copyClean(from: Node, to: Node, doc: Document): void {
	for (const node of Array.from(from.childNodes)) {
		if (node.nodeType === Node.TEXT_NODE) {
			to.appendChild(doc.createTextNode(node.textContent ?? ''));
			continue;
		}
		if (node.nodeType !== Node.ELEMENT_NODE) continue;
		const el = node as Element;
		const name = el.localName;
		if (DROPPED.has(name)) continue;
		const styled = pastedStyle(el);
		const tag =
			styled !== undefined ? styled : (RICH_RENAMES[name] ?? (KEPT.has(name) ? name : null));
		const href = tag === 'a' ? safeHref(el.getAttribute('href')) : null;
		if (!tag || (tag === 'a' && !href)) {
			copyClean(el, to, doc); // the tag goes, its text stays
			continue;
		}
		const clean = doc.createElement(tag);
		if (href) clean.setAttribute('href', href);
		copyClean(el, clean, doc);
		to.appendChild(clean);
	}
}
