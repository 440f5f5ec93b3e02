/**
 * Label obstacles: invisible symbols where markers and count bubbles are, so that unit names move
 * beside them instead of under them.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LEVEL_MIN_ZOOM } from '../zoom';
import { OBSTACLE_SOURCE } from './sources';

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
 * Invisible symbols where the practice markers (./markers.ts) and the count bubbles are. Placed
 * first (the marker layers above them take no room: they ignore placement), always shown and never overlapped
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
