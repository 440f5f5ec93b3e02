import type { RequestHandler } from './$types';
import { parseLang } from '$lib/i18n';
import { memberListMatch } from '$lib/server/curation/helper-endpoints';

/** POST /zglos/api/czlonkowie: the public submission form's twin of /admin/api/czlonkowie (public data). */
export const POST: RequestHandler = (event) =>
	memberListMatch(event, parseLang(event.url.searchParams.get('lang')));
