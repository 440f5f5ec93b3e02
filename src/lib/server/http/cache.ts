/**
 * The server's in-memory caches, each bounded by the bytes it holds (lru-cache with `maxSize`), not
 * by a count: a few large answers (an export of every record) and many small ones (tiles) both stay
 * within the budget, and the least recently used entry goes first. One table of budgets, so the
 * memory the server may use for caches is read in one place (CACHE_MB scales them all).
 */
import { LRUCache } from 'lru-cache';

const MB = 1024 * 1024;

/** Budgets in bytes at CACHE_MB=160 (the default): what each cache may hold at most. */
const BUDGETS = {
	/** API list answers and rendered public pages, with their compressed forms (answers.ts). */
	answers: 64 * MB,
	/** Vector tiles of every set, raw, gzip and brotli (tiles/index.ts). */
	tiles: 56 * MB,
	/** Compressed pages and JSON answers that carry an ETag (compress.ts). */
	compressed: 24 * MB,
	/** Facet counts per filter set (records/facets.ts). */
	facets: 8 * MB,
	/** Pictures drawn on the server: first views, share images, downloads (picture/). */
	pictures: 8 * MB
} as const;

const DEFAULT_TOTAL_MB = 160;

function scale(): number {
	const raw = process.env.CACHE_MB;
	const mb = raw && /^\d{1,6}$/.test(raw) ? Number(raw) : DEFAULT_TOTAL_MB;
	return Math.max(mb, 1) / DEFAULT_TOTAL_MB;
}

/** A cache of `name`'s budget; `sizeOf` gives an entry's bytes (its key is counted too). */
export function byteCache<V extends object>(
	name: keyof typeof BUDGETS,
	sizeOf: (value: V) => number
): LRUCache<string, V> {
	const maxSize = Math.max(64 * 1024, Math.floor(BUDGETS[name] * scale()));
	return new LRUCache<string, V>({
		maxSize,
		// An entry larger than a quarter of the budget is answered but not kept.
		maxEntrySize: Math.floor(maxSize / 4),
		sizeCalculation: (value, key) => Math.max(1, sizeOf(value) + key.length * 2)
	});
}
