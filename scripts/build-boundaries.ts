/**
 * Derives the app's boundary data (data/boundaries/) from the shared official sources.
 *
 *   npm run data:build -- [--source ../shared/data]
 *
 * Inputs: boundaries/poland-admin.topo.json (gminy, powiaty, województwa sharing arcs),
 * boundaries/terc_2026.csv (the TERC 2026 register) and population/gminy_population_2020.csv.
 * Outputs (committed): data/boundaries/poland.topo.json (geometry keyed by TERYT only) and
 * data/boundaries/units.csv (every TERC unit with names, types, parents, label point, area,
 * population). The app never reads ../shared at run time.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import polylabel from 'polylabel';
import turfArea from '@turf/area';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { readCsvObjects } from '../src/lib/csv.ts';

const args = process.argv.slice(2);
const sourceDir = resolve(args[args.indexOf('--source') + 1] || '../shared/data');
const outDir = resolve('data/boundaries');
const levelOf: Record<string, 'woj' | 'pow' | 'gmi'> = {
	wojewodztwo: 'woj',
	powiat: 'pow',
	gmina: 'gmi'
};

const topo = JSON.parse(
	readFileSync(resolve(sourceDir, 'boundaries/poland-admin.topo.json'), 'utf8')
) as Topology;
const terc = readCsvObjects(readFileSync(resolve(sourceDir, 'boundaries/terc_2026.csv'), 'utf8'));
const population = new Map(
	readCsvObjects(
		readFileSync(resolve(sourceDir, 'population/gminy_population_2020.csv'), 'utf8')
	).map((r) => [r.teryt7, Number(r.population)])
);

/** Label point: pole of inaccessibility of the largest ring set, so labels sit inside the shape. */
function labelPoint(geometry: Polygon | MultiPolygon): Position {
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

function round(n: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}

const geometryByCode = new Map<string, Polygon | MultiPolygon>();
const objects = topo.objects as Record<string, GeometryCollection<{ terc: string }>>;
for (const name of ['gminy', 'powiaty', 'wojewodztwa']) {
	const fc = feature(topo, objects[name]) as unknown as {
		features: Feature<Polygon | MultiPolygon, { terc: string }>[];
	};
	for (const f of fc.features) geometryByCode.set(f.properties.terc, f.geometry);
	// Keep only the TERYT code: names and types come from the TERC register below.
	for (const g of objects[name].geometries)
		g.properties = { terc: (g.properties as { terc: string }).terc };
}

const header = [
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
];
const lines = [header.join(',')];
const popByPrefix = new Map<string, number>();
for (const [code, n] of population) {
	for (const prefix of [code.slice(0, 2), code.slice(0, 4)])
		popByPrefix.set(prefix, (popByPrefix.get(prefix) ?? 0) + n);
}
let missing = 0;
for (const r of terc) {
	const level = levelOf[r.level];
	if (!level) throw new Error(`terc_2026.csv: unknown level "${r.level}" for ${r.terc}`);
	const geometry = geometryByCode.get(r.terc);
	if (!geometry) missing++;
	const [lon, lat] = geometry ? labelPoint(geometry) : ['', ''];
	const area = geometry
		? round(turfArea({ type: 'Feature', geometry, properties: {} }) / 1e6, 2)
		: '';
	const pop = level === 'gmi' ? population.get(r.terc) : popByPrefix.get(r.terc);
	const row = [
		level,
		r.terc,
		r.name,
		r.rodz,
		r.woj,
		level === 'gmi' ? r.woj + r.pow : '',
		lon,
		lat,
		area,
		pop ?? '',
		geometry ? 1 : 0
	];
	lines.push(
		row.map((v) => (/[",]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : v)).join(',')
	);
}

mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'poland.topo.json'), JSON.stringify(topo));
writeFileSync(resolve(outDir, 'units.csv'), lines.join('\n') + '\n');
console.log(
	`data/boundaries: ${terc.length} units (${missing} without geometry), ${geometryByCode.size} shapes`
);
