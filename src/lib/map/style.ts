/**
 * The map's self-contained style: our boundary tiles on a calm background, labels rendered from
 * local fonts (no `glyphs` URL: MapLibre >= 5.11 then draws text with TinySDF from the fonts the
 * browser has, so Polish diacritics work with no network; maplibre-gl-js PR #4564).
 * https://maplibre.org/maplibre-style-spec/
 */
import type {
	LayerSpecification,
	StyleSpecification,
	VectorSourceSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { LABEL_ZOOM, LEVEL_MIN_ZOOM, TILE_MAX_ZOOM } from './zoom';
import { NETWORK_KINDS, PARTNERSHIP_KIND_TABLE, kindOf, type KindDef } from '../domain/kinds';
import type { Lang } from '../format';

export const BOUNDARY_SOURCE = 'boundaries';
export const PARTNERSHIP_SOURCE = 'partnerships';
export const FONT_STACK = ['DejaVu Sans', 'Noto Sans', 'Arial', 'sans-serif'];

export const COLORS = {
	background: '#e9eef2',
	land: '#fbfaf7',
	wojLine: '#4a5868',
	powLine: '#7d8b99',
	gmiLine: '#a9b4bf',
	hover: '#1d4f91',
	label: '#1f2933',
	labelHalo: 'rgba(255,255,255,0.92)'
};

/** Attribution of our own sources, in the page's language (the names of sources stay as they are). */
const ATTRIBUTION = {
	boundaries: {
		pl: 'Granice: <a href="https://www.geoportal.gov.pl/">PRG GUGiK</a>, TERYT GUS 2026',
		en: 'Boundaries: <a href="https://www.geoportal.gov.pl/">PRG GUGiK</a>, TERYT GUS 2026'
	},
	partnerships: {
		pl: 'Partnerstwa: keep.eu, urbact.eu, strony partnerstw',
		en: 'Partnerships: keep.eu, urbact.eu, websites of the partnerships'
	}
};

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

const hoverOpacity = (base: number, hovered: number) =>
	['case', ['boolean', ['feature-state', 'hover'], false], hovered, base] as unknown as number;

/** The boundary layers: fills (for hover and picking), outlines and labels, one set per level. */
export function boundaryLayers(): LayerSpecification[] {
	const fill = (level: 'woj' | 'pow' | 'gmi', base: number): LayerSpecification => ({
		id: `${level}-fill`,
		type: 'fill',
		source: BOUNDARY_SOURCE,
		'source-layer': level,
		minzoom: LEVEL_MIN_ZOOM[level],
		// The next level takes over hover once it is shown.
		...(level === 'woj' ? { maxzoom: LEVEL_MIN_ZOOM.pow } : {}),
		...(level === 'pow' ? { maxzoom: LEVEL_MIN_ZOOM.gmi } : {}),
		paint: { 'fill-color': COLORS.hover, 'fill-opacity': hoverOpacity(base, 0.16) }
	});
	const label = (level: 'woj' | 'pow' | 'gmi', size: number | unknown[]): LayerSpecification => ({
		id: `${level}-label`,
		type: 'symbol',
		source: BOUNDARY_SOURCE,
		'source-layer': 'label',
		filter: ['==', ['get', 'level'], level],
		minzoom: LABEL_ZOOM[level][0],
		maxzoom: LABEL_ZOOM[level][1],
		layout: {
			'text-field': ['get', 'name'],
			'text-font': FONT_STACK,
			'text-size': size as number,
			'text-max-width': 8,
			'text-padding': 2,
			// Centred on the unit unless a marker or count bubble is there (obstacleLayers): then
			// beside it, so markers never hide a name.
			'text-variable-anchor': [
				'center',
				'bottom',
				'top',
				'right',
				'left',
				'bottom-right',
				'bottom-left',
				'top-right',
				'top-left'
			],
			'text-radial-offset': 1.15,
			...(level === 'woj' ? { 'text-transform': 'uppercase', 'text-letter-spacing': 0.06 } : {})
		},
		paint: {
			'text-color': COLORS.label,
			'text-halo-color': COLORS.labelHalo,
			'text-halo-width': 1.4
		}
	});
	return [
		{
			id: 'land',
			type: 'fill',
			source: BOUNDARY_SOURCE,
			'source-layer': 'woj',
			paint: { 'fill-color': COLORS.land }
		},
		fill('woj', 0),
		fill('pow', 0),
		fill('gmi', 0),
		{
			id: 'gmi-line',
			type: 'line',
			source: BOUNDARY_SOURCE,
			'source-layer': 'gmi',
			minzoom: LEVEL_MIN_ZOOM.gmi,
			paint: {
				'line-color': COLORS.gmiLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.5, 12, 1.2]
			}
		},
		{
			id: 'pow-line',
			type: 'line',
			source: BOUNDARY_SOURCE,
			'source-layer': 'pow',
			minzoom: LEVEL_MIN_ZOOM.pow,
			paint: {
				'line-color': COLORS.powLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 6.5, 0.6, 12, 2]
			}
		},
		{
			id: 'woj-line',
			type: 'line',
			source: BOUNDARY_SOURCE,
			'source-layer': 'woj',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': COLORS.wojLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.9, 8, 2, 12, 3]
			}
		},
		label('woj', ['interpolate', ['linear'], ['zoom'], 4, 10, 7, 14]),
		label('pow', ['interpolate', ['linear'], ['zoom'], 6.5, 10, 9, 13]),
		label('gmi', ['interpolate', ['linear'], ['zoom'], 8.5, 10.5, 12, 14])
	];
}

