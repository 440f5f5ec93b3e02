/**
 * Counts beside every filter choice: how many records each województwo, powiat, gmina, section,
 * kind and year would give together with the other filters. Uses the same list queries as the
 * API and the map (src/lib/server/records/read.ts), so the numbers can never disagree.
 */
import { byteCache } from '../http/cache';
import { getDb, type Db } from '../db';
import type { Filters } from '../../filters';
import { partnershipIds, practiceIds } from './read';
import { dataVersion, RECORDS_VERSION } from '../db/versions';

export interface RegionCount {
	code: string;
	name: string;
	count: number;
	/** Label point, for count bubbles on the map. */
	point: [number, number] | null;
}

export interface Facets {
	woj: RegionCount[];
	pow: RegionCount[];
	gmi: RegionCount[];
	kat: { value: string; count: number }[];
	typ: { value: string; count: number }[];
	rok: { value: number; count: number }[];
}

const collator = new Intl.Collator('pl');

function regionCounts(
	db: Db,
	practiceIds: number[],
	partnershipIds: number[],
	length: 2 | 4 | 7,
	parent: string | null
): RegionCount[] {
	// One count per record and region, whichever of its units lie there.
	const rows = db.$client
		.prepare(
			`WITH hits AS (
				SELECT DISTINCT 'p' || practice_id AS rec, substr(unit_code, 1, @len) AS region
				FROM practice_units WHERE practice_id IN (SELECT value FROM json_each(@practices)) AND length(unit_code) >= @len
				UNION
				SELECT DISTINCT 'm' || partnership_id, substr(unit_code, 1, @len)
				FROM partnership_members WHERE partnership_id IN (SELECT value FROM json_each(@partnerships)) AND length(unit_code) >= @len
			)
			SELECT u.code, u.name, u.label_lon, u.label_lat, count(h.rec) AS n
			FROM units u LEFT JOIN hits h ON h.region = u.code
			WHERE length(u.code) = @len AND (@parent IS NULL OR u.code LIKE @parent || '%')
			GROUP BY u.code`
		)
		.all({
			len: length,
			practices: JSON.stringify(practiceIds),
			partnerships: JSON.stringify(partnershipIds),
			parent
		}) as {
		code: string;
		name: string;
		label_lon: number | null;
		label_lat: number | null;
		n: number;
	}[];
	return rows
		.map((r) => ({
			code: r.code,
			name: r.name,
			count: r.n,
			point: r.label_lon === null ? null : ([r.label_lon, r.label_lat!] as [number, number])
		}))
		.sort((a, b) => collator.compare(a.name, b.name));
}

function grouped(db: Db, sql: string, ids: number[]): Map<string, number> {
	const rows = db.$client.prepare(sql).all(JSON.stringify(ids)) as {
		k: string | null;
		n: number;
	}[];
	return new Map(rows.filter((r) => r.k !== null).map((r) => [r.k!, r.n]));
}

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
	const without = (patch: Partial<Filters>) => ({ ...filters, ...patch });
	// Region counts apply every filter but the region itself.
	const noRegion = without({ woj: null, pow: null, gmi: null });
	const practices = practiceIds(noRegion, db);
	const partnerships = partnershipIds(noRegion, db);
	const thisYear = new Date().getFullYear();
	const kat = grouped(
		db,
		`SELECT section AS k, count(*) AS n FROM practices WHERE id IN (SELECT value FROM json_each(?)) GROUP BY section`,
		practiceIds(without({ kat: null }), db)
	);
	const typ = grouped(
		db,
		`SELECT kind AS k, count(*) AS n FROM partnerships WHERE id IN (SELECT value FROM json_each(?)) GROUP BY kind`,
		partnershipIds(without({ typ: null }), db)
	);
	const years = new Map<number, number>();
	for (const [y, n] of grouped(
		db,
		`SELECT substr(date_added, 1, 4) AS k, count(*) AS n FROM practices WHERE id IN (SELECT value FROM json_each(?)) GROUP BY k`,
		practiceIds(without({ rok: null }), db)
	))
		if (/^\d{4}$/.test(y)) years.set(Number(y), n);
	const spans = db.$client
		.prepare(
			`SELECT start_date, end_date FROM partnerships WHERE id IN (SELECT value FROM json_each(?)) AND start_date IS NOT NULL`
		)
		.all(JSON.stringify(partnershipIds(without({ rok: null }), db))) as {
		start_date: string;
		end_date: string | null;
	}[];
	for (const span of spans) {
		const start = Number(span.start_date.slice(0, 4));
		const end = Math.min(span.end_date ? Number(span.end_date.slice(0, 4)) : thisYear, thisYear);
		for (let y = start; y <= end; y++) years.set(y, (years.get(y) ?? 0) + 1);
	}
	return {
		woj: regionCounts(db, practices, partnerships, 2, null),
		pow:
			filters.woj || filters.pow || filters.gmi
				? regionCounts(
						db,
						practices,
						partnerships,
						4,
						filters.woj ?? (filters.pow ?? filters.gmi)!.slice(0, 2)
					)
				: [],
		gmi:
			filters.pow || filters.gmi
				? regionCounts(db, practices, partnerships, 7, filters.pow ?? filters.gmi!.slice(0, 4))
				: [],
		kat: [...kat].map(([value, n]) => ({ value, count: n })),
		typ: [...typ].map(([value, n]) => ({ value, count: n })),
		rok: [...years].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.value - a.value)
	};
}
