import type { RequestHandler } from './$types';
import { parseLang } from '$lib/i18n';
import { viewShare } from '$lib/server/picture/compose';
import { mapView } from '$lib/server/picture/view';
import { pictureResponse } from '$lib/server/picture/answer';

/**
 * GET /obraz/udostepnij/mapa.png?{filters}: the share image of a map view (1200 × 630 PNG, the
 * og:image of `/` with the same filters). What the page would ignore is ignored here too.
 */
export const GET: RequestHandler = ({ request, url }) => {
	const lang = parseLang(url.searchParams.get('lang'));
	return pictureResponse(request, url, 'png', () => ({
		svg: viewShare(mapView(url.searchParams, lang), lang)
	}));
};
