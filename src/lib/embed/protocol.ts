/**
 * The embed's public contract: its URL options and the postMessage protocol it speaks with the
 * host page. Versioned; messages that do not match the documented shape exactly are ignored.
 *
 * URL: /embed?{filter parameters}&zakres=…&lista=0|1&legenda=0|1&wysokosc=100–2000&lang=pl|en
 *   (below 300 px the embed is compact: the map alone.)
 *   zakres (scope lock): `gmi:1206113`, `pow:1206`, `woj:12` (what lies there, and the partnerships
 *   with a member there) or `partnerstwo:3` (that partnership and its practices). Filters given in
 *   the URL or by the host only narrow the scope, never widen it.
 *
 * Embed → host (`source: 'mapa-partnerstw'`, `version: 1`):
 *   { type: 'ready', scope }                       once, when the map has rendered
 *   { type: 'resize', height }                     whenever the content height changes (px)
 *   { type: 'select', record: { type, id, name } | null }   a record was opened (or closed)
 *   { type: 'filterchange', filters }              the filters changed (by the user or the host)
 * Host → embed (`source: 'mapa-partnerstw-host'`, `version: 1`):
 *   { type: 'setFilters', filters: { woj?, pow?, gmi?, kat?, typ?, rok?, q? } }  (null clears one;
 *     the keys are those of src/lib/domain/filters.ts with `embed.host`)
 *   { type: 'select', record: { type: 'praktyka' | 'partnerstwo', id } | null }
 */
import { HOST_FILTER_KEYS, filtersToParams, type FilterKey, type Filters } from '../domain/filters';
import { keepLang, say, type MessageLang } from '../i18n';

export const EMBED_SOURCE = 'mapa-partnerstw';
export const HOST_SOURCE = 'mapa-partnerstw-host';
export const PROTOCOL_VERSION = 1;

export type Scope = { type: 'region'; code: string } | { type: 'partnerstwo'; id: number };

export interface EmbedOptions {
	scope: Scope | null;
	list: boolean;
	legend: boolean;
	/** Height of the map area in px; the iframe grows by the list when it is shown. */
	height: number;
}

export type { RecordRef } from '../domain/records';
import type { RecordRef } from '../domain/records';

export type EmbedMessage =
	| { type: 'ready'; scope: string | null }
	| { type: 'resize'; height: number }
	| {
			type: 'select';
			record:
				(RecordRef & { name: string }) | { type: 'jednostka'; id: string; name: string } | null;
	  }
	| { type: 'filterchange'; filters: Filters };

export type HostCommand =
	| { type: 'setFilters'; filters: Partial<Record<FilterKey, string | number | null>> }
	| { type: 'select'; record: RecordRef | null };

export const DEFAULT_HEIGHT = 500;
/** The smallest map height an embed takes (oEmbed's `maxheight` may ask for this little). */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 2000;
/** Below this height the embed is compact: the map alone, without legend, list or notes. */
export const COMPACT_HEIGHT = 300;
/** What the list adds to a plain iframe's height (inside it, the list scrolls, not the frame). */
export const LIST_FRAME_HEIGHT = 360;
/**
 * The name embed.js gives the frames it sizes to their content (`window.name` inside the frame):
 * such a frame grows with its list; a plain iframe keeps its own height.
 */
export const AUTO_SIZE_NAME = 'mapa-partnerstw-auto';

export function parseScope(raw: string | null): Scope | null | 'invalid' {
	if (!raw) return null;
	const region = /^(woj|pow|gmi):(\d{2}|\d{4}|\d{7})$/.exec(raw);
	if (region) {
		const len = { woj: 2, pow: 4, gmi: 7 }[region[1] as 'woj' | 'pow' | 'gmi'];
		return region[2].length === len ? { type: 'region', code: region[2] } : 'invalid';
	}
	const p = /^partnerstwo:(\d{1,9})$/.exec(raw);
	if (p) return { type: 'partnerstwo', id: Number(p[1]) };
	return 'invalid';
}

export function formatScope(scope: Scope | null): string | null {
	if (!scope) return null;
	if (scope.type === 'partnerstwo') return `partnerstwo:${scope.id}`;
	const level = scope.code.length === 2 ? 'woj' : scope.code.length === 4 ? 'pow' : 'gmi';
	return `${level}:${scope.code}`;
}

