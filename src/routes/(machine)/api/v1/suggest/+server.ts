import type { RequestHandler } from './$types';
import { suggest } from '$lib/server/suggest';
import { apiJson } from '$lib/server/api/respond';
import { parseLang } from '$lib/i18n';

/**
 * GET /api/v1/suggest?q=&lang=: units and records for the search box, as one types; `detail` in
 * `lang` (pl by default), `labelLang` the language of each label.
 */
export const GET: RequestHandler = ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 100);
	const lang = parseLang(url.searchParams.get('lang'));
	return apiJson({ q, suggestions: suggest(q, undefined, undefined, lang) });
};
