/**
 * Rich text (practice presentations, partnership descriptions) is stored as sanitised HTML of the
 * small subset in src/lib/domain/rich-text.ts (what the admin editor makes); plain text becomes
 * escaped paragraphs. https://github.com/apostrophecms/sanitize-html
 */
import sanitizeHtml from 'sanitize-html';
import { RICH_DROPPED, RICH_RENAMES, RICH_TAGS } from '../domain/rich-text';
import { safeHref } from '../safe-url';

const renames = Object.fromEntries(
	Object.entries(RICH_RENAMES).map(([from, to]) => [from, sanitizeHtml.simpleTransform(to, {})])
);

const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: [...RICH_TAGS],
	allowedAttributes: { a: ['href', 'rel', 'target'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowProtocolRelative: false,
	transformTags: {
		...renames,
		// A link without a safe address is no link: its text stays, the tag goes (span is not kept).
		a: (_tag, attribs): sanitizeHtml.Tag => {
			const href = safeHref(attribs.href);
			return href
				? {
						tagName: 'a',
						attribs: { href, rel: 'nofollow noopener', target: '_blank' }
					}
				: { tagName: 'span', attribs: {} };
		}
	},
	nonTextTags: [...RICH_DROPPED],
	disallowedTagsMode: 'discard'
};

export function escapeHtml(s: string): string {
	return s.replace(
		/[&<>"']/g,
		(c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`
	);
}

/** Sanitised HTML from either HTML or plain text (blank lines separate paragraphs). */
export function toSafeHtml(input: string | null | undefined): string | null {
	if (!input || !input.trim()) return null;
	const looksLikeHtml = /<\/?(p|br|ul|ol|li|strong|em|b|i|a|h\d|div|span)\b/i.test(input);
	const html = looksLikeHtml
		? input
		: input
				.trim()
				.split(/\n\s*\n/)
				.map((para) => `<p>${escapeHtml(para.trim()).replace(/\n/g, '<br>')}</p>`)
				.join('\n');
	return sanitizeHtml(html, OPTIONS).trim() || null;
}
