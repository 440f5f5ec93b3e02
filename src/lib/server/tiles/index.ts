/**
 * Vector tiles cut on demand from geometry in SQLite with geojson-vt (which simplifies per zoom)
 * and encoded with vt-pbf. Two tile sets: `boundaries` (województwa, powiaty, gminy and their
 * labels) and `partnerships` (merged partnership areas). Each tile is built once and kept (raw
 * and gzipped) in a bounded cache; its URL carries the data version so browsers may keep it.
 * https://maplibre.org/maplibre-style-spec/sources/#vector
 */
import { byteCache } from '../http/cache';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import GeoJSONVT from 'geojson-vt';
import vtpbf from 'vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import { getDb, type Db } from '../db';
import { BOUNDARIES_VERSION, dataVersion, RECORDS_VERSION, type VersionKey } from '../db/versions';
import { LEVEL_MIN_ZOOM, POLAND_BOUNDS, TILE_MAX_ZOOM } from '../../map/zoom';
import type { Level } from '../../teryt';

export interface Tile {
	raw: Buffer;
	gzip: Buffer;
	br: Buffer;
	etag: string;
}

type Layers = Record<string, GeoJSONVT>;

/** A layer of a tile set as TileJSON 3.0 describes it (`vector_layers`). */
export interface VectorLayer {
	id: string;
	description: string;
	/** Property name → type, as TileJSON writes it ("String", "Number"). */
	fields: Record<string, string>;
	minzoom: number;
}

interface TileSetDefinition {
	versionKey: VersionKey;
	title: string;
	description: string;
	/** The layers its tiles carry, in TileJSON's words. */
	vectorLayers: VectorLayer[];
	build(db: Db): Layers;
	/** Which layers a tile at zoom z carries. */
	layersAt(z: number, layers: Layers): [name: string, index: GeoJSONVT, into?: string][];
	/** Whether a feature is worth drawing at zoom z (thins out what would be a speck). */
	keep?(z: number, tags: Record<string, unknown>): boolean;
}

function vt(features: Feature[], tolerance = 3): GeoJSONVT {
	return new GeoJSONVT({ type: 'FeatureCollection', features } as FeatureCollection, {
		maxZoom: TILE_MAX_ZOOM,
		indexMaxZoom: 5,
		tolerance,
		buffer: 64
	});
}

/** Encoded tiles of every set in one byte budget (http/cache.ts), keyed by set and z/x/y. */
const encoded = byteCache<Tile>('tiles', (t) => t.raw.length + t.gzip.length + t.br.length);

class TileSet {
	#built: { db: Db; version: string; layers: Layers } | undefined;
	constructor(
		readonly name: string,
		readonly def: TileSetDefinition
	) {}

	version(db: Db): string {
		return dataVersion(db, this.def.versionKey);
	}

	#current(db: Db) {
		const version = this.version(db);
		if (!this.#built || this.#built.db !== db || this.#built.version !== version) {
			this.#built = { db, version, layers: this.def.build(db) };
			const own = [...encoded.keys()].filter((key) => key.startsWith(`${this.name}|`));
			for (const key of own) encoded.delete(key);
		}
		return this.#built;
	}

	warm(db: Db): void {
		this.#current(db);
	}

	get(z: number, x: number, y: number, db: Db): Tile | null {
		const { version, layers } = this.#current(db);
		const key = `${z}/${x}/${y}`;
		const hit = encoded.get(`${this.name}|${key}`);
		if (hit) return hit;
		const out: Record<string, { features: unknown[] }> = {};
		for (const [name, index, into] of this.def.layersAt(z, layers)) {
			const tile = index.getTile(z, x, y);
			if (!tile) continue;
			const target = into ?? name;
			const keep = this.def.keep;
			const features = keep ? tile.features.filter((f) => keep(z, f.tags ?? {})) : tile.features;
			if (features.length === 0) continue;
			out[target] ??= { features: [] };
			out[target].features.push(...features);
		}
		if (Object.keys(out).length === 0) return null;
		const raw = Buffer.from(vtpbf.fromGeojsonVt(out as never, { version: 2, extent: 4096 }));
		// Compressed once, then served from the cache: a high brotli level is affordable here.
		const tile = {
			raw,
			gzip: gzipSync(raw, { level: 9 }),
			br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
			etag: `"${version}-${key.replaceAll('/', '-')}"`
		};
		encoded.set(`${this.name}|${key}`, tile);
		return tile;
	}
}

