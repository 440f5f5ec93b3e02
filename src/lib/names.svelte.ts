/**
 * Names of records the map shows but the page has not listed (tiles and marker points carry only
 * ids): looked up once through the API when first needed, then kept.
 */
import { SvelteMap } from 'svelte/reactivity';

export class NameCache {
	#names = new SvelteMap<number, string>();
	#pending = new Set<number>();

	constructor(
		private readonly path: (id: number) => string,
		private readonly pick: (body: unknown) => string
	) {}

	seed(entries: Iterable<[number, string]>): void {
		for (const [id, name] of entries) if (!this.#names.has(id)) this.#names.set(id, name);
	}

	/** The name, or "…" while it is being fetched. */
	get(id: number): string {
		const name = this.#names.get(id);
		if (name !== undefined) return name;
		if (!this.#pending.has(id)) {
			this.#pending.add(id);
			fetch(this.path(id))
				.then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))
				.then((body) => this.#names.set(id, this.pick(body)))
				.catch(() => this.#names.set(id, `#${id}`));
		}
		return '…';
	}
}
