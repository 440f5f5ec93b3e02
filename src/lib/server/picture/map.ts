/**
 * The map drawn as SVG on the server, layer by layer as the map's style draws it (land,
 * partnership areas by kind, boundary lines of the levels shown at that zoom, the chosen
 * region's outline, labels and count bubbles), for a camera computed as MapLibre computes it
 * (src/lib/geo/mercator.ts). Output units are the map's CSS pixels at that camera.
 * Used by the first view in the page (first-view.ts), share images and downloads.
 */
import type { Db } from '../db';
import { getDb } from '../db';
import { cameraFor, mercX, mercY, type Camera, type Frame } from '../../geo/mercator';
import { COLORS, FONT_STACK } from '../../map/style/palette';
import { BUBBLE_OFFSET, bubbleRadius } from '../../map/style/counts';
import { LABEL_ZOOM, LEVEL_MIN_ZOOM } from '../../map/zoom';
import { NETWORK_KINDS, kindOf } from '../../domain/kinds';
import type { RegionCount } from '../../map/layers';
import type { Level } from '../../teryt';
import { areaShapes, pathOf, unitShapes, type Transform } from './shapes';

export interface MapPictureInput {
	frame: Frame;
	/** The map's size in CSS pixels (for the first view: the size it is designed at). */
	width: number;
	height: number;
	/** A camera to use instead of fitting the frame (a view from the URL's hash). */
	camera?: Camera;
	/** Partnerships drawn (null: every published one). */
	partnershipIds: number[] | null;
	/** Record counts per region, drawn as bubbles when zoomed out (as the map does). */
	counts: RegionCount[];
	/** The region chosen in the filters, outlined. */
	focus: string | null;
	/** Drawn beyond the map's edges, in px on every side (the first view scales to its box). */
	bleed?: number;
	/** Prefix of the ids of shared paths (unique within the page that holds the SVG). */
	ids?: string;
	/**
	 * At most this many characters of area path data (largest areas first; the rest are left to
	 * the map): keeps a first view in the HTML small when thousands of partnerships are drawn.
	 */
	areaBudget?: number;
	/** A partnership drawn over the rest, strongly, whatever its size (share images). */
	highlight?: number;
	/** Practices' points (lon, lat), drawn as the map's markers (downloads, share images). */
	points?: [number, number][];
}

/** The radius of a practice's marker, px. */
export const PRACTICE_RADIUS = 6;

/** Outlines are simplified to this many px (the eye does not tell them from the map's). */
const TOLERANCE = 0.9;

export interface Label {
	x: number;
	y: number;
	text: string;
	size: number;
	level: Level;
	/**
	 * Shown only where the picture is drawn at least this scale (real px per px of the map): smaller,
	 * it would overlap a label placed before it (its size stays, the distances shrink). 0: always.
	 */
	minScale: number;
}

/**
 * The scale below which box `b` overlaps box `a`, boxes of fixed size whose centres move apart with
 * the scale: they are clear once the distance between the centres on either axis exceeds half the
 * sum of the sizes on it.
 */
export function clearAbove(
	a: { x: number; y: number; w: number; h: number },
	b: { x: number; y: number; w: number; h: number }
): number {
	const dx = Math.abs(a.x - b.x);
	const dy = Math.abs(a.y - b.y);
	const kx = dx > 0 ? (a.w + b.w) / 2 / dx : Infinity;
	const ky = dy > 0 ? (a.h + b.h) / 2 / dy : Infinity;
	return Math.min(kx, ky);
}

export interface Bubble {
	x: number;
	y: number;
	r: number;
	count: number;
}

export interface MapPicture {
	camera: Camera;
	width: number;
	height: number;
	/** SVG elements (paths) of the areas and lines, in px of the map, without <svg>. */
	body: string;
	labels: Label[];
	bubbles: Bubble[];
	/** Practices' markers, px of the map. */
	markers: { x: number; y: number }[];
	/** Kinds of the partnerships drawn, largest count first (for a legend). */
	kinds: { kind: string; count: number }[];
}

