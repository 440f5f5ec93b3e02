/**
 * Pictures made of the map drawn on the server (map.ts) and text around it (issue 16):
 * - share images (1200 × 630, Open Graph and Twitter cards): a partnership's area over its
 *   województwo, a practice at its gmina, or a filtered map view, beside a card with the title,
 *   the kind and the member count;
 * - „Pobierz obraz”: the current view with title, filters in words, legend, scale, attribution and
 *   date, on screen or in A4 proportions.
 * Each returns a standalone SVG (png.ts turns it into PNG). Text is escaped here, once.
 */
import { getDb, type Db } from '../db';
import { EMPTY_FILTERS } from '../../domain/filters';
import { kindOf } from '../../domain/kinds';
import { sectionBySlug } from '../../domain/sections';
import { dictionaries } from '../../i18n';
import { formatDate, formatNumber, type Lang } from '../../format';
import { cameraAt, WORLD, type Camera } from '../../geo/mercator';
import { fitFrame, POLAND_FRAME } from '../../map/frame';
import { ATTRIBUTION } from '../../map/style/sources';
import { COLORS } from '../../map/style/palette';
import type { MapViewState } from '../../map/view';
import { getPractice } from '../records/detail';
import { listPartnerships, yearOf } from '../records/summaries';
import { listPractices } from '../records/read';
import { scopedLists } from '../embed/scope';
import { getUnit } from '../units';
import {
	drawMap,
	escapeXml,
	FONT_FAMILY,
	mapLayers,
	PRACTICE_RADIUS,
	type MapPicture
} from './map';
import { breakLines, EM, textLines } from './text';
import { viewInWords, type MapView } from './view';

type BBox = [number, number, number, number];

/** Open Graph's recommended size. */
export const SHARE = { width: 1200, height: 630 } as const;
/** The map's part of a share image (a square on the left); the card takes the rest. */
const SHARE_MAP = 600;

const INK = COLORS.label;
const MUTED = '#4b5563';

const union = (a: BBox, b: BBox | null): BBox =>
	b ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : a;

/** A picture placed at (x, y) in a larger one, clipped to its size. */
const placed = (p: MapPicture, x: number, y: number) =>
	`<svg x="${x}" y="${y}" width="${p.width}" height="${p.height}" viewBox="0 0 ${p.width} ${p.height}" overflow="hidden">${mapLayers(p)}</svg>`;