const LEVELS: Level[] = ['woj', 'pow', 'gmi'];

/** Layers `woj`, `pow`, `gmi` (polygons, id = numeric TERYT) and `label` (points). */
const boundaries = new TileSet('boundaries', {
	versionKey: BOUNDARIES_VERSION,
	title: 'Granice samorządów / Boundaries of local governments',
	description:
		'Województwa, powiaty i gminy (PRG, TERYT 2026) z punktami etykiet / voivodeships, powiaty and gminy with label points',
	vectorLayers: [
		...LEVELS.map((l) => ({
			id: l,
			description: { woj: 'województwa', pow: 'powiaty', gmi: 'gminy' }[l],
			fields: {
				code: 'String',
				name: 'String',
				t: 'Number (gmina type: 1 miejska, 2 wiejska, 3 miejsko-wiejska; 0 above)'
			},
			minzoom: Math.max(0, Math.ceil(LEVEL_MIN_ZOOM[l] - 1))
		})),
		{
			id: 'label',
			description: 'label points of the units shown at the zoom / punkty etykiet',
			fields: { code: 'String', name: 'String', level: 'String (woj, pow, gmi)' },
			minzoom: 0
		}
	],
	build(db) {
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
		const polygons: Record<string, Feature[]> = { woj: [], pow: [], gmi: [] };
		const labels: Record<string, Feature[]> = { woj: [], pow: [], gmi: [] };
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
		return Object.fromEntries(
			LEVELS.flatMap((l) => [
				[l, vt(polygons[l])],
				[`${l}-label`, vt(labels[l])]
			])
		);
	},
	layersAt(z, layers) {
		// Lower levels are left out below the zoom at which the map shows them (one zoom early,
		// so the layer is there when it fades in): the first view of Poland stays small.
		return LEVELS.filter((l) => z >= LEVEL_MIN_ZOOM[l] - 1).flatMap((l) => [
			[l, layers[l]],
			[`${l}-label`, layers[`${l}-label`], 'label']
		]) as [string, GeoJSONVT, string?][];
	}
});

/**
 * Layer `partnerships`: merged areas, id = partnership id, with kind and area (names come with
 * the page's list, so the tiles stay small). Areas are simplified a little more than boundaries:
 * they are washes under the boundary lines.
 */
const partnershipAreas = new TileSet('partnerships', {
	versionKey: RECORDS_VERSION,
	title: 'Obszary partnerstw / Partnership areas',
	description:
		'Połączone obszary gmin członkowskich opublikowanych partnerstw / merged areas of the member gminy of published partnerships',
	vectorLayers: [
		{
			id: 'partnerships',
			description:
				'one feature per partnership (id = partnership id; below zoom 8 areas under a few pixels are left out)',
			fields: { id: 'Number', kind: 'String', area: 'Number (km²)' },
			minzoom: 0
		}
	],
	build(db) {
		const rows = db.$client
			.prepare(
				`SELECT id, kind, area_km2, geometry FROM partnerships
				WHERE geometry IS NOT NULL AND status = 'published'`
			)
			.all() as { id: number; kind: string; area_km2: number; geometry: string }[];
		return {
			partnerships: vt(
				rows.map((r) => ({
					type: 'Feature',
					id: r.id,
					geometry: JSON.parse(r.geometry),
					properties: { id: r.id, kind: r.kind, area: r.area_km2 }
				})),
				5
			)
		};
	},
	layersAt: (_z, layers) => [['partnerships', layers.partnerships]],
	// Below zoom 8 an area under a few pixels is a speck: 128 km² at zoom 5 (about 2 × 2 px),
	// a quarter of that per zoom step. The list and the API still show every partnership.
	keep: (z, tags) => z >= 8 || Number(tags.area ?? 0) >= 2 * 4 ** (8 - z)
});

