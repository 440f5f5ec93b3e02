/**
 * oEmbed 1.0 (https://oembed.com/), type "rich": for an address of this site (the map with its
 * filters, a practice or a partnership page) the iframe of the matching embed.
 */
import { parseFilters, regionOf } from '../../domain/filters';
import { recordTypeOfPage } from '../../domain/records';
import {
	buildEmbedUrl,
	COMPACT_HEIGHT,
	DEFAULT_HEIGHT,
	iframeHtml,
	MIN_HEIGHT,
	type EmbedOptions
} from '../../embed/protocol';
import { getPartnership, getPractice } from '../records/read';
import { getUnit } from '../units';
import { dictionaries, parseLang, say } from '../../i18n';

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

/** An error answer: its HTTP status and message (in both languages). */
function refuse(status: number, pl: string, en: string): OEmbedResult {
	return { ok: false, status, message: say('both', pl, en) };
}

/** The smallest frame offered; a consumer asking for less gets an error, not a frame too big. */
export const MIN_SIZE = MIN_HEIGHT;

/**
 * @param site the public origin, and every `host:port` the site is reached at (see origin.ts).
 *   A link to any of them is embedded from the address it names (the public origin for its host).
 */
export function oembedFor(
	site: { origin: string; hosts: ReadonlySet<string> },
	raw: string,
	max: { width: number | null; height: number | null }
): OEmbedResult {
	let url: URL;
	try {
		url = new URL(raw, site.origin);
	} catch {
		return refuse(404, `„${raw.slice(0, 80)}” nie jest adresem`, 'not a URL');
	}
	const publicHost = new URL(site.origin).host;
	if (!/^https?:$/.test(url.protocol) || (url.host !== publicHost && !site.hosts.has(url.host)))
		return refuse(404, `Adres spoza ${site.origin}`, 'not an address of this site');
	// The scheme may differ behind a proxy; the public host keeps the public origin's scheme.
	const origin = url.host === publicHost ? site.origin : url.origin;
	for (const [name, value] of Object.entries(max))
		if (value !== null && value < MIN_SIZE)
			// oEmbed's answer to what a provider cannot offer (its only other codes are 401 and 404).
			return refuse(
				501,
				`Najmniejsza ramka ma ${MIN_SIZE} px: „max${name}” = ${value} to za mało`,
				`the smallest frame is ${MIN_SIZE} px`
			);
	const lang = parseLang(url.searchParams.get('lang'));
	const width = Math.min(WIDTH, max.width ?? WIDTH);
	const height = Math.min(DEFAULT_HEIGHT, max.height ?? DEFAULT_HEIGHT);
	// A small frame is the map alone (the embed drops legend, list and notes below COMPACT_HEIGHT).
	const options: Partial<EmbedOptions> =
		height < COMPACT_HEIGHT ? { height, legend: false } : { height };
	const { appName } = dictionaries[lang];
	let title = appName;
	let src: string;
	const detail = /^\/([a-z]+)\/(\d{1,9})(?:-[a-z0-9-]*)?\/?$/.exec(url.pathname);
	const type = detail ? recordTypeOfPage(detail[1]) : null;
	if (detail && type === 'partnerstwo') {
		const p = getPartnership(Number(detail[2]));
		if (!p) return refuse(404, `Nie ma partnerstwa ${detail[2]}`, 'not found');
		title = `${p.name} · ${appName}`;
		src = buildEmbedUrl(origin, {
			options: { ...options, scope: { type: 'partnerstwo', id: p.id } },
			sel: { type: 'partnerstwo', id: p.id },
			lang
		});
	} else if (detail && type === 'praktyka') {
		const p = getPractice(Number(detail[2]));
		if (!p) return refuse(404, `Nie ma praktyki ${detail[2]}`, 'not found');
		title = `${p.title} · ${appName}`;
		src = buildEmbedUrl(origin, {
			filters: p.unit ? { gmi: p.unit.code } : {},
			options,
			sel: { type: 'praktyka', id: p.id },
			lang
		});
	} else if (url.pathname === '/' || url.pathname === '/embed') {
		const { filters } = parseFilters(url.searchParams);
		const region = regionOf(filters);
		const unit = region ? getUnit(region) : null;
		if (unit) title = `${unit.name} · ${appName}`;
		src = buildEmbedUrl(origin, { filters, options, lang });
	} else {
		return refuse(404, 'Tego adresu nie da się osadzić', 'cannot embed this address');
	}
	return {
		ok: true,
		body: {
			version: '1.0',
			type: 'rich',
			provider_name: appName,
			provider_url: `${origin}/`,
			title,
			html: iframeHtml(src, title, String(width), height),
			width,
			height,
			cache_age: 3600
		}
	};
}
