/**
 * The query parameters the public pages read: the filters, the selection, the language and the
 * embed's options. Anything else in a page's address changes nothing on it, so links the page
 * makes of its own address (the language switch, oEmbed discovery) leave it out, and the page
 * cache keys on these alone (`/?cb=1`, `/?cb=2`, … are one page).
 */
import { FILTER_KEYS } from './domain/filters';

export const PAGE_PARAMS: ReadonlySet<string> = new Set([
	...FILTER_KEYS,
	'sel',
	'lang',
	'zakres',
	'lista',
	'legenda',
	'wysokosc'
]);

/** `params` without the parameters no page reads (order and repeats of the others kept). */
export function pageSearch(params: URLSearchParams): URLSearchParams {
	const kept = new URLSearchParams();
	for (const [name, value] of params) if (PAGE_PARAMS.has(name)) kept.append(name, value);
	return kept;
}
