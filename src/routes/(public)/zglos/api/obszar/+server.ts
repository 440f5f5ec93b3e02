import type { RequestHandler } from './$types';
import { parseLang } from '$lib/i18n';
import { memberArea } from '$lib/server/curation/helper-endpoints';

/** GET /zglos/api/obszar: the public submission form's twin of /admin/api/obszar (public data). */
export const GET: RequestHandler = (event) =>
	memberArea(event, parseLang(event.url.searchParams.get('lang')));
