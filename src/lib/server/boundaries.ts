/**
 * The units table follows the bundled boundary files (data/boundaries/): the rows they give
 * (`unitRowsOf`), the files' content hash (the boundaries' data version), and bringing a database
 * that holds older units up to date (`refreshUnits`), in one transaction: units added, changed and
 * removed; references to a removed unit moved to its successor (data/boundaries/recodes.csv, written
 * by `npm run data:prg`); the merged areas of the partnerships whose members changed recomputed
 * (partnerships/area.ts). A removed unit that something still refers to and that has no successor
 * is never dropped silently: `unitReferences` names who refers to it; `refreshUnits` keeps such a
 * unit (`keepOrphans`, the start-up) or refuses the whole refresh.
 * Run by the start-up (db/seed.ts) when the files changed, and by scripts/prg-refresh.ts.
 */
import { createHash } from 'node:crypto';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { readCsvObjects } from '../csv';
import { bboxOf, roundBBox } from '../geo/bbox';
import { BOUNDARIES_VERSION, dataVersion, setVersion } from './db/versions';
import { recomputeArea } from './partnerships/area';
import type { Db } from './db';

const POPULATION_YEAR = 2020;

export interface UnitRow {
	code: string;
	level: 'woj' | 'pow' | 'gmi';
	name: string;
	gminaType: number | null;
	wojCode: string;
	powCode: string | null;
	geometry: Polygon | MultiPolygon | null;
	labelLon: number | null;
	labelLat: number | null;
	minLon: number | null;
	minLat: number | null;
	maxLon: number | null;
	maxLat: number | null;
	areaKm2: number | null;
	population: number | null;
	populationYear: number | null;
	hasGeometry: boolean;
}

/** The units table's rows from the texts of poland.topo.json and units.csv. */
export function unitRowsOf(topoText: string, unitsText: string): UnitRow[] {
	const topo = JSON.parse(topoText) as Topology;
	const geometries = new Map<string, Polygon | MultiPolygon>();
	for (const name of ['wojewodztwa', 'powiaty', 'gminy']) {
		const fc = feature(topo, topo.objects[name] as GeometryCollection<{ terc: string }>);
		for (const f of fc.features) geometries.set(f.properties.terc, f.geometry as Polygon);
	}
	return readCsvObjects(unitsText).map((r) => {
		const geometry = geometries.get(r.code) ?? null;
		const bbox = geometry ? roundBBox(bboxOf(geometry)) : null;
		const num = (v: string) => (v === '' ? null : Number(v));
		return {
			code: r.code,
			level: r.level as 'woj' | 'pow' | 'gmi',
			name: r.name,
			gminaType: num(r.rodz),
			wojCode: r.woj,
			powCode: r.pow || null,
			geometry,
			labelLon: num(r.label_lon),
			labelLat: num(r.label_lat),
			minLon: bbox?.[0] ?? null,
			minLat: bbox?.[1] ?? null,
			maxLon: bbox?.[2] ?? null,
			maxLat: bbox?.[3] ?? null,
			areaKm2: num(r.area_km2),
			population: num(r.population),
			populationYear: r.population ? POPULATION_YEAR : null,
			hasGeometry: r.has_geometry === '1'
		};
	});
}

/** The boundaries' data version for these files: the same files give the same version. */
export function bundleVersion(topoText: string, unitsText: string): string {
	return createHash('sha256').update(topoText).update(unitsText).digest('hex').slice(0, 12);
}

/** Whether the database's units were loaded from exactly these files (and not written since). */
export function unitsAreFrom(db: Db, topoText: string, unitsText: string): boolean {
	return dataVersion(db, BOUNDARIES_VERSION) === bundleVersion(topoText, unitsText);
}

/** old code → new codes (a unit split between two has two rows). */
export type RecodeTable = Map<string, string[]>;

/** recodes.csv (old,new,…) as a table; later rows of the same old code add successors. */
export function parseRecodes(text: string): RecodeTable {
	const table: RecodeTable = new Map();
	for (const r of readCsvObjects(text)) {
		if (!r.old || !r.new) continue;
		const list = table.get(r.old) ?? [];
		if (!list.includes(r.new)) list.push(r.new);
		table.set(r.old, list);
	}
	return table;
}

/** The codes of `codes` that a removed `old` became, following recodes of later years. */
export function successorsOf(old: string, recodes: RecodeTable, codes: Set<string>): string[] {
	const out = new Set<string>();
	const walk = (code: string, seen: Set<string>) => {
		if (codes.has(code)) return void out.add(code);
		if (seen.has(code)) return;
		seen.add(code);
		for (const next of recodes.get(code) ?? []) walk(next, seen);
	};
	walk(old, new Set());
	return [...out];
}

/** Who refers to a unit: the records and accounts a refresh must not leave pointing nowhere. */
export interface UnitReference {
	code: string;
	/** 'partnership' | 'practice' | 'practice partner' | 'editor' | 'submission' */
	kind: string;
	id: number;
	/** Slug of a record, e-mail of an editor. */
	label: string;
}

