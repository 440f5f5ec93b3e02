/**
 * Where the map opens, as one rule for the map in the browser and the picture drawn on the server
 * before it (src/lib/server/picture/): all of Poland, or a region, scope or record fitted with
 * MapLibre's fitBounds options. Every fit of the map to a box uses FIT_PADDING and FIT_MAX_ZOOM.
 */
import type { Frame } from '../geo/mercator';
import type { BBox } from './types';
import { POLAND_BOUNDS } from './zoom';

export type { Frame };

export const FIT_PADDING = 48;
export const FIT_MAX_ZOOM = 11;
/** The map's own zoom range (lifecycle.svelte.ts). */
export const MAP_MIN_ZOOM = 4;
export const MAP_MAX_ZOOM = 14;

export const POLAND_BBOX: BBox = [...POLAND_BOUNDS[0], ...POLAND_BOUNDS[1]];

export const POLAND_FRAME: Frame = { bbox: POLAND_BBOX, padding: 24, maxZoom: MAP_MAX_ZOOM };

/** A region, scope or record framed as the map frames every box it is fitted to. */
export const fitFrame = (bbox: BBox): Frame => ({
	bbox,
	padding: FIT_PADDING,
	maxZoom: FIT_MAX_ZOOM
});

/** The first frame: the given box fitted, else all of Poland. */
export const firstFrame = (bbox: BBox | null | undefined): Frame =>
	bbox ? fitFrame(bbox) : POLAND_FRAME;

/** Where a practice's point is framed (the panel's „show on the map” and a selected practice). */
export function pointBBox([x, y]: [number, number]): BBox {
	return [x - 0.15, y - 0.1, x + 0.15, y + 0.1];
}