export const TILE_SETS = { boundaries, partnerships: partnershipAreas } as const;
export type TileSetName = keyof typeof TILE_SETS;

/** Builds the tile indexes now, so the first visitor does not wait for them. */
export function warmTiles(db = getDb()): void {
	boundaries.warm(db);
	partnershipAreas.warm(db);
}

export function isTileInRange(z: number, x: number, y: number): boolean {
	const n = 2 ** z;
	return Number.isInteger(z) && z >= 0 && z <= TILE_MAX_ZOOM && x >= 0 && x < n && y >= 0 && y < n;
}

/** The encoded boundary tile, or null when no boundary touches it. */
export function getTile(z: number, x: number, y: number, db = getDb()): Tile | null {
	return boundaries.get(z, x, y, db);
}

export function getTileOf(
	set: TileSetName,
	z: number,
	x: number,
	y: number,
	db = getDb()
): Tile | null {
	return TILE_SETS[set].get(z, x, y, db);
}

/** Versions remembered as handed out, per database (saves a write per page). */
const handedOut = new WeakMap<Db, Set<string>>();

/**
 * The current version of each set, remembered as handed out (tile_versions): a page that carries
 * it may ask for tiles of it after the next write, and gets today's tiles (see tileVersionState).
 */
export function tileVersions(db = getDb()): Record<TileSetName, string> {
	const versions = {
		boundaries: boundaries.version(db),
		partnerships: partnershipAreas.version(db)
	};
	let seen = handedOut.get(db);
	if (!seen) handedOut.set(db, (seen = new Set()));
	for (const [set, version] of Object.entries(versions)) {
		if (seen.has(`${set}|${version}`)) continue;
		db.$client
			.prepare(`INSERT OR IGNORE INTO tile_versions (tile_set, version) VALUES (?, ?)`)
			.run(set, version);
		db.$client
			.prepare(
				`DELETE FROM tile_versions WHERE served_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-30 days')`
			)
			.run();
		seen.add(`${set}|${version}`);
	}
	return versions;
}

/** Whether `version` of `set` is today's, one handed out before (a page may hold it), or unknown. */
export function tileVersionState(
	set: TileSetName,
	version: string,
	db = getDb()
): 'current' | 'earlier' | 'unknown' {
	if (version === TILE_SETS[set].version(db)) return 'current';
	if (handedOut.get(db)?.has(`${set}|${version}`)) return 'earlier';
	const row = db.$client
		.prepare(`SELECT 1 FROM tile_versions WHERE tile_set = ? AND version = ?`)
		.get(set, version);
	return row ? 'earlier' : 'unknown';
}

/** The highest zoom tiles are cut at; above it a tile is empty (clients over-zoom, TileJSON says). */
export { TILE_MAX_ZOOM };

/** Whether z/x/y names a tile at all (any zoom up to 24): above TILE_MAX_ZOOM it is empty. */
export function isTileAddress(z: number, x: number, y: number): boolean {
	const n = 2 ** z;
	return Number.isInteger(z) && z >= 0 && z <= 24 && x >= 0 && x < n && y >= 0 && y < n;
}

/**
 * The TileJSON 3.0 of a set (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0): today's
 * tile URL, the zoom range (clients over-zoom beyond maxzoom), Poland's bounds, the layers and
 * their fields, the attribution.
 */
export function tileJson(set: TileSetName, origin: string, attribution: string, db = getDb()) {
	const def = TILE_SETS[set].def;
	const version = tileVersions(db)[set];
	return {
		tilejson: '3.0.0',
		name: def.title,
		description: def.description,
		version: '1.0.0',
		attribution,
		scheme: 'xyz',
		tiles: [`${origin}/tiles/${set}/${version}/{z}/{x}/{y}.pbf`],
		minzoom: 0,
		maxzoom: TILE_MAX_ZOOM,
		bounds: [...POLAND_BOUNDS[0], ...POLAND_BOUNDS[1]],
		center: [19.4, 52.1, 5],
		vector_layers: def.vectorLayers.map((l) => ({ ...l, maxzoom: TILE_MAX_ZOOM }))
	};
}
