/**
 * The main page's list and markers: every matching practice as a marker (fetched after the first
 * view), the list's further pages, the names of records the map shows but the list does not hold,
 * and "only what is in view". The embed has no such fetching: its page data holds everything.
 * Construct it while the page initialises (it registers effects).
 */
import { filtersToParams, LIST_PAGE, type Filters } from '$lib/domain/filters';
import { NameCache } from '$lib/names.svelte';
import { RECORD_TYPES, type RecordType } from '$lib/domain/records';
import type { PracticePoint } from '$lib/map/cluster';
import type { BBox } from '$lib/map/types';
import type { PartnershipSummary, PracticeSummary } from '$lib/server/records/read';

interface ListData {
	filters: Filters;
	practices: PracticeSummary[];
	partnerships: PartnershipSummary[];
}

const inView = (p: [number, number] | null, b: BBox | null) =>
	!p || !b || (p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3]);
const bboxInView = (x: number[] | null, b: BBox | null) =>
	!x || !b || !(x[2] < b[0] || x[0] > b[2] || x[3] < b[1] || x[1] > b[3]);

export class MainList {
	// Rows beyond the first page, fetched when the reader asks for more (reset by new data).
	#morePractices = $state<PracticeSummary[]>([]);
	#morePartnerships = $state<PartnershipSummary[]>([]);
	points = $state<PracticePoint[] | null>(null);
	/** The filters `points` belong to. */
	pointsView = $state<string | undefined>();
	readonly partnershipNames = new NameCache(
		(id) => `/api/v1/partnerships/${id}?geometry=0`,
		(body) => (body as { properties: { name: string } }).properties.name
	);
	readonly practiceTitles = new NameCache(
		(id) => `/api/v1/practices/${id}`,
		(body) => (body as { title: string }).title
	);
	readonly #data: () => ListData;
	readonly allPractices = $derived.by(() => [...this.#data().practices, ...this.#morePractices]);
	readonly allPartnerships = $derived.by(() => [
		...this.#data().partnerships,
		...this.#morePartnerships
	]);
	/** The query string of the current filters, for API requests. */
	readonly apiQuery = $derived.by(() => filtersToParams(this.#data().filters).toString());
	#pending: { query: string; request: Promise<PracticePoint[]> } | null = null;

	constructor(data: () => ListData) {
		this.#data = data;
		$effect(() => {
			this.partnershipNames.seed(this.allPartnerships.map((p) => [p.id, p.name]));
			this.practiceTitles.seed(this.allPractices.map((p) => [p.id, p.title]));
		});
		$effect(() => {
			const query = this.apiQuery;
			this.#morePractices = [];
			this.#morePartnerships = [];
			let cancelled = false;
			// Fire and forget: a failed request becomes no points, so the chain never rejects.
			void this.#requestPoints(query)
				.catch(() => [])
				.then((points) => {
					if (cancelled) return;
					this.points = points;
					this.pointsView = query;
				});
			return () => {
				cancelled = true;
			};
		});
	}

	// Every matching practice as a marker: [id, lon, lat] from the API, after the first view.
	#requestPoints(query: string): Promise<PracticePoint[]> {
		if (this.#pending?.query === query) return this.#pending.request;
		const request = fetch(`/api/v1/practices?format=points${query ? `&${query}` : ''}`)
			.then((r) => {
				if (!r.ok) throw new Error(`HTTP ${r.status}`);
				return r.json();
			})
			.then((rows: [number, number, number][]) =>
				rows.map(([id, lon, lat]) => ({ id, point: [lon, lat] as [number, number] }))
			);
		this.#pending = { query, request };
		// A failed request is not kept: the next ask tries again.
		request.catch(() => {
			if (this.#pending?.request === request) this.#pending = null;
		});
		return request;
	}

	/** A filter change asks for the markers as it starts, not after the new page data arrived. */
	prefetchPoints(next: Filters) {
		void this.#requestPoints(filtersToParams(next).toString());
	}

	async loadMore(kind: RecordType) {
		const have = kind === 'praktyka' ? this.allPractices.length : this.allPartnerships.length;
		const path = RECORD_TYPES[kind].api;
		const query = this.apiQuery;
		const res = await fetch(
			`/api/v1/${path}?${query}${query ? '&' : ''}limit=${LIST_PAGE}&offset=${have}`
		);
		if (!res.ok) return;
		const body = await res.json();
		if (kind === 'praktyka') this.#morePractices = [...this.#morePractices, ...body.practices];
		else this.#morePartnerships = [...this.#morePartnerships, ...body.partnerships];
	}

	practices(onlyInView: boolean, bounds: BBox | null): PracticeSummary[] {
		const all = this.allPractices;
		return onlyInView ? all.filter((p) => inView(p.point, bounds)) : all;
	}

	/** Every partnership fetched so far: the page's first rows and those `loadMore` added. */
	partnerships(onlyInView: boolean, bounds: BBox | null): PartnershipSummary[] {
		const all = this.allPartnerships;
		return onlyInView ? all.filter((p) => bboxInView(p.bbox, bounds)) : all;
	}
}
