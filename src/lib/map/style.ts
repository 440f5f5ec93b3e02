/**
 * The map's self-contained style: our boundary tiles on a calm background, labels rendered from
 * local fonts (no `glyphs` URL: MapLibre >= 5.11 then draws text with TinySDF from the fonts the
 * browser has, so Polish diacritics work with no network; maplibre-gl-js PR #4564).
 * https://maplibre.org/maplibre-style-spec/
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../format';
import { COLORS } from './style/palette';
import {
	BOUNDARY_SOURCE,
	COUNT_SOURCE,
	OBSTACLE_SOURCE,
	PARTNERSHIP_SOURCE,
	boundarySource,
	partnershipSource
} from './style/sources';
import { boundaryLayers, focusLayers } from './style/boundaries';
import { partnershipLayers } from './style/partnerships';
import { countLayers } from './style/counts';
import { obstacleLayers } from './style/obstacles';
import { markerLayers, MARKER_SOURCE, SELECTION_SOURCE } from './style/markers';

// The parts of the style live in ./style/, one module per source or group of layers; this entry
// assembles them and is what the rest of the app imports.
export * from './style/palette';
export * from './style/sources';
export * from './style/boundaries';
export * from './style/partnerships';
export * from './style/counts';
export * from './style/obstacles';
export * from './style/markers';

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
			[OBSTACLE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
			[SELECTION_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
			[MARKER_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': COLORS.background } },
			...boundary.slice(0, firstLine),
			...partnershipLayers(),
			...boundary.slice(firstLine),
			...focusLayers(),
			...countLayers(),
			...obstacleLayers(),
			...markerLayers()
		]
	};
}
