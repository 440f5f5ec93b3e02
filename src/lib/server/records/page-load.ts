import { error, redirect } from '@sveltejs/kit';
import type { Lang } from '../../format';
import { dictionaries } from '../../i18n';

/** The 404 of a record that does not exist (or is not published), in the page's language. */
export function recordNotFound(what: 'praktyki' | 'partnerstwa', id: number, lang: Lang): never {
	error(404, dictionaries[lang].record.pageNotFound[what](id));
}

/** Sends old or slug-less addresses to the canonical one, keeping the query string. */
export function canonicalise(url: URL, base: string, id: number, slug: string): void {
	const canonical = `${base}/${id}-${slug}`;
	if (url.pathname !== canonical) redirect(301, `${canonical}${url.search}`);
}
