/**
 * What the two builders of data/boundaries share (scripts/build-boundaries.ts from the shared
 * 2020 sources, scripts/prg-refresh.ts from GUGiK's PRG): the label point and area of a unit, the
 * columns of units.csv and writing both files. The app reads the files (src/lib/server/db/seed.ts);
 * their format is fixed here, in one place.
 */
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import polylabel from 'polylabel';
import turfArea from '@turf/area';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { readCsvObjects } from '../../src/lib/csv';

export type Areal = Polygon | MultiPolygon;
export type UnitLevel = 'woj' | 'pow' | 'gmi';

/** The TopoJSON objects, from the top level down. */
export const OBJECT_OF: Record<UnitLevel, string> = {
	woj: 'wojewodztwa',
	pow: 'powiaty',
	gmi: 'gminy'
};

export const TOPO_FILE = 'poland.topo.json';
export const UNITS_FILE = 'units.csv';

/** The columns of units.csv, in order. */
export const UNITS_HEADER = [
	'level',
	'code',
	'name',
	'rodz',
	'woj',
	'pow',
	'label_lon',
	'label_lat',
	'area_km2',
	'population',
	'has_geometry'
] as const;

export type UnitsRow = Record<(typeof UNITS_HEADER)[number], string>;

export function round(n: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

/** Label point: pole of inaccessibility of the largest ring set, so labels sit inside the shape. */
export function labelPoint(geometry: Areal): Position {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best = polygons[0];
	let bestArea = -1;
	for (const p of polygons) {
		const a = turfArea({ type: 'Polygon', coordinates: p });
		if (a > bestArea) [best, bestArea] = [p, a];
	}
	const [x, y] = polylabel(best as [number, number][][], 0.0005);
	return [round(x, 5), round(y, 5)];
}

/** Geodesic area in km², two decimals, as units.csv stores it. */
export function areaKm2(geometry: Areal): number {
	return round(turfArea({ type: 'Feature', geometry, properties: {} }) / 1e6, 2);
}

/** One row of units.csv for a unit; its label point and area come from `geometry` when it has one. */
export function unitsRow(
	unit: {
		level: UnitLevel;
		code: string;
		name: string;
		rodz: string;
		woj: string;
		pow: string;
		population: number | null | undefined;
	},
	geometry: Areal | undefined
): UnitsRow {
	const [lon, lat] = geometry ? labelPoint(geometry) : ['', ''];
	return {
		level: unit.level,
		code: unit.code,
		name: unit.name,
		rodz: unit.rodz,
		woj: unit.woj,
		pow: unit.pow,
		label_lon: String(lon),
		label_lat: String(lat),
		area_km2: geometry ? String(areaKm2(geometry)) : '',
		population: unit.population == null ? '' : String(unit.population),
		has_geometry: geometry ? '1' : '0'
	};
}

export function unitsCsvText(rows: UnitsRow[]): string {
	const cell = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	const lines = [
		UNITS_HEADER.join(','),
		...rows.map((r) => UNITS_HEADER.map((k) => cell(r[k])).join(','))
	];
	return lines.join('\n') + '\n';
}

/** The shapes of a topology by TERYT code (property `terc`), every level. */
export function geometriesOf(topo: Topology): Map<string, Areal> {
	const out = new Map<string, Areal>();
	for (const name of Object.values(OBJECT_OF)) {
		const object = topo.objects[name] as GeometryCollection<{ terc: string }> | undefined;
		if (!object) continue;
		const fc = feature(topo, object);
		for (const f of fc.features) out.set(f.properties.terc, f.geometry as Areal);
	}
	return out;
}

export interface BoundaryFiles {
	topoText: string;
	unitsText: string;
	topo: Topology;
	units: UnitsRow[];
}

/** The boundary files in `dir`, or null when it has none yet. */
export function readBoundaryFiles(dir: string): BoundaryFiles | null {
	const topoPath = resolve(dir, TOPO_FILE);
	const unitsPath = resolve(dir, UNITS_FILE);
	if (!existsSync(topoPath) || !existsSync(unitsPath)) return null;
	const topoText = readFileSync(topoPath, 'utf8');
	const unitsText = readFileSync(unitsPath, 'utf8');
	return {
		topoText,
		unitsText,
		topo: JSON.parse(topoText) as Topology,
		units: readCsvObjects(unitsText) as UnitsRow[]
	};
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export function writeFileAtomic(path: string, text: string): void {
	const tmp = `${path}.tmp-${process.pid}`;
	writeFileSync(tmp, text);
	renameSync(tmp, path);
}

/** Writes poland.topo.json and units.csv into `dir`; returns their texts. */
export function writeBoundaryFiles(
	dir: string,
	topo: Topology,
	rows: UnitsRow[]
): { topoText: string; unitsText: string } {
	mkdirSync(dir, { recursive: true });
	const topoText = JSON.stringify(topo);
	const unitsText = unitsCsvText(rows);
	writeFileAtomic(resolve(dir, TOPO_FILE), topoText);
	writeFileAtomic(resolve(dir, UNITS_FILE), unitsText);
	return { topoText, unitsText };
}
