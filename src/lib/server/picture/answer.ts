/**
 * The pictures' HTTP answers (routes under /obraz/): share images and „Pobierz obraz” downloads,
 * drawn once per data version (records and boundaries) and address, kept with the other answers
 * (http/answers.ts) and revalidated by ETag. The parameters of a download are checked here, each
 * bad one answered 400 with what is wrong and where.
 */
import { FILTER_KEYS } from '../../domain/filters';
import { parseViewHash, type MapViewState } from '../../map/view';
import { apiError } from '../api/respond';
import { getDb } from '../db';
import { BOUNDARIES_VERSION, RECORDS_VERSION, dataVersion } from '../db/versions';
import { cachedResponse } from '../http/list-cache';
import { DOWNLOAD_FORMATS, type DownloadFormat } from './compose';
import { svgToPng } from './png';
import { slugify } from '../../units/match';

/** The data a picture is drawn from: a write to the records or the boundaries makes a new one. */
export const pictureVersion = (): string =>
	`${dataVersion(getDb(), RECORDS_VERSION)}.${dataVersion(getDb(), BOUNDARIES_VERSION)}`;

/** What a map picture's address may carry: the page's filters, an embed's scope, and the picture's own. */
export const VIEW_PARAMS = [...FILTER_KEYS, 'sel', 'zakres', 'lang'] as const;
export const DOWNLOAD_PARAMS = [
	...VIEW_PARAMS,
	'format',
	'widok',
	'w',
	'h',
	'skala',
	'pobierz'
] as const;

export type PictureType = 'svg' | 'png';

/**
 * A picture answered from the cache or drawn by `draw` (an SVG, and a file name when it is to be
 * saved rather than shown), as SVG or as PNG at `scale` PNG pixels per SVG pixel.
 */
export function pictureResponse(
	request: Request,
	url: URL,
	type: PictureType,
	draw: () => { svg: string; filename?: string },
	opts: { params?: readonly string[]; scale?: number; version?: string } = {}
): Response {
	return cachedResponse(
		request,
		url,
		() => {
			const { svg, filename } = draw();
			const headers: Record<string, string> = filename
				? { 'content-disposition': `attachment; filename="${filename}.${type}"` }
				: {};
			if (type === 'svg') return { body: svg, type: 'image/svg+xml; charset=utf-8', headers };
			return {
				body: svgToPng(svg, opts.scale),
				type: 'image/png',
				headers
			};
		},
		opts.version ?? pictureVersion(),
		opts.params ?? VIEW_PARAMS
	);
}

export interface DownloadParams {
	format: DownloadFormat;
	screen: { width: number; height: number };
	at: MapViewState | null;
	scale: number;
	attachment: boolean;
}

/** Limits of a download: the map's size on screen, and the PNG's pixels at most. */
export const DOWNLOAD_LIMITS = {
	width: [320, 2400],
	height: [200, 2400],
	scale: [1, 3],
	pixels: 16_000_000
} as const;
const DEFAULT_SCREEN = { width: 1000, height: 650 };

/** The download's parameters, or a 400 answer naming the first bad one. */
export function parseDownload(
	params: URLSearchParams,
	type: PictureType
): DownloadParams | Response {
	const bad = (pl: string, en: string) => apiError(400, `${pl} / ${en}`);
	const format = (params.get('format') ?? 'ekran') as DownloadFormat;
	if (!(format in DOWNLOAD_FORMATS))
		return bad(
			`Nieznany format „${params.get('format')!.slice(0, 20)}”: ekran, a4 albo a4p`,
			'Unknown format: ekran, a4 or a4p'
		);
	const size = (name: 'w' | 'h', [min, max]: readonly [number, number], fallback: number) => {
		const raw = params.get(name);
		if (raw === null) return fallback;
		return /^\d{1,5}$/.test(raw) && Number(raw) >= min && Number(raw) <= max ? Number(raw) : null;
	};
	const width = size('w', DOWNLOAD_LIMITS.width, DEFAULT_SCREEN.width);
	const height = size('h', DOWNLOAD_LIMITS.height, DEFAULT_SCREEN.height);
	if (width === null || height === null) {
		const name = width === null ? 'w' : 'h';
		const [min, max] = DOWNLOAD_LIMITS[name === 'w' ? 'width' : 'height'];
		return bad(
			`Parametr ${name}=„${params.get(name)!.slice(0, 20)}”: liczba pikseli od ${min} do ${max}`,
			`Parameter ${name}: a number of pixels from ${min} to ${max}`
		);
	}
	const rawView = params.get('widok');
	const at = rawView === null ? null : parseViewHash(`#widok=${rawView}`);
	if (rawView !== null && !at)
		return bad(
			`Parametr widok=„${rawView.slice(0, 40)}”: zoom/szerokość/długość, np. 7/50.06/19.94`,
			'Parameter widok: zoom/lat/lon, e.g. 7/50.06/19.94'
		);
	const rawScale = params.get('skala');
	const scale = rawScale === null ? 2 : /^[123]$/.test(rawScale) ? Number(rawScale) : null;
	if (scale === null)
		return bad(
			`Parametr skala=„${rawScale!.slice(0, 10)}”: 1, 2 albo 3 (piksele PNG na piksel mapy)`,
			'Parameter skala: 1, 2 or 3 (PNG pixels per map pixel)'
		);
	if (type === 'png') {
		const page = DOWNLOAD_FORMATS[format];
		const pixels = (page?.width ?? width + 64) * (page?.height ?? height + 200) * scale ** 2;
		if (pixels > DOWNLOAD_LIMITS.pixels)
			return bad(
				`Obraz byłby za duży (${Math.round(pixels / 1e6)} Mpx, najwyżej ${DOWNLOAD_LIMITS.pixels / 1e6} Mpx): zmniejsz skalę lub rozmiar`,
				'The picture would be too large: lower skala, w or h'
			);
	}
	return {
		format,
		screen: { width, height },
		at,
		scale,
		attachment: params.get('pobierz') === '1'
	};
}

/** A file name for a download: the app, the region or scope, the format, the day. */
export function downloadName(region: string | null, format: DownloadFormat, today: string): string {
	const slug = slugify(region ?? 'polska', 40);
	return `mapa-partnerstw-${slug || 'widok'}-${format}-${today}`;
}
