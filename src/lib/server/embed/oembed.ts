/**
 * oEmbed 1.0 (https://oembed.com/), type "rich": for an address of this site (the map with its
 * filters, a practice or a partnership page) the iframe of the matching embed.
 */
import { parseFilters } from '../../filters';
import { buildEmbedUrl, DEFAULT_HEIGHT, iframeHtml, type EmbedOptions } from '../../embed/protocol';
import { getPartnership, getPractice } from '../records/read';
import { getUnit } from '../units';

export interface OEmbed {
	version: '1.0';
	type: 'rich';
	provider_name: string;
	provider_url: string;
	title: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
}

export type OEmbedResult =
	{ ok: true; body: OEmbed } | { ok: false; status: number; message: string };

const WIDTH = 800;

export function oembedFor(
	origin: string,
	raw: string,
	max: { width: number | null; height: number | null }
): OEmbedResult {
	let url: URL;
	try {
		url = new URL(raw, origin);
	} catch {
		return {
			ok: false,
			status: 404,
			message: `„${raw.slice(0, 80)}” nie jest adresem / not a URL`
		};
	}
	// The scheme may differ behind a proxy (adapter-node assumes https without ORIGIN); the host may not.
	if (url.host !== new URL(origin).host)
		return {
			ok: false,
			status: 404,
			message: `Adres spoza ${origin} / not an address of this site`
		};
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'pl';
	const width = Math.min(WIDTH, max.width ?? WIDTH);
	const height = Math.min(DEFAULT_HEIGHT, max.height ?? DEFAULT_HEIGHT);
	const options: Partial<EmbedOptions> = { height };
	let title = 'Mapa Partnerstw';
	let src: string;
	const detail = /^\/(praktyki|partnerstwa)\/(\d{1,9})(?:-[a-z0-9-]*)?\/?$/.exec(url.pathname);
	if (detail && detail[1] === 'partnerstwa') {
		const p = getPartnership(Number(detail[2]));
		if (!p)
			return { ok: false, status: 404, message: `Nie ma partnerstwa ${detail[2]} / not found` };
		title = `${p.name} · Mapa Partnerstw`;
		src = buildEmbedUrl(origin, {
			options: { ...options, scope: { type: 'partnerstwo', id: p.id } },
			sel: { type: 'partnerstwo', id: p.id },
			lang
		});
	} else if (detail) {
		const p = getPractice(Number(detail[2]));
		if (!p) return { ok: false, status: 404, message: `Nie ma praktyki ${detail[2]} / not found` };
		title = `${p.title} · Mapa Partnerstw`;
		src = buildEmbedUrl(origin, {
			filters: p.unit ? { gmi: p.unit.code } : {},
			options,
			sel: { type: 'praktyka', id: p.id },
			lang
		});
	} else if (url.pathname === '/' || url.pathname === '/embed') {
		const { filters } = parseFilters(url.searchParams);
		const region = filters.gmi ?? filters.pow ?? filters.woj;
		const unit = region ? getUnit(region) : null;
		if (unit) title = `${unit.name} · Mapa Partnerstw`;
		src = buildEmbedUrl(origin, { filters, options, lang });
	} else {
		return {
			ok: false,
			status: 404,
			message: `Tego adresu nie da się osadzić / cannot embed this address`
		};
	}
	return {
		ok: true,
		body: {
			version: '1.0',
			type: 'rich',
			provider_name: 'Mapa Partnerstw',
			provider_url: `${origin}/`,
			title,
			html: iframeHtml(src, title, String(width), height),
			width,
			height,
			cache_age: 3600
		}
	};
}