const svgOpen = (w: number, h: number, title: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${FONT_FAMILY}">` +
	`<title>${escapeXml(title)}</title><rect width="${w}" height="${h}" fill="#fff"/>`;

/** Plain text of an attribution written for the map's control (its links' words kept). */
const plain = (html: string) => html.replace(/<[^>]*>/g, '');

function attribution(lang: Lang): string {
	return `${plain(ATTRIBUTION.boundaries[lang])} · ${plain(ATTRIBUTION.partnerships[lang])}`;
}

interface Card {
	/** Small capitals above the title (the kind or the section), in `color`. */
	kicker: string;
	color: string;
	title: string;
	/** Lines under the title (member count and region, year). */
	lines: string[];
}

/** A share image: `picture` on the left, the card on the right, the site's name at its foot. */
function shareSvg(picture: MapPicture, card: Card, lang: Lang): string {
	const t = dictionaries[lang];
	const x = SHARE_MAP + 56;
	const width = SHARE.width - x - 48;
	const kicker = breakLines(card.kicker.toUpperCase(), width - 30, 20, 1, EM.bold);
	const title = breakLines(card.title, width, 44, 4, EM.bold);
	let y = 112;
	let out =
		svgOpen(SHARE.width, SHARE.height, card.title) +
		placed(picture, 0, 0) +
		`<rect x="${SHARE_MAP}" width="6" height="${SHARE.height}" fill="${card.color}"/>` +
		`<circle cx="${x + 9}" cy="${y - 7}" r="9" fill="${card.color}"/>` +
		textLines(
			kicker,
			x + 28,
			y,
			20,
			`font-weight="bold" fill="${card.color}" letter-spacing="0.04em"`
		);
	y += 64;
	out += textLines(title, x, y, 44, `font-weight="bold" fill="${INK}"`, 1.18);
	y += (title.length - 1) * 44 * 1.18 + 56;
	for (const line of card.lines) {
		const wrapped = breakLines(line, width, 26, 2);
		out += textLines(wrapped, x, y, 26, `fill="${MUTED}"`);
		y += wrapped.length * 26 * 1.25 + 10;
	}
	out +=
		textLines([t.appName], x, SHARE.height - 76, 26, `font-weight="bold" fill="${COLORS.hover}"`) +
		textLines(breakLines(t.tagline, width, 20, 1), x, SHARE.height - 44, 20, `fill="${MUTED}"`);
	return out + '</svg>';
}

/** The województwo most of a partnership's members lie in. */
function mainWojOf(id: number, db: Db): string | null {
	const r = db.$client
		.prepare(
			`SELECT u.woj_code AS woj FROM partnership_members m JOIN units u ON u.code = m.unit_code
			WHERE m.partnership_id = ? GROUP BY u.woj_code ORDER BY count(*) DESC, u.woj_code LIMIT 1`
		)
		.get(id) as { woj: string } | undefined;
	return r?.woj ?? null;
}

/** The share image of published partnership `id` (null: there is none). */
export function partnershipShare(id: number, lang: Lang, db: Db = getDb()): string | null {
	const p = listPartnerships(EMPTY_FILTERS, db, { ids: [id] })[0];
	if (!p) return null;
	const t = dictionaries[lang];
	const wojCode = mainWojOf(id, db);
	const woj = wojCode ? getUnit(wojCode, {}, db) : null;
	const box = p.bbox ? union(p.bbox, woj?.bbox ?? null) : (woj?.bbox ?? null);
	const picture = drawMap(
		{
			frame: box ? { ...fitFrame(box), padding: 28 } : POLAND_FRAME,
			width: SHARE_MAP,
			height: SHARE.height,
			partnershipIds: [],
			counts: [],
			focus: null,
			highlight: id,
			ids: 'sh-'
		},
		db
	);
	const kind = kindOf(p.kind);
	const members = t.map.memberCount(p.memberCount + p.otherMemberCount);
	return shareSvg(
		picture,
		{
			kicker: kind[lang],
			color: kind.color,
			title: p.name,
			lines: [woj ? `${members} · ${t.map.voivodeship(woj.name)}` : members]
		},
		lang
	);
}

/** The share image of published practice `id`: its gmina marked in its województwo. */
export function practiceShare(id: number, lang: Lang, db: Db = getDb()): string | null {
	const p = getPractice(id, db);
	if (!p) return null;
	const t = dictionaries[lang];
	const woj = p.unit ? getUnit(p.unit.code.slice(0, 2), {}, db) : null;
	const picture = drawMap(
		{
			frame: woj?.bbox ? { ...fitFrame(woj.bbox), padding: 28 } : POLAND_FRAME,
			width: SHARE_MAP,
			height: SHARE.height,
			partnershipIds: [],
			counts: [],
			focus: p.unit && p.unit.code.length === 7 ? p.unit.code : null,
			points: p.point ? [p.point] : [],
			ids: 'sh-'
		},
		db
	);
	const section = sectionBySlug(p.section)?.[lang] ?? p.sectionName;
	const place = p.unit
		? [p.unit.name, p.unit.wojewodztwo && t.map.voivodeship(p.unit.wojewodztwo)]
				.filter(Boolean)
				.join(' · ')
		: '';
	const added = p.metryka.dateAdded;
	const year = yearOf(typeof added === 'string' ? added : null);
	return shareSvg(
		picture,
		{
			kicker: section,
			color: COLORS.hover,
			title: p.title,
			lines: [place, year ? String(year) : ''].filter(Boolean)
		},
		lang
	);
}

/** What a view shows, in a line: the region (or all of Poland) and its counts. */
function viewHeadline(view: MapView, lang: Lang): string {
	const t = dictionaries[lang];
	const where = view.scopeName ?? view.region?.name ?? t.picture.allPoland;
	return `${where}: ${t.map.resultCount(view.practiceCount, view.partnershipCount)}`;
}

/** The practices' points of a view (as its list has them). */
function pointsOf(view: MapView, db: Db): [number, number][] {
	const practices = view.scope
		? scopedLists(view.filters, view.scope, db).practices
		: listPractices(view.filters, db);
	return practices.flatMap((p) => (p.point ? [p.point] : []));
}

/** The share image of a map view (`/?woj=12&…`): the map beside a card of what it shows. */
export function viewShare(view: MapView, lang: Lang, db: Db = getDb()): string {
	const t = dictionaries[lang];
	const mapWidth = SHARE.width - 440;
	const picture = drawMap(
		{
			frame: { ...view.frame, padding: Math.min(view.frame.padding, 28) },
			width: mapWidth,
			height: SHARE.height,
			partnershipIds: view.partnershipIds,
			counts: view.counts,
			focus: view.focus,
			points: pointsOf(view, db),
			ids: 'sh-'
		},
		db
	);
	const x = 48;
	const width = 440 - 2 * x;
	const headline = breakLines(
		view.scopeName ?? view.region?.name ?? t.picture.allPoland,
		width,
		40,
		3,
		EM.bold
	);
	let y = 150;
	let out =
		svgOpen(SHARE.width, SHARE.height, viewHeadline(view, lang)) +
		placed(picture, 440, 0) +
		`<rect x="434" width="6" height="${SHARE.height}" fill="${COLORS.hover}"/>` +
		textLines(headline, x, y, 40, `font-weight="bold" fill="${INK}"`, 1.18);
	y += (headline.length - 1) * 40 * 1.18 + 52;
	const counts = breakLines(
		t.map.resultCount(view.practiceCount, view.partnershipCount),
		width,
		24,
		2
	);
	out += textLines(counts, x, y, 24, `fill="${INK}"`);
	y += counts.length * 30 + 12;
	// The region is the headline already.
	const region = view.region && `: ${view.region.name}`;
	for (const line of viewInWords(view, lang).filter((l) => !region || !l.endsWith(region))) {
		const wrapped = breakLines(line, width, 20, 2);
		out += textLines(wrapped, x, y, 20, `fill="${MUTED}"`);
		y += wrapped.length * 25 + 6;
		if (y > SHARE.height - 140) break;
	}
	out +=
		textLines([t.appName], x, SHARE.height - 76, 26, `font-weight="bold" fill="${COLORS.hover}"`) +
		textLines(breakLines(t.tagline, width, 18, 2), x, SHARE.height - 44, 18, `fill="${MUTED}"`);
	return out + '</svg>';
}

// ——— „Pobierz obraz” ———

/** Page proportions of a download: as on screen (the map's own size), or A4 at 96 CSS px per inch. */
export const DOWNLOAD_FORMATS = {
	ekran: null,
	a4: { width: 1123, height: 794 },
	a4p: { width: 794, height: 1123 }
} as const;
export type DownloadFormat = keyof typeof DOWNLOAD_FORMATS;

export interface DownloadInput {
	view: MapView;
	format: DownloadFormat;
	/** The map's size on screen, CSS px (the `ekran` map's size; A4 fits this view into its page). */
	screen: { width: number; height: number };
	/** The view on screen (#widok), when the person moved the map. */
	at: MapViewState | null;
	lang: Lang;
	/** Where the view is on the web (printed in the footer). */
	link: string;
	/** The day the picture is made, YYYY-MM-DD. */
	today: string;
}

const MARGIN = 32;
const LEGEND_WIDTH = 250;

/** A scale bar's length in px and its label, for a map at `camera` (at its centre's latitude). */
export function scaleBar(camera: Camera, maxPx: number): { px: number; label: string } {
	const lat = Math.atan(Math.sinh(Math.PI * (1 - (2 * camera.center[1]) / WORLD)));
	const metresPerPx = (40_075_016.686 * Math.cos(lat)) / (WORLD * 2 ** camera.zoom);
	const most = maxPx * metresPerPx;
	const power = 10 ** Math.floor(Math.log10(most));
	const step = [5, 2, 1].map((f) => f * power).find((m) => m <= most) ?? power;
	return {
		px: Math.round((step / metresPerPx) * 10) / 10,
		label: step >= 1000 ? `${formatNumber(step / 1000, 'pl')} km` : `${formatNumber(step, 'pl')} m`
	};
}

/** The picture download of a view: a standalone SVG with everything a report needs around the map. */
export function downloadSvg(input: DownloadInput, db: Db = getDb()): string {
	const { view, lang } = input;
	const t = dictionaries[lang];
	const page = DOWNLOAD_FORMATS[input.format];
	const pageWidth = page?.width ?? input.screen.width + 2 * MARGIN;
	const textWidth = pageWidth - 2 * MARGIN;

	// Header: the title, then the filters in words.
	const title = breakLines(`${t.appName} – ${viewHeadline(view, lang)}`, textWidth, 26, 2, EM.bold);
	const words = viewInWords(view, lang);
	const filters = words.length ? breakLines(words.join(' · '), textWidth, 15, 3) : [];
	let y = MARGIN + 26;
	let header = textLines(title, MARGIN, y, 26, `font-weight="bold" fill="${INK}"`, 1.2);
	y += (title.length - 1) * 26 * 1.2 + 26;
	header += textLines(filters, MARGIN, y, 15, `fill="${MUTED}"`);
	const mapTop = Math.round(y + (filters.length ? (filters.length - 1) * 15 * 1.25 + 18 : -8));

	// Footer: attribution, the link, the date.
	const footerLines = [
		...breakLines(attribution(lang), textWidth, 12, 2),
		...breakLines(`${t.appName} · ${input.link}`, textWidth, 12, 2),
		t.picture.asOf(formatDate(input.today, lang))
	];
	const footerHeight = footerLines.length * 15 + 14;

	const mapWidth = page ? textWidth : input.screen.width;
	const mapHeight = page
		? Math.max(200, page.height - mapTop - footerHeight - MARGIN)
		: input.screen.height;
	const pageHeight = page?.height ?? mapTop + mapHeight + footerHeight + MARGIN;

	// The camera: the view on screen, kept whole inside the page's map; else the view's frame.
	let camera: Camera | undefined;
	if (input.at) {
		const fit = Math.min(mapWidth / input.screen.width, mapHeight / input.screen.height);
		camera = cameraAt(input.at.zoom + Math.log2(fit), input.at.lat, input.at.lon);
	}
	const points = pointsOf(view, db);
	const picture = drawMap(
		{
			frame: view.frame,
			camera,
			width: mapWidth,
			height: mapHeight,
			partnershipIds: view.partnershipIds,
			counts: view.counts,
			focus: view.focus,
			points,
			ids: 'dl-'
		},
		db
	);

	// The legend, over the map's top right corner: what this picture draws, with counts.
	const rows: { mark: string; text: string }[] = [];
	const mark = (inner: string) => `<g transform="translate(0,-5)">${inner}</g>`;
	if (points.length)
		rows.push({
			mark: mark(
				`<circle cx="8" cy="0" r="${PRACTICE_RADIUS}" fill="${COLORS.hover}" stroke="#fff" stroke-width="2"/>`
			),
			text: `${t.picture.practices} (${formatNumber(view.practiceCount, lang)})`
		});
	for (const k of picture.kinds) {
		const def = kindOf(k.kind);
		rows.push({
			mark: mark(
				`<rect x="0" y="-6" width="16" height="12" fill="${def.fill ?? def.color}" fill-opacity="0.3" stroke="${def.color}" stroke-width="2"/>`
			),
			text: `${def[lang]} (${formatNumber(k.count, lang)})`
		});
	}
	if (view.focus && view.region)
		rows.push({
			mark: mark(
				`<line x1="0" x2="16" y1="0" y2="0" stroke="${COLORS.hover}" stroke-width="3.5"/>`
			),
			text: t.picture.regionOutline(view.region.name)
		});
	if (picture.bubbles.length)
		rows.push({
			mark: mark(
				`<circle cx="8" cy="0" r="7" fill="#fff" stroke="${COLORS.hover}" stroke-width="2"/>`
			),
			text: t.picture.bubbles
		});
	const legendWidth = Math.min(LEGEND_WIDTH, mapWidth - 24);
	let legendBody = textLines([t.picture.legend], 12, 22, 14, `font-weight="bold" fill="${INK}"`);
	let ly = 44;
	for (const row of rows) {
		const lines = breakLines(row.text, legendWidth - 44, 12.5, 2);
		legendBody +=
			`<g transform="translate(12,${ly})">${row.mark}</g>` +
			textLines(lines, 36, ly, 12.5, `fill="${INK}"`, 1.2);
		ly += lines.length * 15 + 6;
	}
	const legendHeight = ly - 4;
	const legendX = MARGIN + mapWidth - legendWidth - 10;
	const legend = rows.length
		? `<g transform="translate(${legendX},${mapTop + 10})"><rect width="${legendWidth}" height="${legendHeight}" rx="4" fill="#fff" fill-opacity="0.94" stroke="#9aa5b1"/>${legendBody}</g>`
		: '';

	// The scale, over the map's bottom left corner.
	const bar = scaleBar(picture.camera, Math.min(160, mapWidth / 4));
	const sx = MARGIN + 12;
	const sy = mapTop + mapHeight - 14;
	const scale =
		`<g fill="none" stroke="${INK}" stroke-width="1.5"><rect x="${sx - 6}" y="${sy - 24}" width="${bar.px + 12}" height="32" fill="#fff" fill-opacity="0.85" stroke="none"/>` +
		`<path d="M${sx} ${sy - 6}V${sy}H${sx + bar.px}V${sy - 6}"/></g>` +
		textLines([bar.label], sx, sy - 10, 12, `fill="${INK}"`);

	return (
		svgOpen(pageWidth, pageHeight, `${t.appName} – ${viewHeadline(view, lang)}`) +
		header +
		placed(picture, MARGIN, mapTop) +
		`<rect x="${MARGIN}" y="${mapTop}" width="${mapWidth}" height="${mapHeight}" fill="none" stroke="#9aa5b1"/>` +
		legend +
		scale +
		textLines(footerLines, MARGIN, mapTop + mapHeight + 22, 12, `fill="${MUTED}"`, 1.25) +
		'</svg>'
	);
}
