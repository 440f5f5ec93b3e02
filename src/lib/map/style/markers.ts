/**
 * Practice markers (one per practice, grouped when they crowd) and the outline of the selected
 * unit: the top layers of the map, filled by the overlay (../overlay.ts) from GeoJSON it builds on
 * every settled view. Drawn by MapLibre itself, in its own WebGL context: no second context and
 * no second renderer to start (deck.gl did this before issue 16; creating its context alone cost
 * half a second where WebGL runs in software).
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { COLORS, FONT_STACK } from './palette';

export const MARKER_SOURCE = 'practice-markers';
export const SELECTION_SOURCE = 'selected-unit';
/** The layer of practice markers and groups (what a click or hover picks). */
export const MARKER_LAYER = 'practices';
export const MARKER_COLORS = { marker: COLORS.hover, highlight: '#d55e00' };

/**
 * Properties of a marker feature: `r` its radius in px (markerRadius), `hl` 1 for the
 * highlighted practice, `count` for a group.
 */
export function markerLayers(): LayerSpecification[] {
	return [
		{
			id: 'selected-unit-fill',
			type: 'fill',
			source: SELECTION_SOURCE,
			paint: { 'fill-color': COLORS.hover, 'fill-opacity': 30 / 255 }
		},
		{
			id: 'selected-unit-line',
			type: 'line',
			source: SELECTION_SOURCE,
			paint: { 'line-color': COLORS.hover, 'line-width': 3 }
		},
		{
			id: MARKER_LAYER,
			type: 'circle',
			source: MARKER_SOURCE,
			paint: {
				'circle-radius': ['get', 'r'],
				'circle-color': [
					'case',
					['==', ['get', 'hl'], 1],
					MARKER_COLORS.highlight,
					MARKER_COLORS.marker
				],
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 2
			}
		},
		{
			id: 'practice-counts',
			type: 'symbol',
			source: MARKER_SOURCE,
			filter: ['has', 'count'],
			layout: {
				'text-field': ['to-string', ['get', 'count']],
				'text-font': FONT_STACK,
				'text-size': 13,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': '#ffffff' }
		}
	];
}