/** MapLibre's `interpolate linear` over [zoom, value] stops. */
function lerp(stops: [number, number][], at: number): number {
	if (at <= stops[0][0]) return stops[0][1];
	for (let i = 1; i < stops.length; i++)
		if (at <= stops[i][0]) {
			const [a, va] = stops[i - 1];
			const [b, vb] = stops[i];
			return va + ((at - a) / (b - a)) * (vb - va);
		}
	return stops[stops.length - 1][1];
}

const LINE_WIDTH: Record<Level, [number, number][]> = {
	woj: [
		[4, 0.9],
		[8, 2],
		[12, 3]
	],
	pow: [
		[6.5, 0.6],
		[12, 2]
	],
	gmi: [
		[8, 0.5],
		[12, 1.2]
	]
};
const LINE_COLOR: Record<Level, string> = {
	woj: COLORS.wojLine,
	pow: COLORS.powLine,
	gmi: COLORS.gmiLine
};
const LABEL_SIZE: Record<Level, [number, number][]> = {
	woj: [
		[4, 10],
		[7, 14]
	],
	pow: [
		[6.5, 10],
		[9, 13]
	],
	gmi: [
		[8.5, 10.5],
		[12, 14]
	]
};

/**
 * Lines of a label as the map breaks them (text-max-width 8 em: after a hyphen or at a space),
 * joined by "\n"; `em` is the font's average letter width in ems.
 */
export function wrap(text: string, em: number): string {
	const max = 8 / em;
	if (text.length <= max) return text;
	const words = text.split(/(?<=-)|\s+/).filter(Boolean);
	const join = (ws: string[]) =>
		ws.reduce((a, w) => (a === '' ? w : a.endsWith('-') ? a + w : `${a} ${w}`), '');
	// Two lines: the break that makes the longer line shortest (the map balances its lines).
	let best: string[] = [text];
	let bestLen = Infinity;
	for (let i = 1; i < words.length; i++) {
		const lines = [join(words.slice(0, i)), join(words.slice(i))];
		const len = Math.max(...lines.map((l) => l.length));
		if (len < bestLen) {
			best = lines;
			bestLen = len;
		}
	}
	return best.join('\n');
}

export const escapeXml = (s: string): string =>
	s.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!
	);

const fixed = (v: number, d = 2) => String(Math.round(v * 10 ** d) / 10 ** d);

