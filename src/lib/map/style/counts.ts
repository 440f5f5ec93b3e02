/** Count bubbles: records per województwo, shown zoomed out so dense areas stand out. */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LEVEL_MIN_ZOOM } from '../zoom';
import { COLORS, FONT_STACK } from './palette';
import { COUNT_SOURCE } from './sources';

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
