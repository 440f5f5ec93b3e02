/**
 * The style's sources: our own vector tiles (boundaries, partnerships), credited in the page's
 * language, and the ids of the GeoJSON sources the map fills at run time.
 */
import type { VectorSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { TILE_MAX_ZOOM } from '../zoom';
import type { Lang } from '../../format';

export const BOUNDARY_SOURCE = 'boundaries';
export const PARTNERSHIP_SOURCE = 'partnerships';
export const COUNT_SOURCE = 'counts';
export const OBSTACLE_SOURCE = 'label-obstacles';

/** Attribution of our own sources, in the page's language (the names of sources stay as they are). */
export const ATTRIBUTION = {
	boundaries: {
		pl: 'Granice: <a href="https://www.geoportal.gov.pl/">PRG GUGiK</a>, TERYT GUS 2026',
		en: 'Boundaries: <a href="https://www.geoportal.gov.pl/">PRG GUGiK</a>, TERYT GUS 2026'
	},
	partnerships: {
		pl: 'Partnerstwa: keep.eu, urbact.eu, strony partnerstw',
		en: 'Partnerships: keep.eu, urbact.eu, websites of the partnerships'
	}
};

/** Every source of the map, as its attribution lists them (the first view credits them so too). */
export function firstViewAttribution(lang: Lang): string {
	return `${ATTRIBUTION.boundaries[lang]} | ${ATTRIBUTION.partnerships[lang]}`;
}

/** Our own vector tiles of `set`, from /tiles/{set}/{version}/, credited in the page's language. */
function ownTiles(
	set: keyof typeof ATTRIBUTION,
	origin: string,
	version: string,
	lang: Lang
): VectorSourceSpecification {
	return {
		type: 'vector',
		tiles: [`${origin}/tiles/${set}/${version}/{z}/{x}/{y}.pbf`],
		minzoom: 0,
		maxzoom: TILE_MAX_ZOOM,
		attribution: ATTRIBUTION[set][lang]
	};
}

export function boundarySource(
	origin: string,
	version: string,
	lang: Lang = 'pl'
): VectorSourceSpecification {
	return { ...ownTiles('boundaries', origin, version, lang), bounds: [14.0, 48.9, 24.2, 54.9] };
}

export function partnershipSource(
	origin: string,
	version: string,
	lang: Lang = 'pl'
): VectorSourceSpecification {
	return ownTiles('partnerships', origin, version, lang);
}
