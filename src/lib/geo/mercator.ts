/**
 * Web Mercator as MapLibre uses it: the world is 512 × 2^zoom pixels wide (512 px tiles), x from
 * the antimeridian eastwards, y from the north. `cameraFor` is MapLibre's fitBounds for a map of
 * a given size (symmetric padding, no bearing), so a picture drawn on the server and the map that
 * replaces it show the same frame.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#fitbounds
 */
import type { BBox } from '../map/types';

/** World pixels at zoom 0 (MapLibre's tile size). */
export const WORLD = 512;

export const mercX = (lon: number): number => ((lon + 180) / 360) * WORLD;

export function mercY(lat: number): number {
	const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
	const s = Math.sin((clamped * Math.PI) / 180);
	return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * WORLD;
}

export const lonOf = (x: number): number => (x / WORLD) * 360 - 180;
export const latOf = (y: number): number =>
	(Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD))) * 180) / Math.PI;

/** A box in zoom-0 world pixels: [minX, minY, maxX, maxY] (y grows southwards). */
export type WorldBox = [number, number, number, number];

export function worldBox([w, s, e, n]: BBox): WorldBox {
	return [mercX(w), mercY(n), mercX(e), mercY(s)];
}

/** How to frame a box: MapLibre's fitBounds options (padding in px on every side). */
export interface Frame {
	bbox: BBox;
	padding: number;
	maxZoom: number;
}

export interface Camera {
	zoom: number;
	/** The centre in zoom-0 world pixels. */
	center: [number, number];
}

/** MapLibre's camera for `frame` on a map of width × height px (fitBounds, then min/max zoom). */
export function cameraFor(frame: Frame, width: number, height: number, minZoom = 4): Camera {
	const [x0, y0, x1, y1] = worldBox(frame.bbox);
	const room = (size: number) => Math.max(1, size - 2 * frame.padding);
	const scale = Math.min(
		room(width) / Math.max(x1 - x0, 1e-9),
		room(height) / Math.max(y1 - y0, 1e-9)
	);
	const zoom = Math.min(frame.maxZoom, Math.max(minZoom, Math.log2(scale)));
	return { zoom, center: [(x0 + x1) / 2, (y0 + y1) / 2] };
}

/** The camera of a view given as zoom and centre (the URL's #widok=zoom/lat/lon). */
export const cameraAt = (zoom: number, lat: number, lon: number): Camera => ({
	zoom,
	center: [mercX(lon), mercY(lat)]
});
