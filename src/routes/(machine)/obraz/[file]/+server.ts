import type { RequestHandler } from './$types';
import { apiError } from '$lib/server/api/respond';
import { parseLang, withLang } from '$lib/i18n';
import { downloadSvg } from '$lib/server/picture/compose';
import { mapView } from '$lib/server/picture/view';
import {
	DOWNLOAD_PARAMS,
	VIEW_PARAMS,
	downloadName,
	parseDownload,
	pictureResponse,
	pictureVersion
} from '$lib/server/picture/answer';
import { publicOrigin } from '$lib/server/origin';

/**
 * GET /obraz/mapa.{svg|png}?{filters}&zakres=&format=ekran|a4|a4p&widok=z/lat/lon&w=&h=&skala=&lang=&pobierz=1
 * „Pobierz obraz”: the view with title, filters in words, legend, scale, attribution and date.
 */
export const GET: RequestHandler = ({ params, request, url }) => {
	const type = params.file === 'mapa.svg' ? 'svg' : params.file === 'mapa.png' ? 'png' : null;
	if (!type)
		return apiError(
			404,
			`Nie ma obrazu „${params.file.slice(0, 30)}”: są /obraz/mapa.svg i /obraz/mapa.png / No such picture: mapa.svg or mapa.png`
		);
	const options = parseDownload(url.searchParams, type);
	if (options instanceof Response) return options;
	const lang = parseLang(url.searchParams.get('lang'));
	// The date is printed: a new day makes a new picture.
	const today = new Date().toISOString().slice(0, 10);
	return pictureResponse(
		request,
		url,
		type,
		() => {
			const view = mapView(url.searchParams, lang);
			const query = new URLSearchParams();
			for (const name of VIEW_PARAMS)
				if (name !== 'lang' && url.searchParams.has(name))
					query.set(name, url.searchParams.get(name)!);
			const page = view.scope ? '/embed' : '/';
			const hash = options.at ? `#widok=${url.searchParams.get('widok')}` : '';
			const link = `${publicOrigin(url)}${withLang(`${page}${query.size ? `?${query}` : ''}`, lang)}${hash}`;
			return {
				svg: downloadSvg({ view, ...options, lang, link, today }),
				filename: options.attachment
					? downloadName(view.scopeName ?? view.region?.name ?? null, options.format, today)
					: undefined
			};
		},
		{
			params: DOWNLOAD_PARAMS,
			scale: options.scale,
			version: `${pictureVersion()}.${today}`
		}
	);
};