export function partnershipSource(
	origin: string,
	version: string,
	lang: Lang = 'pl'
): VectorSourceSpecification {
	return ownTiles('partnerships', origin, version, lang);
}

const kindColor = [
	'match',
	['get', 'kind'],
	...PARTNERSHIP_KIND_TABLE.flatMap((k) => [k.id, k.color]),
	kindOf('other').color
] as unknown as string;
const kindFill = [
	'match',
	['get', 'kind'],
	...PARTNERSHIP_KIND_TABLE.flatMap((k: KindDef) => [k.id, k.fill ?? k.color]),
	kindOf('other').color
] as unknown as string;

/**
 * Merged partnership areas. Small areas are drawn above large ones (Blisko Krakowa over Metropolia
 * Krakowska), and the larger an area, the fainter its fill, so overlaps stay readable.
 */
export function partnershipLayers(): LayerSpecification[] {
	const highlighted = ['boolean', ['feature-state', 'hover'], false];
	return [
		{
			id: 'partnership-fill',
			type: 'fill',
			source: PARTNERSHIP_SOURCE,
			'source-layer': 'partnerships',
			layout: { 'fill-sort-key': ['-', 0, ['get', 'area']] as unknown as number },
			paint: {
				'fill-color': kindFill,
				// Networks (Interreg, URBACT) often span whole województwa and overlap each other:
				// a faint wash for them, stronger fills for compact local partnerships.
				'fill-opacity': [
					'case',
					highlighted,
					0.45,
					['in', ['get', 'kind'], ['literal', NETWORK_KINDS]],
					0.05,
					['interpolate', ['linear'], ['get', 'area'], 200, 0.32, 3000, 0.2, 30000, 0.08]
				] as unknown as number
			}
		},
		{
			id: 'partnership-line',
			type: 'line',
			source: PARTNERSHIP_SOURCE,
			'source-layer': 'partnerships',
			layout: {
				'line-join': 'round',
				'line-sort-key': ['-', 0, ['get', 'area']] as unknown as number
			},
			paint: {
				'line-color': kindColor,
				'line-width': [
					'case',
					highlighted,
					3.5,
					['interpolate', ['linear'], ['get', 'area'], 200, 2.2, 30000, 1]
				] as unknown as number,
				// Opaque, so the outline keeps its 3:1 against the land (tests/unit/kind-colors.test.ts).
				'line-opacity': 1
			}
		}
	];
}

export const COUNT_SOURCE = 'counts';

/** The outline of the region chosen in the filters (filter set by the map component). */
export function focusLayers(): LayerSpecification[] {
	return (['woj', 'pow', 'gmi'] as const).map((level) => ({
		id: `${level}-focus`,
		type: 'line',
		source: BOUNDARY_SOURCE,
		'source-layer': level,
		filter: ['==', ['get', 'code'], ''],
		layout: { 'line-join': 'round' },
		paint: { 'line-color': COLORS.hover, 'line-width': 3.5 }
	}));
}

/**
 * Count bubbles: radius in px by count (stops of a linear interpolation), their centre
 * BUBBLE_OFFSET px below the region's name (clear of it even at the largest radius).
 */
export const BUBBLE_RADIUS: [count: number, radius: number][] = [
	[1, 11],
	[50, 16],
	[200, 22]
];
export const BUBBLE_OFFSET = 34;
export function bubbleRadius(count: number): number {
	const stops = BUBBLE_RADIUS;
	if (count <= stops[0][0]) return stops[0][1];
	for (let i = 1; i < stops.length; i++)
		if (count <= stops[i][0]) {
			const [c0, r0] = stops[i - 1];
			const [c1, r1] = stops[i];
			return r0 + ((count - c0) / (c1 - c0)) * (r1 - r0);
		}
	return stops[stops.length - 1][1];
}

