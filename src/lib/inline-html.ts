/**
 * Markup a page's HTML carries once. Data returned by a load is both rendered on the server and
 * serialised into the page for hydration; markup wrapped in InlineHtml is rendered in full but
 * serialised as nothing (src/hooks.ts `transport`), and `{@html}` keeps the nodes the server sent
 * when it hydrates (Svelte does not repair @html). The first view's SVG is 60–120 KB that the HTML
 * would otherwise carry twice. A client-side navigation's data (`isDataRequest`) sends the string.
 */
export class InlineHtml {
	constructor(readonly html: string) {}
}

/** What the client gets in its place: not empty, so hydration claims the server's nodes. */
export const HYDRATED = ' ';

/** The markup of `value`, wrapped or not. */
export const htmlOf = (value: string | InlineHtml): string =>
	typeof value === 'string' ? value : value.html;
