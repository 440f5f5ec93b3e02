/**
 * Counts beside every filter choice: how many records each województwo, powiat, gmina, section,
 * kind and year would give together with the other filters. Each filter's count is in
 * src/lib/server/records/filter-sql.ts; the records come from the same list queries as the API
 * and the map (src/lib/server/records/read.ts), so the numbers can never disagree.
 */
import { byteCache } from '../http/cache';
import { getDb, type Db } from '../db';
import { FILTER_KEYS, groupOf, without, type FilterKey, type Filters } from '../../domain/filters';
import { partnershipIds, practiceIds } from './read';
import { dataVersion, RECORDS_VERSION } from '../db/versions';
import { FILTER_SQL, type FacetIds, type Facets } from './filter-sql';

export type { Facets, RegionCount } from './filter-sql';

// Facets are small: their JSON length is a fair measure of what they hold.
const cache = byteCache<Facets>('facets', (f) => JSON.stringify(f).length * 2);

/**
 * Counts for every filter choice, given the other filters. Cached per data version and filter
 * set: the same view asked again (a shared link, a reload, an embed on a busy page) costs nothing.
 */
export function facets(filters: Filters, db: Db = getDb()): Facets {
	const key = `${dataVersion(db, RECORDS_VERSION)}|${JSON.stringify(filters)}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const result = computeFacets(filters, db);
	cache.set(key, result);
	return result;
}

function computeFacets(filters: Filters, db: Db): Facets {
	// Each facet counts under every filter but its own (a region's: but the whole region); the
	// ids are asked for once per such set, and only by the facets that need them.
	const lists = new Map<string, FacetIds>();
	const idsWithout = (keys: FilterKey[]): FacetIds => {
		const name = keys.join();
		let ids = lists.get(name);
		if (!ids) {
			const f = without(filters, keys);
			let practices: number[] | undefined;
			let partnerships: number[] | undefined;
			ids = {
				practices: () => (practices ??= practiceIds(f, db)),
				partnerships: () => (partnerships ??= partnershipIds(f, db))
			};
			lists.set(name, ids);
		}
		return ids;
	};
	const result: Record<string, unknown> = {};
	for (const key of FILTER_KEYS) {
		const { facet } = FILTER_SQL[key] as { facet?: (ids: FacetIds, f: Filters, db: Db) => unknown };
		if (facet) result[key] = facet(idsWithout(groupOf(key)), filters, db);
	}
	return result as Facets;
}
