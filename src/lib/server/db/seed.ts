/**
 * Loads the bundled data (data/) into an empty database, in one transaction.
 * Runs on first start; a database that already holds units is left alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { sql } from 'drizzle-orm';
import { readCsvObjects } from '../../csv';
import { bboxOf } from '../../geo/bbox';
import { dataDir } from '../paths';
import { meta, units } from './schema';
import type { Db } from './index';

const POPULATION_YEAR = 2020;

function boundaryFiles() {
	const topoText = readFileSync(resolve(dataDir, 'boundaries/poland.topo.json'), 'utf8');
	const unitsText = readFileSync(resolve(dataDir, 'boundaries/units.csv'), 'utf8');
	return { topoText, unitsText };
}

export function loadBundledData(db: Db): void {
	const count = db.$client.prepare('SELECT count(*) AS n FROM units').get() as { n: number };
	if (count.n > 0) return;
	const started = Date.now();
	const { topoText, unitsText } = boundaryFiles();
	const topo = JSON.parse(topoText) as Topology;
	const geometries = new Map<string, Polygon | MultiPolygon>();
	for (const name of ['wojewodztwa', 'powiaty', 'gminy']) {
		const fc = feature(topo, topo.objects[name] as GeometryCollection<{ terc: string }>);
		for (const f of fc.features) geometries.set(f.properties.terc, f.geometry as Polygon);
	}
	const rows = readCsvObjects(unitsText).map((r) => {
		const geometry = geometries.get(r.code) ?? null;
		const bbox = geometry ? bboxOf(geometry) : null;
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
	const version = createHash('sha256')
		.update(topoText)
		.update(unitsText)
		.digest('hex')
		.slice(0, 12);
	db.transaction((tx) => {
		for (let i = 0; i < rows.length; i += 200)
			tx.insert(units)
				.values(rows.slice(i, i + 200))
				.run();
		tx.insert(meta)
			.values({ key: 'boundaries_version', value: version })
			.onConflictDoUpdate({
				target: meta.key,
				set: { value: version, updatedAt: sql`CURRENT_TIMESTAMP` }
			})
			.run();
	});
	console.log(`Loaded ${rows.length} units from data/boundaries in ${Date.now() - started} ms`);
}
