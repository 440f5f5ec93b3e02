/**
 * Rich text (practice presentations, partnership descriptions) is stored as sanitised HTML with a
 * small allowlist; plain text becomes escaped paragraphs. https://github.com/apostrophecms/sanitize-html
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: [
		'p',
		'br',
		'strong',
		'b',
		'em',
		'i',
		'ul',
		'ol',
		'li',
		'h3',
		'h4',
		'blockquote',
		'a'
	],
	allowedAttributes: { a: ['href', 'title', 'rel', 'target'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	transformTags: {
		a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener', target: '_blank' })
	},
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