export function unitReferences(db: Db, codes: string[]): UnitReference[] {
	if (!codes.length) return [];
	const c = db.$client;
	const list = JSON.stringify(codes);
	const q = (kind: string, sql: string) =>
		(c.prepare(sql).all(list) as { code: string; id: number; label: string }[]).map((r) => ({
			...r,
			kind
		}));
	const inList = `IN (SELECT value FROM json_each(?))`;
	return [
		...q(
			'partnership',
			`SELECT m.unit_code AS code, p.id, p.slug AS label FROM partnership_members m
			JOIN partnerships p ON p.id = m.partnership_id WHERE m.unit_code ${inList}`
		),
		...q(
			'practice',
			`SELECT code, id, label FROM (SELECT unit_code AS code, id, slug AS label FROM practices
			UNION SELECT u.unit_code, p.id, p.slug FROM practice_units u JOIN practices p ON p.id = u.practice_id)
			WHERE code ${inList}`
		),
		...q(
			'practice partner',
			`SELECT pp.unit_code AS code, p.id, p.slug || ': ' || pp.name AS label FROM practice_partners pp
			JOIN practices p ON p.id = pp.practice_id WHERE pp.unit_code ${inList}`
		),
		...q(
			'editor',
			`SELECT uu.unit_code AS code, u.id, u.email AS label FROM user_units uu
			JOIN users u ON u.id = uu.user_id WHERE uu.unit_code ${inList}`
		),
		...q(
			'submission',
			`SELECT j.value AS code, s.id, s.status AS label FROM submissions s, json_each(s.units) j
			WHERE j.value ${inList}`
		)
	];
}

export interface RefreshResult {
	added: string[];
	changed: string[];
	removed: string[];
	/** Removed units that are still referred to and have no successor: kept in the table. */
	kept: string[];
	orphans: UnitReference[];
	/** References moved to a successor. */
	recoded: (UnitReference & { to: string[] })[];
	/** Partnerships whose merged area was recomputed. */
	recomputed: number[];
}

export class RefreshRefused extends Error {
	constructor(readonly orphans: UnitReference[]) {
		super(
			`Jednostki usunięte bez następcy, do których coś się odnosi / removed units with no successor that something refers to: ` +
				orphans.map((o) => `${o.code} (${o.kind} ${o.label})`).join(', ')
		);
	}
}

/**
 * Brings the units table to the files' rows in one transaction (nothing is written when it
 * throws). `onProgress(done, total)` is called while merged areas are recomputed.
 */
export function refreshUnits(
	db: Db,
	files: { topoText: string; unitsText: string },
	recodes: RecodeTable,
	options: { keepOrphans?: boolean; onProgress?: (done: number, total: number) => void } = {}
): RefreshResult {
	const c = db.$client;
	const rows = unitRowsOf(files.topoText, files.unitsText);
	const codes = new Set(rows.map((r) => r.code));
	const current = new Map(
		(c.prepare('SELECT * FROM units').all() as Record<string, unknown>[]).map((r) => [
			r.code as string,
			r
		])
	);
	const removed = [...current.keys()].filter((code) => !codes.has(code));
	const successors = new Map(removed.map((code) => [code, successorsOf(code, recodes, codes)]));
	const orphanCodes = removed.filter((code) => !successors.get(code)!.length);
	const orphans = unitReferences(db, orphanCodes);
	if (orphans.length && !options.keepOrphans) throw new RefreshRefused(orphans);
	const kept = [...new Set(orphans.map((o) => o.code))];
	const result: RefreshResult = {
		added: [],
		changed: [],
		removed: removed.filter((code) => !kept.includes(code)),
		kept,
		orphans,
		recoded: [],
		recomputed: []
	};
	const upsert = c.prepare(
		`INSERT INTO units (code, level, name, gmina_type, woj_code, pow_code, geometry, label_lon,
		label_lat, min_lon, min_lat, max_lon, max_lat, area_km2, population, population_year, has_geometry)
		VALUES (@code, @level, @name, @gminaType, @wojCode, @powCode, @geometry, @labelLon, @labelLat,
		@minLon, @minLat, @maxLon, @maxLat, @areaKm2, @population, @populationYear, @hasGeometry)
		ON CONFLICT (code) DO UPDATE SET level = excluded.level, name = excluded.name,
		gmina_type = excluded.gmina_type, woj_code = excluded.woj_code, pow_code = excluded.pow_code,
		geometry = excluded.geometry, label_lon = excluded.label_lon, label_lat = excluded.label_lat,
		min_lon = excluded.min_lon, min_lat = excluded.min_lat, max_lon = excluded.max_lon,
		max_lat = excluded.max_lat, area_km2 = excluded.area_km2, population = excluded.population,
		population_year = excluded.population_year, has_geometry = excluded.has_geometry`
	);
	const columns: [string, keyof UnitRow][] = [
		['level', 'level'],
		['name', 'name'],
		['gmina_type', 'gminaType'],
		['woj_code', 'wojCode'],
		['pow_code', 'powCode'],
		['geometry', 'geometry'],
		['label_lon', 'labelLon'],
		['label_lat', 'labelLat'],
		['area_km2', 'areaKm2'],
		['population', 'population'],
		['population_year', 'populationYear'],
		['has_geometry', 'hasGeometry']
	];
	const reshaped = new Set<string>();
	c.transaction(() => {
		for (const row of rows) {
			const params = {
				...row,
				geometry: row.geometry ? JSON.stringify(row.geometry) : null,
				hasGeometry: row.hasGeometry ? 1 : 0
			};
			const old = current.get(row.code);
			if (old) {
				const same = columns.every(
					([col, key]) => old[col] === (params as Record<string, unknown>)[key]
				);
				if (same) continue;
				result.changed.push(row.code);
				if (old.geometry !== params.geometry) reshaped.add(row.code);
			} else {
				result.added.push(row.code);
				reshaped.add(row.code);
			}
			upsert.run(params);
		}
		const affected = new Set<number>();
		for (const [old, to] of successors) {
			if (!to.length) continue;
			for (const ref of unitReferences(db, [old])) {
				moveReference(db, ref, to);
				result.recoded.push({ ...ref, to });
				if (ref.kind === 'partnership') affected.add(ref.id);
			}
		}
		const drop = c.prepare('DELETE FROM units WHERE code = ?');
		for (const code of result.removed) drop.run(code);
		const touched = c
			.prepare(
				`SELECT DISTINCT partnership_id AS id FROM partnership_members
				WHERE unit_code IN (SELECT value FROM json_each(?))`
			)
			.all(JSON.stringify([...reshaped])) as { id: number }[];
		for (const { id } of touched) affected.add(id);
		const ids = [...affected].sort((a, b) => a - b);
		ids.forEach((id, i) => {
			recomputeArea(db, id);
			options.onProgress?.(i + 1, ids.length);
		});
		result.recomputed = ids;
		setVersion(db, BOUNDARIES_VERSION, bundleVersion(files.topoText, files.unitsText));
	})();
	return result;
}

