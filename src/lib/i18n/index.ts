/**
 * UI text in Polish (first) and English, one dictionary per language (pl.ts, en.ts). Record
 * content is shown as written, never translated. Code outside this folder does not choose
 * between languages itself: it reads `dictionaries[lang]`, or `say` for a message built in code.
 */
import type { Lang } from '../format';
import { pl, type Dict } from './pl';
import { en } from './en';

export const dictionaries: Record<Lang, Dict> = { pl, en };

/**
 * The language of a message built in code: the page's (`pl`, `en`) for what people read, or
 * `both` ("polski / english") for answers machines read (JSON API errors and notes).
 */
export type MessageLang = Lang | 'both';

/** One message in the asked language (see MessageLang). */
export function say(lang: MessageLang, pl: string, en: string): string {
	return lang === 'both' ? `${pl} / ${en}` : lang === 'pl' ? pl : en;
}

export function parseLang(value: string | null | undefined, acceptLanguage?: string | null): Lang {
	if (value === 'pl' || value === 'en') return value;
	if (acceptLanguage) {
		for (const part of acceptLanguage.split(',')) {
			const tag = part.split(';')[0].trim().toLowerCase();
			if (tag.startsWith('pl')) return 'pl';
			if (tag.startsWith('en')) return 'en';
		}
	}
	return 'pl';
}

/** The `lang` parameter of the site's addresses: none for Polish, the default. */
export function langParam(lang: Lang): string | null {
	return lang === 'pl' ? null : lang;
}

/** An address of this site in a language (`path` may carry a query string of its own). */
export function withLang(path: string, lang: Lang): string {
	const value = langParam(lang);
	return value ? `${path}${path.includes('?') ? '&' : '?'}lang=${value}` : path;
}

/** Parameters of a link to the site that keep the page's language. */
export function keepLang(params: URLSearchParams, lang: Lang): URLSearchParams {
	const value = langParam(lang);
	if (value) params.set('lang', value);
	return params;
}

/** A form action's address (`?/save`) that keeps the page's language (`?/save&lang=en`). */
export function actionWithLang(action: string, lang: Lang): string {
	const value = langParam(lang);
	return value ? `?/${action}&lang=${value}` : `?/${action}`;
}