/** The map at `input`'s camera as SVG paths, labels and bubbles in px of a width × height map. */
export function drawMap(input: MapPictureInput, db: Db = getDb()): MapPicture {
	const { width, height } = input;
	const camera = input.camera ?? cameraFor(input.frame, width, height);
	const zoom = camera.zoom;
	const scale = 2 ** zoom;
	const bleed = input.bleed ?? 0;
	const ids = input.ids ?? 'mp-';
	const t: Transform = {
		scale,
		origin: [camera.center[0] - width / 2 / scale, camera.center[1] - height / 2 / scale],
		view: [-bleed, -bleed, width + bleed, height + bleed]
	};
	const units = unitShapes(db);
	const parts: string[] = [];

	// Land: the województwa filled (the map's background shows around Poland).
	// One path for the land and the województwa lines (drawn again, over the areas, by <use>).
	const woj = units.byLevel.woj.map((u) => pathOf(u, t, TOLERANCE)).join('');
	const defs: string[] = [];
	if (woj) {
		defs.push(`<path id="${ids}woj" d="${woj}"/>`);
		parts.push(`<use href="#${ids}woj" fill="${COLORS.land}"/>`);
	}
	/** Areas with the same outline (programmes over the same województwa) share one path. */
	const shared = new Map<string, string>();
	const refer = (d: string) => {
		let id = shared.get(d);
		if (!id) {
			id = `${ids}a${shared.size}`;
			shared.set(d, id);
			defs.push(`<path id="${id}" d="${d}"/>`);
		}
		return id;
	};

	// Partnership areas, largest first, as the tiles keep them at this zoom (no specks).
	const tileZoom = Math.floor(zoom);
	const wanted = input.partnershipIds && new Set(input.partnershipIds);
	const kindCounts = new Map<string, number>();
	let budget = input.areaBudget ?? Infinity;
	for (const a of areaShapes(db).list) {
		if (wanted && !wanted.has(a.id)) continue;
		if (tileZoom < 8 && a.areaKm2 < 2 * 4 ** (8 - tileZoom)) continue;
		const d = pathOf(a, t, TOLERANCE);
		if (!d) continue;
		if (!shared.has(d)) {
			if (d.length > budget) break;
			budget -= d.length;
		}
		kindCounts.set(a.kind, (kindCounts.get(a.kind) ?? 0) + 1);
		const k = kindOf(a.kind);
		const network = NETWORK_KINDS.includes(a.kind);
		const opacity = network
			? 0.05
			: lerp(
					[
						[200, 0.32],
						[3000, 0.2],
						[30000, 0.08]
					],
					a.areaKm2
				);
		const lineWidth = lerp(
			[
				[200, 2.2],
				[30000, 1]
			],
			a.areaKm2
		);
		parts.push(
			`<use href="#${refer(d)}" fill="${k.fill ?? k.color}" fill-opacity="${fixed(opacity)}" stroke="${k.color}" stroke-width="${fixed(lineWidth)}" stroke-linejoin="round" data-id="${a.id}"/>`
		);
	}

	// Boundary lines of the levels the map shows at this zoom: gminy, powiaty, then województwa.
	for (const level of ['gmi', 'pow', 'woj'] as Level[]) {
		if (zoom < LEVEL_MIN_ZOOM[level]) continue;
		const stroke = `fill="none" stroke="${LINE_COLOR[level]}" stroke-width="${fixed(lerp(LINE_WIDTH[level], zoom))}" stroke-linejoin="round"`;
		if (level === 'woj') {
			if (woj) parts.push(`<use href="#${ids}woj" ${stroke}/>`);
			continue;
		}
		const d = units.byLevel[level].map((u) => pathOf(u, t, TOLERANCE)).join('');
		if (d) parts.push(`<path d="${d}" ${stroke}/>`);
	}

	// The region chosen in the filters, outlined.
	const focus = input.focus ? units.byCode.get(input.focus) : undefined;
	if (focus) {
		const d = pathOf(focus, t, 0.5);
		if (d)
			parts.push(
				`<path d="${d}" fill="none" stroke="${COLORS.hover}" stroke-width="3.5" stroke-linejoin="round"/>`
			);
	}

	// The partnership a share image is about, over everything else.
	const highlighted = input.highlight ? areaShapes(db).byId.get(input.highlight) : undefined;
	if (highlighted) {
		const d = pathOf(highlighted, t, 0.6);
		const k = kindOf(highlighted.kind);
		if (d)
			parts.push(
				`<path d="${d}" fill="${k.fill ?? k.color}" fill-opacity="0.35" stroke="${k.color}" stroke-width="3" stroke-linejoin="round"/>`
			);
	}

	// Practices as the map marks them (drawn over the labels by mapLayers, as the map draws them).
	const markers: { x: number; y: number }[] = [];
	for (const [lon, lat] of input.points ?? []) {
		const x = (mercX(lon) - t.origin[0]) * scale;
		const y = (mercY(lat) - t.origin[1]) * scale;
		if (x < -bleed || y < -bleed || x > width + bleed || y > height + bleed) continue;
		markers.push({ x, y });
	}

	// Labels of the levels shown at this zoom, at their label points (a later one that would
	// overlap an earlier one is left out, as the map's collision detection does).
	const labels: Label[] = [];
	const taken: [number, number, number, number][] = [];
	const placed: { x: number; y: number; w: number; h: number }[] = [];
	const toPx = (p: [number, number]): [number, number] => [
		(p[0] - t.origin[0]) * scale,
		(p[1] - t.origin[1]) * scale
	];
	for (const level of ['woj', 'pow', 'gmi'] as Level[]) {
		const [min, max] = LABEL_ZOOM[level];
		if (zoom < min || zoom >= max) continue;
		const size = lerp(LABEL_SIZE[level], zoom);
		for (const u of units.byLevel[level]) {
			if (!u.label) continue;
			const [x, y] = toPx(u.label);
			if (x < -bleed || y < -bleed || x > width + bleed || y > height + bleed) continue;
			const em = level === 'woj' ? 0.68 : 0.55;
			const text = wrap(level === 'woj' ? u.name.toUpperCase() : u.name, em);
			const lines = text.split('\n');
			const w = Math.max(...lines.map((line) => line.length)) * size * em;
			const h = lines.length * size * 1.2;
			const box: [number, number, number, number] = [
				x - w / 2 - 2,
				y - h / 2 - 2,
				x + w / 2 + 2,
				y + h / 2 + 2
			];
			if (taken.some((b) => b[0] < box[2] && b[2] > box[0] && b[1] < box[3] && b[3] > box[1]))
				continue;
			taken.push(box);
			const me = { x, y, w: w + 4, h: h + 4 };
			const minScale = Math.max(0, ...placed.map((other) => clearAbove(other, me)));
			placed.push(me);
			labels.push({ x, y, text, size, level, minScale: Math.round(minScale * 1000) / 1000 });
		}
	}

	// Count bubbles, below each region's name, while the map shows them (below the powiaty zoom).
	const bubbles: Bubble[] =
		zoom < LEVEL_MIN_ZOOM.pow
			? input.counts.flatMap((c) => {
					if (!c.point || c.count <= 0) return [];
					const [x, y] = toPx([mercX(c.point[0]), mercY(c.point[1])]);
					return [{ x, y: y + BUBBLE_OFFSET, r: bubbleRadius(c.count), count: c.count }];
				})
			: [];

	const kinds = [...kindCounts].map(([kind, count]) => ({ kind, count }));
	kinds.sort((a, b) => b.count - a.count);
	const body = (defs.length ? `<defs>${defs.join('')}</defs>` : '') + parts.join('');
	return { camera, width, height, body, labels, bubbles, markers, kinds };
}