/** Counts of records per województwo, shown zoomed out so dense areas stand out. */
export function countLayers(): LayerSpecification[] {
	return [
		{
			id: 'count-bubble',
			type: 'circle',
			source: COUNT_SOURCE,
			maxzoom: LEVEL_MIN_ZOOM.pow,
			filter: ['>', ['get', 'count'], 0],
			paint: {
				'circle-color': '#ffffff',
				'circle-stroke-color': COLORS.hover,
				'circle-stroke-width': 2,
				'circle-radius': [
					'interpolate',
					['linear'],
					['get', 'count'],
					...BUBBLE_RADIUS.flat()
				] as unknown as number,
				// Below the region's name, which sits at the same label point.
				'circle-translate': [0, BUBBLE_OFFSET]
			}
		},
		{
			id: 'count-label',
			type: 'symbol',
			source: COUNT_SOURCE,
			maxzoom: LEVEL_MIN_ZOOM.pow,
			filter: ['>', ['get', 'count'], 0],
			layout: {
				'text-field': ['to-string', ['get', 'count']],
				'text-font': FONT_STACK,
				'text-size': 12,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': COLORS.hover, 'text-translate': [0, BUBBLE_OFFSET] }
		}
	];
}

export const OBSTACLE_SOURCE = 'label-obstacles';
/** A transparent square image; its size (scaled per feature) is all that matters. */
export const OBSTACLE_IMAGE = 'label-obstacle';
export const OBSTACLE_IMAGE_SIZE = 32;

export interface Obstacle {
	kind: 'marker' | 'count';
	point: [number, number];
	/** Diameter on screen, px. */
	size: number;
	/** Vertical offset of its centre from the point, px (down). */
	dy: number;
}

/** GeoJSON for the obstacle source. */
export function obstacleFeatures(obstacles: Obstacle[]) {
	return {
		type: 'FeatureCollection' as const,
		features: obstacles.map((o) => {
			const scale = o.size / OBSTACLE_IMAGE_SIZE;
			return {
				type: 'Feature' as const,
				geometry: { type: 'Point' as const, coordinates: o.point },
				// icon-offset is in the image's pixels, scaled by icon-size.
				properties: { kind: o.kind, size: scale, dy: o.dy / scale }
			};
		})
	};
}

/**
 * Invisible symbols where the practice markers (drawn by deck.gl, above every MapLibre layer) and
 * the count bubbles are. Placed first (they are the top layers), always shown and never overlapped
 * by other symbols: unit names move beside them (text-variable-anchor) instead of under them.
 */
export function obstacleLayers(): LayerSpecification[] {
	const layer = (id: string, kind: Obstacle['kind'], maxzoom?: number): LayerSpecification => ({
		id,
		type: 'symbol',
		source: OBSTACLE_SOURCE,
		filter: ['==', ['get', 'kind'], kind],
		...(maxzoom !== undefined ? { maxzoom } : {}),
		layout: {
			'icon-image': OBSTACLE_IMAGE,
			'icon-size': ['get', 'size'] as unknown as number,
			// [0, dy]: tile features carry numbers, not arrays, so the array is interpolated.
			'icon-offset': [
				'interpolate',
				['linear'],
				['get', 'dy'],
				-1000,
				['literal', [0, -1000]],
				1000,
				['literal', [0, 1000]]
			] as unknown as [number, number],
			'icon-allow-overlap': true,
			'icon-ignore-placement': false,
			'icon-padding': 1
		},
		paint: { 'icon-opacity': 0 }
	});
	return [
		layer('count-obstacles', 'count', LEVEL_MIN_ZOOM.pow),
		layer('marker-obstacles', 'marker')
	];
}

export interface StyleVersions {
	boundaries: string;
	partnerships: string;
}

/** The default style: nothing but our own data, so the map needs no other host. */
export function buildStyle(
	origin: string,
	versions: StyleVersions,
	lang: Lang = 'pl'
): StyleSpecification {
	const boundary = boundaryLayers();
	// Partnership areas go under the boundary lines and labels, above the land.
	const firstLine = boundary.findIndex((l) => l.id === 'gmi-line');
	return {
		version: 8,
		name: 'Mapa Partnerstw',
		sources: {
			[BOUNDARY_SOURCE]: boundarySource(origin, versions.boundaries, lang),
			[PARTNERSHIP_SOURCE]: partnershipSource(origin, versions.partnerships, lang),
			[COUNT_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
			[OBSTACLE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': COLORS.background } },
			...boundary.slice(0, firstLine),
			...partnershipLayers(),
			...boundary.slice(firstLine),
			...focusLayers(),
			...countLayers(),
			...obstacleLayers()
		]
	};
}

/** Layers that respond to hover and click, from the most detailed down. */
export const PICKABLE_LAYERS = ['gmi-fill', 'pow-fill', 'woj-fill'] as const;
