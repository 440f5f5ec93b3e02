/**
 * The SQL of the filtered lists of practices and partnerships (the WHERE built from the filter
 * table's clauses, the order, the page), with the counts, ids and map points taken from it.
 */
import { getDb, type Db } from '../db';
import type { Filters } from '../../domain/filters';
import { FILTER_KEYS, regionOf } from '../../domain/filters';
import { clauseOf, regionRange, type RecordTable } from './filter-sql';

export interface ListOptions {
	/** At most this many (all when absent), after skipping `offset`. */
	limit?: number;
	offset?: number;
	ids?: number[];
	/** Practices: only those linked to this partnership. */
	partnershipId?: number;
	/**
	 * Only records within [west, south, east, north] (lon/lat): a practice whose point lies in it,
	 * a partnership whose area's bounding box meets it (the OGC API's `bbox`).
	 */
	bbox?: [number, number, number, number];
}

interface Query {
	from: string;
	where: string[];
	args: unknown[];
	order: string;
}

/**
 * The WHERE of a filtered list: each set filter's clause from src/lib/server/records/filter-sql.ts.
 * Region filters go through the indexed member tables (IN, not a correlated EXISTS), a text query
 * through FTS5, whose ranking also orders the result.
 */
function listQuery(table: RecordTable, filters: Filters, db: Db, opts: ListOptions): Query {
	const where = [`p.status = 'published'`];
	const args: unknown[] = [];
	let from = `${table} p`;
	let order = 'p.sort_key, p.id';
	if (opts.ids) {
		where.push(`p.id IN (SELECT value FROM json_each(?))`);
		args.push(JSON.stringify(opts.ids));
	}
	if (table === 'practices' && opts.partnershipId !== undefined) {
		where.push(`p.id IN (SELECT practice_id FROM practice_partnerships WHERE partnership_id = ?)`);
		args.push(opts.partnershipId);
	}
	if (opts.bbox) {
		const [w, s, e, n] = opts.bbox;
		if (table === 'practices') {
			where.push(
				`p.unit_code IN (SELECT code FROM units WHERE label_lon BETWEEN ? AND ? AND label_lat BETWEEN ? AND ?)`
			);
			args.push(w, e, s, n);
		} else {
			where.push(`p.max_lon >= ? AND p.min_lon <= ? AND p.max_lat >= ? AND p.min_lat <= ?`);
			args.push(w, e, s, n);
		}
	}
	for (const key of FILTER_KEYS) {
		const part = clauseOf(key, table, filters, db);
		if (!part) continue;
		if ('ranked' in part) {
			// CROSS JOIN keeps the ranked ids as the outer loop (SQLite would otherwise scan the table).
			from = `json_each(?) r CROSS JOIN ${table} p ON p.id = r.value`;
			args.unshift(JSON.stringify(part.ranked));
			order = 'r.key';
		} else {
			where.push(part.where);
			args.push(...part.args);
		}
	}
	return { from, where, args, order };
}

const practiceQuery = (filters: Filters, db: Db, opts: ListOptions) =>
	listQuery('practices', filters, db, opts);
const partnershipQuery = (filters: Filters, db: Db, opts: ListOptions) =>
	listQuery('partnerships', filters, db, opts);

function page(opts: ListOptions): { sql: string; args: number[] } {
	if (opts.limit === undefined) return { sql: '', args: [] };
	return { sql: ' LIMIT ? OFFSET ?', args: [opts.limit, opts.offset ?? 0] };
}

/**
 * The rows of a filtered list (a page of them when `opts.limit` is set): SELECT `columns(inRegion)`
 * FROM the list's tables and `join`. With a region filter `inRegion` is true and the region's unit
 * code range binds the first two `?` of the columns.
 */
export function listRows<R>(
	table: RecordTable,
	filters: Filters,
	db: Db,
	opts: ListOptions,
	columns: (inRegion: boolean) => string,
	join = ''
): R[] {
	const q = listQuery(table, filters, db, opts);
	const region = regionOf(filters);
	const range = region ? regionRange(region) : null;
	const limit = page(opts);
	return db.$client
		.prepare(
			`SELECT ${columns(range !== null)} FROM ${q.from}${join}
			WHERE ${q.where.join(' AND ')} ORDER BY ${q.order}${limit.sql}`
		)
		.all(...(range ?? []), ...q.args, ...limit.args) as R[];
}

function count(db: Db, q: Query): number {
	return (
		db.$client
			.prepare(`SELECT count(*) AS n FROM ${q.from} WHERE ${q.where.join(' AND ')}`)
			.get(...q.args) as { n: number }
	).n;
}

function ids(db: Db, q: Query): number[] {
	return (
		db.$client
			.prepare(`SELECT p.id FROM ${q.from} WHERE ${q.where.join(' AND ')}`)
			.all(...q.args) as { id: number }[]
	).map((r) => r.id);
}

export function countPractices(filters: Filters, db: Db = getDb(), opts: ListOptions = {}): number {
	return count(db, practiceQuery(filters, db, opts));
}

export function practiceIds(filters: Filters, db: Db = getDb(), opts: ListOptions = {}): number[] {
	return ids(db, practiceQuery(filters, db, opts));
}

export function countPartnerships(
	filters: Filters,
	db: Db = getDb(),
	opts: ListOptions = {}
): number {
	return count(db, partnershipQuery(filters, db, opts));
}

export function partnershipIds(
	filters: Filters,
	db: Db = getDb(),
	opts: ListOptions = {}
): number[] {
	return ids(db, partnershipQuery(filters, db, opts));
}

/** Every matching practice as [id, lon, lat], for the map's markers. */
export function practicePoints(
	filters: Filters,
	db: Db = getDb(),
	opts: ListOptions = {}
): [number, number, number][] {
	const q = practiceQuery(filters, db, opts);
	const rows = db.$client
		.prepare(
			`SELECT p.id, u.label_lon AS lon, u.label_lat AS lat FROM ${q.from}
			JOIN units u ON u.code = p.unit_code WHERE ${q.where.join(' AND ')} AND u.label_lon IS NOT NULL`
		)
		.all(...q.args) as { id: number; lon: number; lat: number }[];
	return rows.map((r) => [r.id, r.lon, r.lat]);
}