/** The map's font stack as SVG and CSS write it. */
export const FONT_FAMILY = FONT_STACK.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');

/**
 * The picture's layers as SVG elements in px of the map (background, areas and lines, labels
 * with a halo, bubbles), without the <svg> around them: for a picture placed in a larger one.
 */
export function mapLayers(p: MapPicture): string {
	const labels = p.labels
		.map(
			(l) =>
				`<text x="${fixed(l.x, 1)}" y="${fixed(l.y, 1)}" font-size="${fixed(l.size, 1)}"${l.level === 'woj' ? ' letter-spacing="0.06em"' : ''}>` +
				l.text
					.split('\n')
					.map(
						(line, i, all) =>
							`<tspan x="${fixed(l.x, 1)}" dy="${i === 0 ? fixed((-(all.length - 1) * 1.2) / 2, 2) : '1.2'}em">${escapeXml(line)}</tspan>`
					)
					.join('') +
				'</text>'
		)
		.join('');
	const bubbles = p.bubbles
		.map(
			(b) =>
				`<circle cx="${fixed(b.x, 1)}" cy="${fixed(b.y, 1)}" r="${fixed(b.r, 1)}"/>` +
				`<text x="${fixed(b.x, 1)}" y="${fixed(b.y, 1)}" stroke="none" fill="${COLORS.hover}">${b.count}</text>`
		)
		.join('');
	return (
		`<rect width="${p.width}" height="${p.height}" fill="${COLORS.background}"/>` +
		p.body +
		`<g font-family="${FONT_FAMILY}" text-anchor="middle" dominant-baseline="central" fill="${COLORS.label}" stroke="${COLORS.labelHalo}" stroke-width="2.8" paint-order="stroke">${labels}</g>` +
		`<g font-family="${FONT_FAMILY}" font-size="12" text-anchor="middle" dominant-baseline="central" fill="#fff" stroke="${COLORS.hover}" stroke-width="2">${bubbles}</g>` +
		(p.markers.length
			? `<g fill="${COLORS.hover}" stroke="#fff" stroke-width="2">${p.markers.map((m) => `<circle cx="${fixed(m.x, 1)}" cy="${fixed(m.y, 1)}" r="${PRACTICE_RADIUS}"/>`).join('')}</g>`
			: '')
	);
}

/** A whole standalone SVG of the picture, where no page's CSS is around it. */
export function standaloneSvg(p: MapPicture, extra = ''): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}">` +
		mapLayers(p) +
		extra +
		`</svg>`
	);
}
