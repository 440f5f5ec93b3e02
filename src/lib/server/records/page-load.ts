import { error, redirect } from '@sveltejs/kit';
import type { Lang } from '../../format';
import { say } from '../../i18n';

/** The record's noun: Polish genitive (as after „adres”, „nie znaleziono”), English. */
const NOUNS = {
	praktyki: { pl: 'praktyki', en: 'practice' },
	partnerstwa: { pl: 'partnerstwa', en: 'partnership' }
} as const;

/**
 * `/praktyki/12` or `/praktyki/12-some-slug`: the id, or a 404 naming what was wrong, in the
 * page's language.
 */
export function idFromParam(param: string, what: 'praktyki' | 'partnerstwa', lang: Lang): number {
	const m = /^(\d{1,9})(?:-[a-z0-9-]*)?$/.exec(param);
	if (!m)
		error(
			404,
			say(
				lang,
				`Nieprawidłowy adres ${NOUNS[what].pl}: „${param.slice(0, 40)}”`,
				`Not a valid address of a ${NOUNS[what].en}: "${param.slice(0, 40)}"`
			)
		);
	return Number(m[1]);
}

/** The 404 of a record that does not exist (or is not published), in the page's language. */
export function recordNotFound(what: 'praktyki' | 'partnerstwa', id: number, lang: Lang): never {
	error(
		404,
		say(lang, `Nie znaleziono ${NOUNS[what].pl} ${id}`, `No ${NOUNS[what].en} ${id} was found`)
	);
}

/** Sends old or slug-less addresses to the canonical one, keeping the query string. */
export function canonicalise(url: URL, base: string, id: number, slug: string): void {
	const canonical = `${base}/${id}-${slug}`;
	if (url.pathname !== canonical) redirect(301, `${canonical}${url.search}`);
}
