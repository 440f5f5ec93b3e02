/** Where a page says which practice it is: its canonical URL, its tabs, its links and its text. */
import type { scanHtmlLinks } from './html-to-text';
import { URL_PROBLEM_TEXT, urlProblem } from '../../safe-url';
import { TAB_NAMES, clip, fold } from './page-text';

/** Characters that end a practice URL in text. */
const URL_STOP_RE = /[\s"'<>()]/;
const isUrlStop = (c: string) => URL_STOP_RE.test(c);

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
export function findSource(
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
