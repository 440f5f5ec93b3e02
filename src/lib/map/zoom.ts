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

/**
 * A frame around `bbox` that keeps its neighbours in view: a gmina fills about half of the frame's
 * width and height, larger areas more of it (their neighbours are large too). For embeds scoped to
 * one unit or partnership, which would otherwise open edge to edge on it.
 */
export function withNeighbours([w, s, e, n]: [number, number, number, number]): [
	number,
	number,
	number,
	number
] {
	const span = Math.max(e - w, n - s);
	// Half a span on every side below 0.5° (a gmina, a small powiat), less for wider areas.
	const margin = span < 0.5 ? 0.5 : span < 2 ? 0.25 : 0.08;
	const dx = (e - w) * margin + span * 0.1;
	const dy = (n - s) * margin + span * 0.1;
	return [
		Math.max(-180, w - dx),
		Math.max(-85, s - dy),
		Math.min(180, e + dx),
		Math.min(85, n + dy)
	];
}
