/**
 * Loads the bundled data (data/) into an empty database, in one transaction.
 * Runs on first start; a database that already holds units is left alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { readCsvObjects } from '../../csv';
import { bboxOf, roundBBox } from '../../geo/bbox';
import { dataDir } from '../paths';
import { units } from './schema';
import { BOUNDARIES_VERSION, setVersion } from './versions';
import type { Db } from './index';
import { savePartnership, savePractice } from '../records/write';
import type { PartnershipInput, PracticeInput } from '../records/types';

const POPULATION_YEAR = 2020;

function boundaryFiles() {
	const topoText = readFileSync(resolve(dataDir, 'boundaries/poland.topo.json'), 'utf8');
	const unitsText = readFileSync(resolve(dataDir, 'boundaries/units.csv'), 'utf8');
	return { topoText, unitsText };
}

export function loadBundledData(db: Db): void {
	loadBoundaries(db);
	loadRecords(db);
}

function loadBoundaries(db: Db): void {
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
		setVersion(db, BOUNDARIES_VERSION, version);
	});
	console.log(`Loaded ${rows.length} units from data/boundaries in ${Date.now() - started} ms`);
}

/**
 * Loads data/records (partnerships first, practices link to them) into a database that has no
 * records yet, all in one transaction, printing progress for the slow part (merging areas).
 */
function loadRecords(db: Db): void {
	const c = db.$client;
	const has = c
		.prepare('SELECT (SELECT count(*) FROM partnerships) + (SELECT count(*) FROM practices) AS n')
		.get() as {
		n: number;
	};
	const dir = resolve(dataDir, 'records');
	if (has.n > 0 || !existsSync(resolve(dir, 'partnerships.json'))) return;
	const started = Date.now();
	const partnerships = JSON.parse(
		readFileSync(resolve(dir, 'partnerships.json'), 'utf8')
	) as PartnershipInput[];
	const practices = JSON.parse(
		readFileSync(resolve(dir, 'practices.json'), 'utf8')
	) as PracticeInput[];
	const tty = process.stdout.isTTY;
	c.transaction(() => {
		partnerships.forEach((p, i) => {
			savePartnership(db, p);
			if (tty && (i % 20 === 0 || i === partnerships.length - 1))
				process.stdout.write(`\rMerging partnership areas: ${i + 1}/${partnerships.length}`);
		});
		if (tty) process.stdout.write('\n');
		for (const p of practices) savePractice(db, p);
	})();
	console.log(
		`Loaded ${partnerships.length} partnerships and ${practices.length} practices from data/records in ${Date.now() - started} ms`
	);
}
