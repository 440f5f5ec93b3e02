import type { RequestHandler } from './$types';
import { parseLang } from '$lib/i18n';
import { unitSuggestions } from '$lib/server/curation/helper-endpoints';

/** GET /zglos/api/jednostki: the public submission form's twin of /admin/api/jednostki (public data). */
export const GET: RequestHandler = (event) =>
	unitSuggestions(event, parseLang(event.url.searchParams.get('lang')));
