/**
 * The baseline's data: every gmina as one GeoJSON FeatureCollection, made from the app's own
 * bundled boundaries (data/boundaries/poland.topo.json, object `gminy`) with names from
 * data/boundaries/units.csv. Coordinates are rounded to 5 decimals, as in the original source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';

/** Unit names by TERYT code, from units.csv (a simple CSV: no quoted fields). */
function readNames(csvPath) {
	const [header, ...lines] = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/);
	const cols = header.split(',');
	const code = cols.indexOf('code');
	const name = cols.indexOf('name');
	const names = new Map();
	for (const line of lines) {
		if (line.includes('"')) throw new Error(`units.csv: quoted fields are not supported: ${line}`);
		const cells = line.split(',');
		names.set(cells[code], cells[name]);
	}
	return names;
}

/** Rounds every number of a (nested) coordinate array to `digits` decimals. */
function round(coords, digits) {
	const f = 10 ** digits;
	return Array.isArray(coords[0])
		? coords.map((c) => round(c, digits))
		: coords.map((v) => Math.round(v * f) / f);
}

/**
 * Writes `outFile` and returns { path, bytes, features }. Throws when a gmina has no name, so a
 * change in the data files cannot silently produce a different baseline.
 */
export function writeGminyGeoJSON(root, outFile) {
	const dir = join(root, 'data/boundaries');
	const topo = JSON.parse(readFileSync(join(dir, 'poland.topo.json'), 'utf8'));
	const names = readNames(join(dir, 'units.csv'));
	const fc =
		/** @type {import('geojson').FeatureCollection<import('geojson').Polygon | import('geojson').MultiPolygon>} */ (
			/** @type {unknown} */ (feature(topo, topo.objects.gminy))
		);
	const features = fc.features.map((f) => {
		const terc = f.properties.terc;
		const name = names.get(terc);
		if (name === undefined) throw new Error(`units.csv has no name for gmina ${terc}`);
		return {
			type: 'Feature',
			properties: { terc, name },
			geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates, 5) }
		};
	});
	const text = JSON.stringify({ type: 'FeatureCollection', features });
	writeFileSync(outFile, text);
	return { path: outFile, bytes: Buffer.byteLength(text), features: features.length };
}
