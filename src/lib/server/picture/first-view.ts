/**
 * The map's first view, drawn on the server into the page's HTML (issue 16): the picture of the
 * frame the map will open on, painted before any script runs and replaced by MapLibre once it has
 * drawn the same frame. The SVG is drawn for a nominal map size; the page's CSS scales it as
 * MapLibre's fitBounds scales the frame into the real map (FirstView.svelte), and labels and count
 * bubbles are HTML placed over it, in px, as the map draws them. Kept per data version and view.
 */
import { byteCache } from '../http/cache';
import { getDb, type Db } from '../db';
import { BOUNDARIES_VERSION, RECORDS_VERSION, dataVersion } from '../db/versions';
import { worldBox, type Frame } from '../../geo/mercator';
import { MAP_MIN_ZOOM } from '../../map/frame';
import { InlineHtml, htmlOf } from '../../inline-html';
import { drawMap, type Bubble, type Label, type MapPictureInput } from './map';

export interface FirstView {
	/** The SVG element, its viewBox the frame's box (in px of the nominal map). */
	svg: string | InlineHtml;
	/** The frame's box, px of the nominal map: the part CSS fits into the real map. */
	box: { width: number; height: number };
	padding: number;
	/** The frame's box in degrees (west, south, east, north). */
	bbox: [number, number, number, number];
	/** Bounds of the CSS scale (real px per nominal px): the map's max and min zoom. */
	minScale: number;
	maxScale: number;
	/** Labels and bubbles relative to the box's centre, px of the nominal map. */
	labels: Label[];
	bubbles: Bubble[];
	/** The kinds of the partnerships drawn (the legend's colours). */
	kinds: string[];
	/** The nominal camera: its zoom, and the box's centre in zoom-0 world px (for a #widok view). */
	zoom: number;
	center: [number, number];
}

const cache = byteCache<FirstView>(
	'pictures',
	(v) => htmlOf(v.svg).length * 2 + 200 * v.labels.length
);

/** Nominal map sizes: the page's map beside its sidebar on a laptop, and a typical embed. */
export const NOMINAL = {
	page: { width: 900, height: 700 },
	embed: { width: 800, height: 520 }
} as const;

/**
 * Characters of area outlines in a first view: the bundled data's Poland needs about a third of it;
 * at 10k/2k records the largest areas fill it and the map draws the rest when it is ready.
 */
const AREA_BUDGET = 120_000;

const r1 = (v: number) => Math.round(v * 10) / 10;

export function firstView(
	input: Omit<MapPictureInput, 'width' | 'height' | 'bleed'> & {
		nominal: { width: number; height: number };
	},
	db: Db = getDb()
): FirstView {
	const key = [
		dataVersion(db, BOUNDARIES_VERSION),
		dataVersion(db, RECORDS_VERSION),
		JSON.stringify([input.frame, input.nominal, input.partnershipIds, input.counts, input.focus])
	].join('|');
	const hit = cache.get(key);
	if (hit) return hit;
	const { width, height } = input.nominal;
	// Drawn well beyond the nominal map: a taller or wider real map shows more around the frame.
	const bleed = Math.max(width, height);
	const picture = drawMap({ ...input, width, height, bleed, areaBudget: AREA_BUDGET }, db);
	const { zoom, center } = picture.camera;
	const scale = 2 ** zoom;
	const frame: Frame = input.frame;
	const [x0, y0, x1, y1] = worldBox(frame.bbox);
	const boxW = Math.max(1, (x1 - x0) * scale);
	const boxH = Math.max(1, (y1 - y0) * scale);
	// The nominal map's px of the box's corner: the SVG's viewBox starts there.
	const left = (x0 - center[0]) * scale + width / 2;
	const top = (y0 - center[1]) * scale + height / 2;
	const cx = left + boxW / 2;
	const cy = top + boxH / 2;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r1(left)} ${r1(top)} ${r1(boxW)} ${r1(boxH)}" ` +
		`preserveAspectRatio="xMidYMid meet" focusable="false">` +
		picture.body +
		'</svg>';
	const view: FirstView = {
		svg,
		box: { width: r1(boxW), height: r1(boxH) },
		padding: frame.padding,
		bbox: frame.bbox,
		minScale: 2 ** (MAP_MIN_ZOOM - zoom),
		maxScale: 2 ** (frame.maxZoom - zoom),
		labels: picture.labels.map((l) => ({
			...l,
			x: r1(l.x - cx),
			y: r1(l.y - cy),
			size: r1(l.size)
		})),
		bubbles: picture.bubbles.map((b) => ({ ...b, x: r1(b.x - cx), y: r1(b.y - cy), r: r1(b.r) })),
		kinds: picture.kinds.map((k) => k.kind),
		zoom,
		center: [(x0 + x1) / 2, (y0 + y1) / 2]
	};
	cache.set(key, view);
	return view;
}

/**
 * The first view as a page's load returns it: the SVG once in the HTML (not again in the data the
 * page hydrates from); whole in the data of a client-side navigation, which has no HTML.
 */
export const forPage = (view: FirstView, isDataRequest: boolean): FirstView =>
	isDataRequest ? view : { ...view, svg: new InlineHtml(htmlOf(view.svg)) };
