/**
 * Addresses of the pictures the server draws (issue 16), for pages and for the map's „Pobierz
 * obraz” menu: one home, so the routes under /obraz/ and the links to them agree.
 */
import type { Lang } from './format';
import { withLang } from './i18n';

/** A partnership's merged area as a small picture (drawn by the server, picture/thumbs.ts). */
export interface AreaThumb {
	/** The merged area: SVG path data in the box's units (viewBox `0 0 w h`). */
	area: string;
	/** The member units' outlines, in the same units ('' for a single member). */
	gminy: string;
	w: number;
	h: number;
}

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

/** The small area shapes of partnerships (for rows the page was not served with). */
export const shapesPath = (ids: number[]): string => `/obraz/ksztalty.json?ids=${ids.join(',')}`;
/** At most this many ids in one request for shapes. */
export const SHAPES_PER_REQUEST = 200;