/** Points one reference at the successors of its unit (a list keeps one row per unit). */
function moveReference(db: Db, ref: UnitReference, to: string[]): void {
	const c = db.$client;
	const [first] = to;
	const old = ref.code;
	if (ref.kind === 'partnership') {
		const row = c
			.prepare(
				'SELECT role, joined, left FROM partnership_members WHERE partnership_id = ? AND unit_code = ?'
			)
			.get(ref.id, old) as { role: string; joined: string | null; left: string | null };
		c.prepare('DELETE FROM partnership_members WHERE partnership_id = ? AND unit_code = ?').run(
			ref.id,
			old
		);
		for (const code of to)
			c.prepare(
				`INSERT INTO partnership_members (partnership_id, unit_code, role, joined, left)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (partnership_id, unit_code) DO UPDATE SET
				role = CASE WHEN excluded.role = 'leader' THEN 'leader' ELSE role END`
			).run(ref.id, code, row.role, row.joined, row.left);
	} else if (ref.kind === 'practice') {
		c.prepare('UPDATE practices SET unit_code = ? WHERE id = ? AND unit_code = ?').run(
			first,
			ref.id,
			old
		);
		const row = c
			.prepare('SELECT role FROM practice_units WHERE practice_id = ? AND unit_code = ?')
			.get(ref.id, old) as { role: string } | undefined;
		if (!row) return;
		c.prepare('DELETE FROM practice_units WHERE practice_id = ? AND unit_code = ?').run(
			ref.id,
			old
		);
		for (const code of to)
			c.prepare(
				`INSERT INTO practice_units (practice_id, unit_code, role) VALUES (?, ?, ?)
				ON CONFLICT (practice_id, unit_code) DO UPDATE SET
				role = CASE WHEN excluded.role = 'location' THEN 'location' ELSE role END`
			).run(ref.id, code, row.role);
	} else if (ref.kind === 'practice partner') {
		c.prepare(
			'UPDATE practice_partners SET unit_code = ? WHERE practice_id = ? AND unit_code = ?'
		).run(first, ref.id, old);
	} else if (ref.kind === 'editor') {
		c.prepare('DELETE FROM user_units WHERE user_id = ? AND unit_code = ?').run(ref.id, old);
		for (const code of to)
			c.prepare('INSERT OR IGNORE INTO user_units (user_id, unit_code) VALUES (?, ?)').run(
				ref.id,
				code
			);
	} else if (ref.kind === 'submission') {
		const row = c.prepare('SELECT units FROM submissions WHERE id = ?').get(ref.id) as {
			units: string;
		};
		const list = (JSON.parse(row.units) as string[]).flatMap((code) =>
			code === old ? to : [code]
		);
		c.prepare('UPDATE submissions SET units = ? WHERE id = ?').run(
			JSON.stringify([...new Set(list)]),
			ref.id
		);
	}
}
