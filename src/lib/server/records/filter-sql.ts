/**
 * What each filter of src/lib/domain/filters.ts does in SQL: its clause in the list of practices
 * and in the list of partnerships (null where it does not apply), and how its facet counts.
 * Server-only, apart from the table it follows: the browser loads the filter table (the panel,
 * the builder, the embed's protocol), and SQL with the schema's names, the full-text search and
 * the database client have no business in its bundle.
 */
import type { Db } from '../db';
import { regionOf, type FilterKey, type Filters } from '../../domain/filters';
import { searchIds } from '../search';

export type RecordTable = 'practices' | 'partnerships';

/** What one filter adds to a list query: a WHERE term, or (a text query) the ids in rank order. */
export type SqlPart = { where: string; args: unknown[] } | { ranked: number[] };

type Clause<K extends FilterKey> = (
	value: NonNullable<Filters[K]>,
	filters: Filters,
	db: Db
) => SqlPart | null;

/** The ids a facet counts: the list's records under every filter but the facet's own. */
export interface FacetIds {
	practices(): number[];
	partnerships(): number[];
}

interface FilterSql<K extends FilterKey> {
	practices: Clause<K> | null;
	partnerships: Clause<K> | null;
	facet?: (ids: FacetIds, filters: Filters, db: Db) => unknown;
}

export interface RegionCount {
	code: string;
	name: string;
	count: number;
	/** Label point, for count bubbles on the map. */
	point: [number, number] | null;
}

/** Codes of units inside a region share its prefix: '1206' <= code < '1207'. */
export function regionRange(region: string): [string, string] {
	const next = String(Number(region) + 1).padStart(region.length, '0');
	return [region, next];
}

/** A region filter: only the narrowest region given narrows the list (the member tables are indexed). */
const inRegion =
	(members: string, idColumn: string): Clause<'woj' | 'pow' | 'gmi'> =>
	(value, filters) =>
		regionOf(filters) === value
			? {
					where: `p.id IN (SELECT ${idColumn} FROM ${members} WHERE unit_code >= ? AND unit_code < ?)`,
					args: regionRange(value)
				}
			: null;

const collator = new Intl.Collator('pl');

function regionCounts(
	db: Db,
	ids: FacetIds,
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
			practices: JSON.stringify(ids.practices()),
			partnerships: JSON.stringify(ids.partnerships()),
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

/** Counts of one column's values among the records. */
const valueCounts =
	(table: RecordTable, column: string) =>
	(ids: FacetIds, _filters: Filters, db: Db): { value: string; count: number }[] =>
		[
			...grouped(
				db,
				`SELECT ${column} AS k, count(*) AS n FROM ${table} WHERE id IN (SELECT value FROM json_each(?)) GROUP BY ${column}`,
				ids[table]()
			)
		].map(([value, count]) => ({ value, count }));

/** Practices count in the year they were added; partnerships in every year they ran, to this one. */
function yearCounts(ids: FacetIds, _filters: Filters, db: Db): { value: number; count: number }[] {
	const thisYear = new Date().getFullYear();
	const years = new Map<number, number>();
	for (const [y, n] of grouped(
		db,
		`SELECT substr(date_added, 1, 4) AS k, count(*) AS n FROM practices WHERE id IN (SELECT value FROM json_each(?)) GROUP BY k`,
		ids.practices()
	))
		if (/^\d{4}$/.test(y)) years.set(Number(y), n);
	const spans = db.$client
		.prepare(
			`SELECT start_date, end_date FROM partnerships WHERE id IN (SELECT value FROM json_each(?)) AND start_date IS NOT NULL`
		)
		.all(JSON.stringify(ids.partnerships())) as { start_date: string; end_date: string | null }[];
	for (const span of spans) {
		const start = Number(span.start_date.slice(0, 4));
		const end = Math.min(span.end_date ? Number(span.end_date.slice(0, 4)) : thisYear, thisYear);
		for (let y = start; y <= end; y++) years.set(y, (years.get(y) ?? 0) + 1);
	}
	return [...years].map(([value, count]) => ({ value, count })).sort((a, b) => b.value - a.value);
}

export const FILTER_SQL = {
	woj: {
		practices: inRegion('practice_units', 'practice_id'),
		partnerships: inRegion('partnership_members', 'partnership_id'),
		facet: (ids: FacetIds, _f: Filters, db: Db) => regionCounts(db, ids, 2, null)
	},
	pow: {
		practices: inRegion('practice_units', 'practice_id'),
		partnerships: inRegion('partnership_members', 'partnership_id'),
		facet: (ids: FacetIds, f: Filters, db: Db) =>
			f.woj || f.pow || f.gmi
				? regionCounts(db, ids, 4, f.woj ?? (f.pow ?? f.gmi)!.slice(0, 2))
				: []
	},
	gmi: {
		practices: inRegion('practice_units', 'practice_id'),
		partnerships: inRegion('partnership_members', 'partnership_id'),
		facet: (ids: FacetIds, f: Filters, db: Db) =>
			f.pow || f.gmi ? regionCounts(db, ids, 7, f.pow ?? f.gmi!.slice(0, 4)) : []
	},
	kat: {
		practices: (value) => ({ where: 'p.section = ?', args: [value] }),
		partnerships: null,
		facet: valueCounts('practices', 'section')
	},
	typ: {
		practices: null,
		partnerships: (value) => ({ where: 'p.kind = ?', args: [value] }),
		facet: valueCounts('partnerships', 'kind')
	},
	rok: {
		// A practice counts from the year it was added to the year it was last updated.
		practices: (value) => ({
			where: `CAST(substr(p.date_added, 1, 4) AS INTEGER) <= ? AND CAST(substr(coalesce(p.date_updated, p.date_added), 1, 4) AS INTEGER) >= ?`,
			args: [value, value]
		}),
		partnerships: (value) => ({
			where: `(p.start_date IS NULL OR CAST(substr(p.start_date, 1, 4) AS INTEGER) <= ?) AND (p.end_date IS NULL OR CAST(substr(p.end_date, 1, 4) AS INTEGER) >= ?) AND (p.start_date IS NOT NULL OR p.end_date IS NOT NULL)`,
			args: [value, value]
		}),
		facet: yearCounts
	},
	q: {
		// Through FTS5, whose ranking also orders the list.
		practices: (value, _f, db) => ({ ranked: [...searchIds(db, 'practice', value).keys()] }),
		partnerships: (value, _f, db) => ({ ranked: [...searchIds(db, 'partnership', value).keys()] })
	}
} satisfies { [K in FilterKey]: FilterSql<K> };

type WithFacet = {
	[K in FilterKey]: (typeof FILTER_SQL)[K] extends { facet: unknown } ? K : never;
}[FilterKey];

/** Counts beside every choice of each filter that has a facet. */
export type Facets = {
	[K in WithFacet]: ReturnType<(typeof FILTER_SQL)[K]['facet']>;
};

/** The clause of filter `key` in `table`'s list, if the filter is set and applies there. */
export function clauseOf(key: FilterKey, table: RecordTable, filters: Filters, db: Db) {
	const value = filters[key];
	const clause = FILTER_SQL[key][table] as Clause<FilterKey> | null;
	return value && clause ? clause(value, filters, db) : null;
}
