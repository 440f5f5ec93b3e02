import type { Level } from '../teryt';

/** The zoom at which each level of boundaries appears on the map (and in the tiles). */
export const LEVEL_MIN_ZOOM: Record<Level, number> = { woj: 0, pow: 6.5, gmi: 8 };

/** Labels of a level are shown from this zoom (województwa labels hide once gminy show). */
export const LABEL_ZOOM: Record<Level, [min: number, max: number]> = {
	woj: [4, 8],
	pow: [6.5, 9],
	gmi: [8.5, 24]
};

/** Tiles are cut up to this zoom; the map over-zooms them beyond. */
export const TILE_MAX_ZOOM = 12;

/** Poland's extent for the initial view (lon/lat). */
export const POLAND_BOUNDS: [[number, number], [number, number]] = [
	[14.12, 49.0],
	[24.15, 54.84]
];
