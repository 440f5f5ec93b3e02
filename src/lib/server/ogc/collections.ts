/**
 * The collections of the OGC API – Features at /ogc (https://docs.ogc.org/is/17-069r4/17-069r4.html):
 * practices and partnerships (the API's lists, with their filters as queryables) and the three
 * levels of administrative units. Each says what it holds, its extent, its queryables and how to
 * read its items; the routes under src/routes/(machine)/ogc only speak HTTP.
 */
import type { Geometry } from 'geojson';
import type { Db } from '../db';
import { FILTERS, type FilterKey, type Filters, EMPTY_FILTERS } from '../../domain/filters';
import { FILTER_SQL, type RecordTable } from '../records/filter-sql';
import { FILTER_SCHEMA } from '../../docs/api';
import {
	countPartnerships,
	countPractices,
	listPartnerships,
	listPractices
} from '../records/read';
import { partnershipFeatures, practiceFeatures, type ExportFeature } from '../api/export-rows';
import { asMultiPolygon } from '../../geo/rfc7946';
import { unitTypeLabel, type Level } from '../../teryt';

export type BBox = [number, number, number, number];

/** A queryable: a parameter of the items, and its JSON Schema (OGC API – Features, Part 3). */
export interface Queryable {
	key: string;
	title: { pl: string; en: string };
	schema: Record<string, unknown>;
}

export interface ItemsQuery {
	limit: number;
	offset: number;
	bbox: BBox | null;
	/** The queryables' values, already checked against their schema (query.ts). */
	filters: Filters;
}

export interface Collection {
	id: string;
	title: { pl: string; en: string };
	description: { pl: string; en: string };
	geometryType: 'Point' | 'MultiPolygon';
	queryables: Queryable[];
	extent(db: Db): BBox | null;
	items(
		q: ItemsQuery,
		origin: string,
		db: Db
	): { matched: number; features: ExportFeature<object>[] };
	item(fid: string, origin: string, db: Db): ExportFeature<object> | null;
}

const TEXT_TITLE = { pl: 'Szukaj w tekście', en: 'Full-text search' };

/** The filters that apply to `table` (their SQL is not null there), as queryables. */
function filterQueryables(table: RecordTable): Queryable[] {
	return (Object.keys(FILTER_SCHEMA) as FilterKey[])
		.filter((key) => FILTER_SQL[key][table] !== null)
		.map((key) => ({
			key,
			title: FILTERS[key].label ?? TEXT_TITLE,
			schema: FILTER_SCHEMA[key]
		}));
}

/** The bounding box of every row of `sql` (which selects min_lon, min_lat, max_lon, max_lat). */
function extentOf(db: Db, sql: string, ...args: unknown[]): BBox | null {
	const r = db.$client
		.prepare(
			`SELECT min(min_lon) AS w, min(min_lat) AS s, max(max_lon) AS e, max(max_lat) AS n FROM (${sql})`
		)
		.get(...args) as { w: number | null; s: number; e: number; n: number };
	return r.w === null ? null : [r.w, r.s, r.e, r.n];
}

const practices: Collection = {
	id: 'praktyki',
	title: { pl: 'Dobre praktyki', en: 'Good practices' },
	description: {
		pl: 'Dobre praktyki samorządów, każda w punkcie swojej gminy (TERYT).',
		en: 'Good practices of local governments, each at the point of its gmina (TERYT).'
	},
	geometryType: 'Point',
	queryables: filterQueryables('practices'),
	extent: (db) =>
		extentOf(
			db,
			`SELECT u.label_lon AS min_lon, u.label_lat AS min_lat, u.label_lon AS max_lon, u.label_lat AS max_lat
			FROM practices p JOIN units u ON u.code = p.unit_code WHERE p.status = 'published'`
		),
	items(q, origin, db) {
		const opts = { limit: q.limit, offset: q.offset, bbox: q.bbox ?? undefined };
		return {
			matched: countPractices(q.filters, db, { bbox: opts.bbox }),
			features: practiceFeatures(listPractices(q.filters, db, opts), origin)
		};
	},
	item(fid, origin, db) {
		if (!/^\d{1,9}$/.test(fid)) return null;
		const list = listPractices(EMPTY_FILTERS, db, { ids: [Number(fid)] });
		return list.length ? practiceFeatures(list, origin)[0] : null;
	}
};

