/**
 * Vector tiles of the administrative boundaries, cut on demand from the geometry in SQLite with
 * geojson-vt (which simplifies per zoom) and encoded with vt-pbf. Each tile is built once and
 * kept (raw and gzipped) in a bounded cache; its URL carries the data version so browsers may
 * keep it for a year.
 *
 * Layers: `woj`, `pow`, `gmi` (polygons, id = numeric TERYT) and `label` (points with level, name).
 * Lower levels are left out of tiles below the zoom at which the map shows them, which keeps the
 * first view of Poland small. https://maplibre.org/maplibre-style-spec/sources/#vector
 */
import { gzipSync } from 'node:zlib';
import GeoJSONVT from 'geojson-vt';
import vtpbf from 'vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import { getDb, type Db } from '../db';
import { LEVEL_MIN_ZOOM, TILE_MAX_ZOOM } from '../../map/zoom';
import type { Level } from '../../teryt';

type Index = { polygons: Record<Level, GeoJSONVT>; labels: Record<Level, GeoJSONVT> };

export interface Tile {
	raw: Buffer;
	gzip: Buffer;
	etag: string;
}

const MAX_CACHED = 4000;
let built: { db: Db; version: string; index: Index } | undefined;
const cache = new Map<string, Tile>();

export function dataVersion(db = getDb()): string {
	const row = db.$client
		.prepare(`SELECT value FROM meta WHERE key = 'boundaries_version'`)
		.get() as { value: string } | undefined;
	return row?.value ?? '0';
}

function buildIndex(db: Db): Index {
	const rows = db.$client
		.prepare(
			`SELECT code, level, name, gmina_type, geometry, label_lon, label_lat
			FROM units WHERE geometry IS NOT NULL`
		)
		.all() as {
		code: string;
		level: Level;
		name: string;
		gmina_type: number | null;
		geometry: string;
		label_lon: number;
		label_lat: number;
	}[];
	const polygons: Record<Level, Feature[]> = { woj: [], pow: [], gmi: [] };
	const labels: Record<Level, Feature[]> = { woj: [], pow: [], gmi: [] };
	for (const r of rows) {
		const id = Number(r.code);
		polygons[r.level].push({
			type: 'Feature',
			id,
			geometry: JSON.parse(r.geometry),
			// Name and type travel with the polygon so hover needs no request.
			properties: { code: r.code, name: r.name, t: r.gmina_type ?? 0 }
		});
		labels[r.level].push({
			type: 'Feature',
			id,
			geometry: { type: 'Point', coordinates: [r.label_lon, r.label_lat] },
			properties: { code: r.code, name: r.name, level: r.level }
		});
	}
	const make = (features: Feature[]) =>
		new GeoJSONVT({ type: 'FeatureCollection', features } as FeatureCollection, {
			maxZoom: TILE_MAX_ZOOM,
			indexMaxZoom: 5,
			tolerance: 3,
			buffer: 64
		});
	const levels: Level[] = ['woj', 'pow', 'gmi'];
	return {
		polygons: Object.fromEntries(levels.map((l) => [l, make(polygons[l])])) as Record<
			Level,
			GeoJSONVT
		>,
		labels: Object.fromEntries(levels.map((l) => [l, make(labels[l])])) as Record<Level, GeoJSONVT>
	};
}

function current(db: Db) {
	const version = dataVersion(db);
	if (!built || built.db !== db || built.version !== version) {
		built = { db, version, index: buildIndex(db) };
		cache.clear();
	}
	return built;
}

/** Builds the tile index now, so the first visitor does not wait for it. */
export function warmTiles(db = getDb()): void {
	current(db);
}

export function isTileInRange(z: number, x: number, y: number): boolean {
	const n = 2 ** z;
	return Number.isInteger(z) && z >= 0 && z <= TILE_MAX_ZOOM && x >= 0 && x < n && y >= 0 && y < n;
}

/** The encoded tile, or null when no boundary touches it. */
export function getTile(z: number, x: number, y: number, db = getDb()): Tile | null {
	const { version, index } = current(db);
	const key = `${z}/${x}/${y}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const layers: Record<string, ReturnType<GeoJSONVT['getTile']>> = {};
	let label: { features: unknown[] } | null = null;
	for (const level of ['woj', 'pow', 'gmi'] as Level[]) {
		// Keep tiles one zoom ahead of the style, so the layer is there when it fades in.
		if (z < LEVEL_MIN_ZOOM[level] - 1) continue;
		const polygons = index.polygons[level].getTile(z, x, y);
		if (polygons) layers[level] = polygons;
		const points = index.labels[level].getTile(z, x, y);
		if (points) {
			label ??= { features: [] };
			label.features.push(...points.features);
		}
	}
	if (label) layers.label = label as ReturnType<GeoJSONVT['getTile']>;
	if (Object.keys(layers).length === 0) return null;
	const raw = Buffer.from(vtpbf.fromGeojsonVt(layers as never, { version: 2, extent: 4096 }));
	const tile = {
		raw,
		gzip: gzipSync(raw, { level: 6 }),
		etag: `"${version}-${key.replaceAll('/', '-')}"`
	};
	if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
	cache.set(key, tile);
	return tile;
}
