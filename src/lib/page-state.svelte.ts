/**
 * The state a map page holds, shared by `/` and `/embed`: what is open in the panel (and what
 * else lies at that place), what is hovered, the frame the map flies to, the kinds hidden in the
 * legend and the list's "only in view". Each page adds what is its own: the main page the URL
 * (sel, hash), the list's further pages and the phone's tabs; the embed its host protocol and scope.
 * Construct it while the page initialises (it registers effects).
 */
import { untrack } from 'svelte';
import type { Feature } from 'geojson';
import { Selection } from './selection.svelte';
import type { BBox, MapFit, MapTarget, PlaceItem } from './map/types';

export interface SelectOptions {
	/** Frame the map on the record once it has loaded. */
	fly?: boolean;
	/** Chosen by the URL or the host page, not by the reader: focus stays where it is. */
	quiet?: boolean;
}

export interface PageHooks {
	/** A target is about to open (before its record loads). */
	beforeSelect?: (target: MapTarget | null, options: SelectOptions) => void;
	/** The open target has loaded, failed or closed. */
	afterSelect?: () => void;
}

export class PageState {
	readonly selection = new Selection();
	fitTo = $state<MapFit | null>(null);
	hiddenKinds = $state<string[]>([]);
	hovered = $state<MapTarget | null>(null);
	alsoHere = $state<PlaceItem[]>([]);
	/** Move focus into the panel when its content arrives (see SelectOptions.quiet). */
	autofocus = $state(true);
	onlyInView = $state(false);
	/** The next new data frames the map (set by a filter change that moves the region). */
	refit = false;
	readonly selectedUnit = $derived.by((): Feature | null => {
		const d = this.selection.detail;
		return d?.type === 'unit' && d.unit.geometry
			? { type: 'Feature', geometry: d.unit.geometry, properties: {} }
			: null;
	});
	readonly #hooks: PageHooks;

	constructor(hooks: PageHooks = {}) {
		this.#hooks = hooks;
	}

	get selected(): MapTarget | null {
		return this.selection.target;
	}

	/** What the map highlights: the hovered record, else the open one (units are outlined). */
	get highlight(): MapTarget | null {
		const s = this.selection.target;
		return this.hovered ?? (s?.type === 'unit' ? null : s);
	}

	/** The partnerships of kinds the legend shows. */
	visible<P extends { kind: string }>(partnerships: P[]): P[] {
		return partnerships.filter((p) => !this.hiddenKinds.includes(p.kind));
	}

	toggleKind(kind: string) {
		this.hiddenKinds = this.hiddenKinds.includes(kind)
			? this.hiddenKinds.filter((k) => k !== kind)
			: [...this.hiddenKinds, kind];
	}

	async select(target: MapTarget | null, options: SelectOptions = {}) {
		this.autofocus = !options.quiet;
		this.#hooks.beforeSelect?.(target, options);
		if ((await this.selection.open(target)) && options.fly && this.selection.bbox)
			this.fitTo = { bbox: this.selection.bbox, glide: true };
		this.#hooks.afterSelect?.();
	}

	/** A click on the map: the chosen target, and the rest of that place for the panel. */
	pickOnMap(target: MapTarget | null, others: PlaceItem[]) {
		this.alsoHere = others;
		void this.select(target);
	}

	/** A row of the list (or a suggestion): open it and fly there. */
	pickInList(target: MapTarget) {
		this.alsoHere = [];
		void this.select(target, { fly: true });
	}

	close() {
		this.alsoHere = [];
		void this.select(null);
	}

	/**
	 * New filters with `refit` set frame the map on `bbox()` (null: stay), in the same update as
	 * the new data, so the map's "loading" covers the move.
	 */
	frameNewData(bbox: () => BBox | null) {
		$effect(() => {
			const next = bbox();
			untrack(() => {
				if (!this.refit) return;
				this.refit = false;
				if (next) this.fitTo = { bbox: next, glide: false };
			});
		});
	}

	/** A region or scope known when the page loads frames the map, unless something else did. */
	frameInitially(bbox: () => BBox | null) {
		$effect(() => {
			const first = bbox();
			if (first) this.fitTo ??= { bbox: first, glide: false };
		});
	}
}