const partnerships: Collection = {
	id: 'partnerstwa',
	title: { pl: 'Partnerstwa samorządów', en: 'Partnerships of local governments' },
	description: {
		pl: 'Partnerstwa (obszary funkcjonalne, związki, LGD, ZIT, projekty), każde jako połączony obszar gmin członkowskich.',
		en: 'Partnerships (functional areas, unions, LEADER groups, ZIT, projects), each as the merged area of its member gminy.'
	},
	geometryType: 'MultiPolygon',
	queryables: filterQueryables('partnerships'),
	extent: (db) =>
		extentOf(
			db,
			`SELECT min_lon, min_lat, max_lon, max_lat FROM partnerships WHERE status = 'published'`
		),
	items(q, origin, db) {
		const opts = { limit: q.limit, offset: q.offset, bbox: q.bbox ?? undefined };
		return {
			matched: countPartnerships(q.filters, db, { bbox: opts.bbox }),
			features: partnershipFeatures(listPartnerships(q.filters, db, opts), origin, db)
		};
	},
	item(fid, origin, db) {
		if (!/^\d{1,9}$/.test(fid)) return null;
		const list = listPartnerships(EMPTY_FILTERS, db, { ids: [Number(fid)] });
		return list.length ? partnershipFeatures(list, origin, db)[0] : null;
	}
};

interface UnitRow {
	code: string;
	name: string;
	level: Level;
	gmina_type: number | null;
	woj_code: string;
	pow_code: string | null;
	area_km2: number | null;
	population: number | null;
	population_year: number | null;
	geometry: string | null;
}

/** A unit as an item: flat properties, its boundary a MultiPolygon by the right-hand rule. */
function unitFeature(r: UnitRow, origin: string): ExportFeature<object> {
	return {
		id: r.code,
		geometry: asMultiPolygon(r.geometry ? (JSON.parse(r.geometry) as Geometry) : null),
		properties: {
			teryt: r.code,
			name: r.name,
			type: unitTypeLabel({ code: r.code, level: r.level, gminaType: r.gmina_type }),
			powiat: r.level === 'gmi' ? r.pow_code : null,
			wojewodztwo: r.level === 'woj' ? null : r.woj_code,
			areaKm2: r.area_km2,
			population: r.population,
			populationYear: r.population_year,
			url: `${origin}/?${r.level}=${r.code}`
		}
	};
}

const UNIT_QUERYABLES: Record<Level, FilterKey[]> = { woj: [], pow: ['woj'], gmi: ['woj', 'pow'] };

function units(id: string, level: Level, title: Collection['title']): Collection {
	const where = (q: ItemsQuery | null) => {
		const parts = ['level = ?'];
		const args: unknown[] = [level];
		for (const [key, column] of [
			['woj', 'woj_code'],
			['pow', 'pow_code']
		] as const) {
			const value = q?.filters[key];
			if (!value) continue;
			parts.push(`${column} = ?`);
			args.push(value);
		}
		if (q?.bbox) {
			const [w, s, e, n] = q.bbox;
			parts.push('max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?');
			args.push(w, e, s, n);
		}
		return { sql: parts.join(' AND '), args };
	};
	const COLUMNS = `code, name, level, gmina_type, woj_code, pow_code, area_km2, population,
		population_year, geometry`;
	return {
		id,
		title,
		description: {
			pl: `${title.pl} według rejestru TERC 2026, z granicami PRG (TERYT jako identyfikator).`,
			en: `${title.en} of the TERC 2026 register, with PRG boundaries (TERYT as the identifier).`
		},
		geometryType: 'MultiPolygon',
		queryables: UNIT_QUERYABLES[level].map((key) => ({
			key,
			title: FILTERS[key].label!,
			schema: FILTER_SCHEMA[key]
		})),
		extent: (db) =>
			extentOf(db, `SELECT min_lon, min_lat, max_lon, max_lat FROM units WHERE level = ?`, level),
		items(q, origin, db) {
			const w = where(q);
			const matched = (
				db.$client.prepare(`SELECT count(*) AS n FROM units WHERE ${w.sql}`).get(...w.args) as {
					n: number;
				}
			).n;
			const rows = db.$client
				.prepare(`SELECT ${COLUMNS} FROM units WHERE ${w.sql} ORDER BY code LIMIT ? OFFSET ?`)
				.all(...w.args, q.limit, q.offset) as UnitRow[];
			return { matched, features: rows.map((r) => unitFeature(r, origin)) };
		},
		item(fid, origin, db) {
			const r = db.$client
				.prepare(`SELECT ${COLUMNS} FROM units WHERE level = ? AND code = ?`)
				.get(level, fid) as UnitRow | undefined;
			return r ? unitFeature(r, origin) : null;
		}
	};
}

/** The collections, in the order the landing page and /collections list them. */
export const COLLECTIONS: readonly Collection[] = [
	practices,
	partnerships,
	units('gminy', 'gmi', { pl: 'Gminy', en: 'Gminy (municipalities)' }),
	units('powiaty', 'pow', { pl: 'Powiaty', en: 'Powiaty (counties)' }),
	units('wojewodztwa', 'woj', { pl: 'Województwa', en: 'Voivodeships' })
];

export function collectionById(id: string): Collection | null {
	return COLLECTIONS.find((c) => c.id === id) ?? null;
}
