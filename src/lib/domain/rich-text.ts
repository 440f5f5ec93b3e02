/**
 * The subset of HTML that rich text (a practice's full presentation, a partnership's
 * description) may hold: what the admin editor's toolbar makes, nothing more. The server's
 * sanitiser (src/lib/server/rich-text.ts) is the authority; the editor cleans pasted HTML to
 * the same subset in the browser (src/lib/admin/rich-text-clean.ts). Links: only `href`, and only
 * what src/lib/safe-url.ts allows (http, https, mailto).
 */

/** Tags kept as they are. */
export const RICH_TAGS = ['p', 'br', 'h3', 'strong', 'em', 'ul', 'ol', 'li', 'a'] as const;

/** Tags written by other editors (and the old database) that mean one of ours. */
export const RICH_RENAMES: Readonly<Record<string, (typeof RICH_TAGS)[number]>> = {
	b: 'strong',
	i: 'em',
	h1: 'h3',
	h2: 'h3',
	h4: 'h3',
	h5: 'h3',
	h6: 'h3',
	div: 'p',
	blockquote: 'p'
};

/** Elements dropped with everything inside them (the rest lose the tag and keep the text). */
export const RICH_DROPPED = [
	'script',
	'style',
	'iframe',
	'object',
	'embed',
	'template',
	'noscript',
	'svg',
	'math',
	'textarea',
	'select',
	'head',
	'title'
] as const;
