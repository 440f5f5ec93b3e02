/**
 * Queries about administrative units. Prepared statements, created once per database.
 */
import type { Geometry } from 'geojson';
import { getDb, type Db } from './db';
import { unitTypeLabel, type Level } from '../teryt';
import { createUnitIndex, type UnitIndex, type UnitRef as MatchUnitRef } from '../units/match';

type Row = {
	code: string;
	level: Level;
	name: string;
	gmina_type: number | null;
	woj_code: string;
	pow_code: string | null;
	label_lon: number | null;
	label_lat: number | null;
	min_lon: number | null;
	min_lat: number | null;
	max_lon: number | null;
	max_lat: number | null;
	area_km2: number | null;
	population: number | null;
	population_year: number | null;
	has_geometry: number;
};

const COLUMNS = `code, level, name, gmina_type, woj_code, pow_code, label_lon, label_lat,
	min_lon, min_lat, max_lon, max_lat, area_km2, population, population_year, has_geometry`;

export interface UnitRef {
	code: string;
	name: string;
	level: Level;
}

export interface UnitSummary extends UnitRef {
	type: string;
	typeEn: string;
	gminaType: number | null;
	areaKm2: number | null;
	population: number | null;
	populationYear: number | null;
	labelPoint: [number, number] | null;
	bbox: [number, number, number, number] | null;
	hasGeometry: boolean;
	parents: UnitRef[];
}

export interface UnitDetail extends UnitSummary {
	children: { level: Level; count: number } | null;
	geometry?: Geometry | null;
}

function statements(db: Db) {
	const c = db.$client;
	return {
		byCode: c.prepare(`SELECT ${COLUMNS} FROM units WHERE code = ?`),
		geometry: c.prepare(`SELECT geometry FROM units WHERE code = ?`),
		names: c.prepare(`SELECT code, name, level FROM units WHERE level IN ('woj', 'pow')`),
		byLevel: c.prepare(`SELECT ${COLUMNS} FROM units WHERE level = ?`),
		byLevelInWoj: c.prepare(`SELECT ${COLUMNS} FROM units WHERE level = ? AND woj_code = ?`),
		byLevelInPow: c.prepare(`SELECT ${COLUMNS} FROM units WHERE level = ? AND pow_code = ?`),
		gminyOfPowiat: c.prepare(
			`SELECT count(*) AS n FROM units WHERE level = 'gmi' AND pow_code = ?`
		),
		powiatyOfWoj: c.prepare(`SELECT count(*) AS n FROM units WHERE level = 'pow' AND woj_code = ?`)
	};
}

const cache = new WeakMap<
	Db,
	{ stmts: ReturnType<typeof statements>; parents: Map<string, UnitRef> }
>();

function ctx(db: Db) {
	let entry = cache.get(db);
	if (!entry) {
		const stmts = statements(db);
		const parents = new Map(
			(stmts.names.all() as UnitRef[]).map((u) => [
				u.code,
				{ code: u.code, name: u.name, level: u.level }
			])
		);
		entry = { stmts, parents };
		cache.set(db, entry);
	}
	return entry;
}

const collator = new Intl.Collator('pl');

function toSummary(r: Row, parents: Map<string, UnitRef>): UnitSummary {
	const parentCodes =
		r.level === 'gmi' ? [r.woj_code, r.pow_code!] : r.level === 'pow' ? [r.woj_code] : [];
	return {
		code: r.code,
		name: r.name,
		level: r.level,
		type: unitTypeLabel({ code: r.code, level: r.level, gminaType: r.gmina_type }, 'pl'),
		typeEn: unitTypeLabel({ code: r.code, level: r.level, gminaType: r.gmina_type }, 'en'),
		gminaType: r.gmina_type,
		areaKm2: r.area_km2,
		population: r.population,
		populationYear: r.population_year,
		labelPoint: r.label_lon === null ? null : [r.label_lon, r.label_lat!],
		bbox: r.min_lon === null ? null : [r.min_lon, r.min_lat!, r.max_lon!, r.max_lat!],
		hasGeometry: r.has_geometry === 1,
		parents: parentCodes.map((c) => parents.get(c)).filter((p): p is UnitRef => !!p)
	};
}

export function getUnit(
	code: string,
	opts: { geometry?: boolean } = {},
	db = getDb()
): UnitDetail | null {
	const { stmts, parents } = ctx(db);
	const row = stmts.byCode.get(code) as Row | undefined;
	if (!row) return null;
	const unit: UnitDetail = { ...toSummary(row, parents), children: null };
	if (row.level === 'woj')
		unit.children = { level: 'pow', count: (stmts.powiatyOfWoj.get(code) as { n: number }).n };
	if (row.level === 'pow')
		unit.children = { level: 'gmi', count: (stmts.gminyOfPowiat.get(code) as { n: number }).n };
	if (opts.geometry) {
		const g = stmts.geometry.get(code) as { geometry: string | null };
		unit.geometry = g.geometry ? (JSON.parse(g.geometry) as Geometry) : null;
	}
	return unit;
}

/** Units of one level, optionally inside a parent (województwo or powiat), in Polish order. */
export function listUnits(level: Level, parent: string | null, db = getDb()): UnitSummary[] {
	const { stmts, parents } = ctx(db);
	const rows = (
		parent === null
			? stmts.byLevel.all(level)
			: parent.length === 2
				? stmts.byLevelInWoj.all(level, parent)
				: stmts.byLevelInPow.all(level, parent)
	) as Row[];
	return rows
		.map((r) => toSummary(r, parents))
		.sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}

export function unitExists(code: string, db = getDb()): boolean {
	return ctx(db).stmts.byCode.get(code) !== undefined;
}

const indexes = new WeakMap<Db, UnitIndex>();

/** The unit register as the name matcher reads it (src/lib/units/match.ts), built once per database. */
export function unitIndex(db = getDb()): UnitIndex {
	let index = indexes.get(db);
	if (!index) {
		const refs = (
			db.$client
				.prepare('SELECT code, level, name, woj_code AS wojCode, pow_code AS powCode FROM units')
				.all() as MatchUnitRef[]
		).map((u) => ({ ...u }));
		index = createUnitIndex(refs);
		indexes.set(db, index);
	}
	return index;
}
