/**
 * Addresses of the pictures the server draws (issue 16), for pages and for the map's „Pobierz
 * obraz” menu: one home, so the routes under /obraz/ and the links to them agree.
 */
import type { Lang } from './format';
import { withLang } from './i18n';

/** A record's share image (1200 × 630 PNG): the og:image of its page. */
export const shareImagePath = (type: 'praktyka' | 'partnerstwo', id: number, lang: Lang): string =>
	withLang(`/obraz/udostepnij/${type}/${id}.png`, lang);

/** A map view's share image; `query` is the page's query string (its filters), without `?`. */
export const viewShareImagePath = (query: string, lang: Lang): string =>
	withLang(`/obraz/udostepnij/mapa.png${query ? `?${query}` : ''}`, lang);

/** The size of every share image. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** „Pobierz obraz”: the picture of a view as a file (`query`: its filters, format, widok, size). */
export const downloadPath = (type: 'png' | 'svg', query: URLSearchParams, lang: Lang): string => {
	const q = new URLSearchParams(query);
	q.set('pobierz', '1');
	return withLang(`/obraz/mapa.${type}?${q}`, lang);
};
