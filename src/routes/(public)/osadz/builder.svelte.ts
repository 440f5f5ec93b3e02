/**
 * The "Osadź mapę" builder's state: what the user chose (scope, filters, size, language, extras)
 * and what follows from it (the embed's address, its title, the iframe and script snippets). The
 * address and markup come from the embed's contract (src/lib/embed/protocol.ts).
 * https://svelte.dev/docs/svelte/$state#Classes
 */
import { dictionaries } from '$lib/i18n';
import {
	BUILDER_FILTER_KEYS,
	FILTERS,
	choiceValue,
	type FilterDef,
	type FilterKey,
	type Filters
} from '$lib/domain/filters';
import { levelOfCode } from '$lib/teryt';
import {
	DEFAULT_HEIGHT,
	LIST_FRAME_HEIGHT,
	MAX_HEIGHT,
	MIN_HEIGHT,
	buildEmbedUrl,
	iframeHtml,
	parseScope
} from '$lib/embed/protocol';
import type { Suggestion } from '$lib/components/SearchBox.svelte';
import type { Lang } from '$lib/format';

export interface ScopeChoice {
	/** As in the `zakres` parameter: `gmi:1206113`, `partnerstwo:3`. */
	value: string;
	level: 'woj' | 'pow' | 'gmi' | 'partnerstwo';
	label: string;
	detail: string;
}

export interface BuilderStart {
	scope: ScopeChoice | null;
	/** The filters the builder offers (BUILDER_FILTER_KEYS), as the address gave them. */
	filters: Partial<Filters>;
	list: boolean;
	legend: boolean;
	height: number;
}

/** What the builder reads from its page as it changes. */
export interface BuilderInputs {
	/** The site's origin (the page's URL). */
	origin: () => string;
	/** Choices of the filters without fixed ones (years that have records, newest first). */
	choices: () => Partial<Record<FilterKey, string[]>>;
}

/** The props of the builder's parts (EmbedSettings, EmbedPreview). */
export interface BuilderPartProps {
	/** The page's language (the embed's own is `builder.embedLang`). */
	lang: Lang;
	builder: EmbedBuilderState;
}

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 2000;

export const clamp = (n: number | null, lo: number, hi: number, fallback: number) =>
	typeof n === 'number' && Number.isFinite(n)
		? Math.min(hi, Math.max(lo, Math.round(n)))
		: fallback;

/** The scope a picked suggestion stands for; null when it cannot be one (a practice, a bad code). */
export function scopeOfSuggestion(s: Suggestion): ScopeChoice | null {
	if (s.kind === 'praktyka') return null;
	const level = s.kind === 'partnerstwo' ? 'partnerstwo' : (s.level ?? levelOfCode(s.id));
	if (!level) return null;
	return {
		value: `${level}:${s.id}`,
		level,
		label: s.label,
		detail: s.kind === 'partnerstwo' ? '' : s.detail
	};
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The builder starts from the address (see +page.server.ts) and is the user's from then on. */
export class EmbedBuilderState {
	#inputs: BuilderInputs;
	scope = $state<ScopeChoice | null>(null);
	/** Each offered filter's select: '' for any. */
	chosen = $state<Record<string, string>>({});
	sizing = $state<'responsive' | 'fixed'>('responsive');
	/** What the size fields hold, as typed (empty while being retyped). */
	size = $state<{ width: number | null; height: number | null }>({ width: 640, height: null });
	embedLang = $state<Lang>('pl');
	list = $state(false);
	legend = $state(false);

	readonly width = $derived(clamp(this.size.width, MIN_WIDTH, MAX_WIDTH, 640));
	readonly height = $derived(clamp(this.size.height, MIN_HEIGHT, MAX_HEIGHT, DEFAULT_HEIGHT));
	/** A plain iframe cannot grow: it holds map and list, and inside it only the list scrolls. */
	readonly frameHeight = $derived(this.height + (this.list ? LIST_FRAME_HEIGHT : 0));

	readonly embedUrl = $derived.by(() => {
		const parsed = this.scope ? parseScope(this.scope.value) : null;
		return buildEmbedUrl(this.#inputs.origin(), {
			filters: Object.fromEntries(
				BUILDER_FILTER_KEYS.map((k) => [k, choiceValue(k, this.chosen[k])])
			),
			options: {
				scope: parsed === 'invalid' ? null : parsed,
				list: this.list,
				legend: this.legend,
				height: this.height
			},
			lang: this.embedLang
		});
	});

	/** What the frame is called for screen readers on the host page, in the map's language. */
	readonly title = $derived.by(() => {
		const te = dictionaries[this.embedLang].embed;
		if (!this.scope) return te.defaultTitle;
		const name =
			this.scope.level === 'woj'
				? dictionaries[this.embedLang].map.voivodeship(this.scope.label)
				: this.scope.label;
		return `${te.mapTitle} — ${name}`;
	});

	readonly iframeCode = $derived(
		iframeHtml(
			this.embedUrl,
			this.title,
			this.sizing === 'fixed' ? String(this.width) : '100%',
			this.frameHeight
		)
	);
	readonly scriptCode = $derived.by(
		() =>
			`<div data-mapa-partnerstw="${esc(this.embedUrl)}" data-title="${esc(this.title)}"` +
			(this.sizing === 'fixed' ? ` style="width:${this.width}px;max-width:100%"` : '') +
			`></div>\n<script src="${esc(this.#inputs.origin())}/embed.js" async></script>`
	);

	constructor(start: BuilderStart, lang: Lang, inputs: BuilderInputs) {
		this.#inputs = inputs;
		this.scope = start.scope;
		this.chosen = Object.fromEntries(
			BUILDER_FILTER_KEYS.map((k) => [k, String(start.filters[k] ?? '')])
		);
		this.size.height = start.height;
		this.embedLang = lang;
		this.list = start.list;
		this.legend = start.legend;
	}

	/** The choices of a filter's select: its fixed ones, or those the page gave. */
	choicesOf(key: FilterKey): readonly string[] {
		return (FILTERS[key] as FilterDef<string>).select?.choices ?? this.#inputs.choices()[key] ?? [];
	}
}