/** The embed's own options; notes in `lang` (the page's language, or both for machines). */
export function parseEmbedOptions(
	params: URLSearchParams,
	lang: MessageLang = 'both'
): {
	options: EmbedOptions;
	notes: string[];
} {
	const notes: string[] = [];
	const scope = parseScope(params.get('zakres'));
	if (scope === 'invalid')
		notes.push(
			say(
				lang,
				'Pominięto „zakres”: oczekiwano np. gmi:1206113 albo partnerstwo:3',
				'Ignored "zakres": expected e.g. gmi:1206113 or partnerstwo:3'
			)
		);
	const flag = (name: string, fallback: boolean) => {
		const v = params.get(name);
		if (v === null) return fallback;
		if (v === '1' || v === '0') return v === '1';
		notes.push(
			say(lang, `Pominięto „${name}”: dozwolone 0 lub 1`, `Ignored "${name}": must be 0 or 1`)
		);
		return fallback;
	};
	const h = params.get('wysokosc');
	let height = DEFAULT_HEIGHT;
	if (h !== null) {
		if (/^\d{3,4}$/.test(h) && Number(h) >= MIN_HEIGHT && Number(h) <= MAX_HEIGHT)
			height = Number(h);
		else
			notes.push(
				say(
					lang,
					`Pominięto „wysokosc”: liczba ${MIN_HEIGHT}–${MAX_HEIGHT}`,
					`Ignored "wysokosc": a number ${MIN_HEIGHT}–${MAX_HEIGHT}`
				)
			);
	}
	return {
		options: {
			scope: scope === 'invalid' ? null : scope,
			list: flag('lista', false),
			legend: flag('legenda', true),
			height
		},
		notes
	};
}

/** A host command, if the message is exactly one; anything else is null (and ignored). */
export function parseHostCommand(data: unknown): HostCommand | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.source !== HOST_SOURCE || m.version !== PROTOCOL_VERSION) return null;
	if (m.type === 'setFilters') {
		const f = m.filters;
		if (typeof f !== 'object' || f === null || Array.isArray(f)) return null;
		const entries = Object.entries(f as Record<string, unknown>);
		if (entries.length > HOST_FILTER_KEYS.length) return null;
		const filters: Record<string, string | number | null> = {};
		for (const [k, v] of entries) {
			if (!HOST_FILTER_KEYS.includes(k as FilterKey)) return null;
			if (v !== null && typeof v !== 'string' && typeof v !== 'number') return null;
			if (typeof v === 'string' && v.length > 200) return null;
			filters[k] = v;
		}
		return { type: 'setFilters', filters };
	}
	if (m.type === 'select') {
		if (m.record === null) return { type: 'select', record: null };
		const r = m.record as Record<string, unknown> | undefined;
		if (
			!r ||
			(r.type !== 'praktyka' && r.type !== 'partnerstwo') ||
			typeof r.id !== 'number' ||
			!Number.isInteger(r.id) ||
			r.id <= 0
		)
			return null;
		return { type: 'select', record: { type: r.type, id: r.id } };
	}
	return null;
}

export function embedMessage(
	message: EmbedMessage
): EmbedMessage & { source: string; version: number } {
	return { source: EMBED_SOURCE, version: PROTOCOL_VERSION, ...message };
}

/** The /embed URL for a scope, filters and options (what the builder and oEmbed produce). */
export function buildEmbedUrl(
	origin: string,
	input: {
		filters?: Partial<Filters>;
		options?: Partial<EmbedOptions>;
		lang?: 'pl' | 'en';
		sel?: RecordRef | null;
	}
): string {
	const p = filtersToParams(input.filters ?? {});
	const scope = formatScope(input.options?.scope ?? null);
	if (scope) p.set('zakres', scope);
	if (input.options?.list) p.set('lista', '1');
	if (input.options?.legend === false) p.set('legenda', '0');
	if (input.options?.height && input.options.height !== DEFAULT_HEIGHT)
		p.set('wysokosc', String(input.options.height));
	if (input.sel) p.set('sel', `${input.sel.type}:${input.sel.id}`);
	if (input.lang) keepLang(p, input.lang);
	// Colons are legal in a query: keep `zakres=gmi:1206113` readable for whoever pastes the code.
	const q = p.toString().replace(/%3A/gi, ':');
	return `${origin}/embed${q ? `?${q}` : ''}`;
}

/** The iframe markup: a title for screen readers, lazy loading, no border. */
export function iframeHtml(src: string, title: string, width: string, height: number): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${esc(src)}" title="${esc(title)}" width="${esc(width)}" height="${height}" loading="lazy" style="border:0;max-width:100%" allow="fullscreen"></iframe>`;
}
