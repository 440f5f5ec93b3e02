/**
 * Derives the app's boundary data (data/boundaries/) from the shared official sources.
 *
 *   npm run data:build -- [--source ../shared/data]
 *
 * Inputs: boundaries/poland-admin.topo.json (gminy, powiaty, województwa sharing arcs),
 * boundaries/terc_2026.csv (the TERC 2026 register) and population/gminy_population_2020.csv.
 * Outputs (committed): data/boundaries/poland.topo.json (geometry keyed by TERYT only) and
 * data/boundaries/units.csv (every TERC unit with names, types, parents, label point, area,
 * population). The app never reads ../shared at run time. The yearly refresh from GUGiK's PRG is
 * scripts/prg-refresh.ts; both write the files through scripts/lib/boundaries.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { readCsvObjects } from '../src/lib/csv.ts';
import {
	OBJECT_OF,
	geometriesOf,
	unitsRow,
	writeBoundaryFiles,
	type UnitsRow
} from './lib/boundaries.ts';

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

const geometryByCode = geometriesOf(topo);
// Keep only the TERYT code: names and types come from the TERC register below.
const objects = topo.objects as Record<string, GeometryCollection<{ terc: string }>>;
for (const name of [OBJECT_OF.gmi, OBJECT_OF.pow, OBJECT_OF.woj])
	for (const g of objects[name].geometries)
		g.properties = { terc: (g.properties as { terc: string }).terc };

const popByPrefix = new Map<string, number>();
for (const [code, n] of population) {
	for (const prefix of [code.slice(0, 2), code.slice(0, 4)])
		popByPrefix.set(prefix, (popByPrefix.get(prefix) ?? 0) + n);
}
let missing = 0;
const rows: UnitsRow[] = [];
for (const r of terc) {
	const level = levelOf[r.level];
	if (!level) throw new Error(`terc_2026.csv: unknown level "${r.level}" for ${r.terc}`);
	const geometry = geometryByCode.get(r.terc);
	if (!geometry) missing++;
	const pop = level === 'gmi' ? population.get(r.terc) : popByPrefix.get(r.terc);
	rows.push(
		unitsRow(
			{
				level,
				code: r.terc,
				name: r.name,
				rodz: r.rodz,
				woj: r.woj,
				pow: level === 'gmi' ? r.woj + r.pow : '',
				population: pop
			},
			geometry
		)
	);
}

writeBoundaryFiles(outDir, topo, rows);
console.log(
	`data/boundaries: ${terc.length} units (${missing} without geometry), ${geometryByCode.size} shapes`
);
