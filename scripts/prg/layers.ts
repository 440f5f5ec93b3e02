/**
 * Reads GUGiK's PRG shapefiles (gminy, powiaty, województwa) from a folder: finds each layer,
 * checks its coordinate system (EPSG:2180, PUWG 1992), checks every record's TERYT code and name,
 * and gives the shapes in WGS84 (proj4). Every refusal names the file and the record.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import * as shapefile from 'shapefile';
import proj4 from 'proj4';
import type { Position } from 'geojson';
import { checkTeryt } from '../../src/lib/teryt';
import type { Areal, UnitLevel } from '../lib/boundaries';

/** EPSG:2180, ETRS89 / Poland CS92 (PUWG 1992). */
export const EPSG_2180 =
	'+proj=tmerc +lat_0=0 +lon_0=19 +k=0.9993 +x_0=500000 +y_0=-5300000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

/** A refusal of the input: the message says what and where, in Polish and English. */
export class PrgError extends Error {}

export interface LayerSpec {
	level: UnitLevel;
	/** How the messages name the layer. */
	label: { pl: string; en: string };
	/** Accepted file names without .shp, lower case: PRG's own, then the short one. */
	names: string[];
	digits: number;
}

export const LAYERS: LayerSpec[] = [
	{
		level: 'gmi',
		label: { pl: 'gmin', en: 'gminy' },
		names: ['a03_granice_gmin', 'gminy'],
		digits: 7
	},
	{
		level: 'pow',
		label: { pl: 'powiatów', en: 'powiaty' },
		names: ['a02_granice_powiatow', 'powiaty'],
		digits: 4
	},
	{
		level: 'woj',
		label: { pl: 'województw', en: 'województwa' },
		names: ['a01_granice_wojewodztw', 'wojewodztwa'],
		digits: 2
	}
];

export const CODE_FIELD = 'JPT_KOD_JE';
export const NAME_FIELD = 'JPT_NAZWA_';

export interface PrgUnit {
	level: UnitLevel;
	code: string;
	name: string;
	geometry: Areal;
	/** Where it came from, for messages: "A03_Granice_gmin.shp, rekord 12". */
	where: string;
}

export interface LayerFiles {
	spec: LayerSpec;
	shp: string;
	dbf: string;
	prj: string | null;
	cpg: string | null;
}

/** The three layers' files in `dir` (names matched case-insensitively); a missing one is refused. */
export function findLayers(dir: string): LayerFiles[] {
	if (!existsSync(dir) || !statSync(dir).isDirectory())
		throw new PrgError(`${dir}: nie ma takiego folderu / no such folder`);
	const entries = readdirSync(dir);
	const byLower = new Map(entries.map((e) => [e.toLowerCase(), e]));
	const file = (stem: string, ext: string) => {
		const found = byLower.get(`${stem}.${ext}`);
		return found ? resolve(dir, found) : null;
	};
	return LAYERS.map((spec) => {
		const stem = spec.names.find((n) => byLower.has(`${n}.shp`));
		const expected = spec.names.map((n, i) => (i === 0 ? prgName(spec) : `${n}.shp`)).join(', ');
		if (!stem)
			throw new PrgError(
				`${dir}: brak warstwy ${spec.label.pl} (${expected}) / missing the ${spec.label.en} layer (${expected})`
			);
		const shp = file(stem, 'shp')!;
		const dbf = file(stem, 'dbf');
		if (!dbf)
			throw new PrgError(
				`${shp}: brak pliku atrybutów .dbf obok / the .dbf attribute file beside it is missing`
			);
		return { spec, shp, dbf, prj: file(stem, 'prj'), cpg: file(stem, 'cpg') };
	});
}

function prgName(spec: LayerSpec): string {
	return {
		gmi: 'A03_Granice_gmin.shp',
		pow: 'A02_Granice_powiatow.shp',
		woj: 'A01_Granice_wojewodztw.shp'
	}[spec.level];
}

/**
 * Refuses a .prj that is not EPSG:2180: an EPSG authority other than 2180, a geographic system,
 * or a transverse Mercator with other parameters than PUWG 1992's.
 */
export function checkPrj(path: string): void {
	const wkt = readFileSync(path, 'utf8');
	const refuse = (what: string) =>
		new PrgError(
			`${path}: układ współrzędnych to ${what}, oczekiwano EPSG:2180 (PUWG 1992) / the coordinate system is ${what}, expected EPSG:2180 (PUWG 1992)`
		);
	const name = /^\s*(PROJCS|PROJCRS|GEOGCS|GEOGCRS|GEODCRS)\s*\[\s*"([^"]*)"/i.exec(wkt);
	if (!name) throw refuse('nieczytelny / unreadable');
	if (!/^PROJ/i.test(name[1])) throw refuse(`"${name[2]}" (geograficzny / geographic)`);
	const authority = /AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(wkt.trim());
	if (authority && authority[1] !== '2180') throw refuse(`EPSG:${authority[1]} "${name[2]}"`);
	const param = (key: string) => {
		const m = new RegExp(`PARAMETER\\s*\\[\\s*"${key}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
		return m ? Number(m[1]) : NaN;
	};
	const ok =
		/Transverse_Mercator/i.test(wkt) &&
		param('central_meridian') === 19 &&
		param('scale_factor') === 0.9993 &&
		param('false_easting') === 500000 &&
		param('false_northing') === -5300000 &&
		(Number.isNaN(param('latitude_of_origin')) || param('latitude_of_origin') === 0);
	if (!ok) throw refuse(`"${name[2]}"`);
}

const toWgs84 = proj4(EPSG_2180, 'WGS84');

/** PUWG 1992 coordinates of Poland lie well inside this box (metres). */
function inPoland([x, y]: Position): boolean {
	return x > 100_000 && x < 900_000 && y > 100_000 && y < 900_000;
}

/** Every record of one layer, checked, reprojected to WGS84 (5 decimals, ~1 m). */
export async function readLayer(files: LayerFiles): Promise<PrgUnit[]> {
	const { spec, shp, dbf, prj, cpg } = files;
	if (prj) checkPrj(prj);
	const encoding = cpg ? readFileSync(cpg, 'utf8').trim() || 'utf-8' : 'utf-8';
	const file = basename(shp);
	let source: Awaited<ReturnType<typeof shapefile.open>>;
	try {
		source = await shapefile.open(shp, dbf, { encoding });
	} catch (e) {
		throw new PrgError(`${shp}: nie da się otworzyć / cannot be opened: ${(e as Error).message}`);
	}
	const units: PrgUnit[] = [];
	const round = (n: number) => Math.round(n * 1e5) / 1e5;
	const project = (p: Position): Position => {
		const [lon, lat] = toWgs84.forward([p[0], p[1]]);
		return [round(lon), round(lat)];
	};
	for (let n = 1; ; n++) {
		let result;
		try {
			result = await source.read();
		} catch (e) {
			throw new PrgError(`${file}, rekord ${n}: nieczytelny / unreadable: ${(e as Error).message}`);
		}
		if (result.done) break;
		const where = `${file}, rekord / record ${n}`;
		const props = (result.value.properties ?? {}) as Record<string, unknown>;
		if (!(CODE_FIELD in props))
			throw new PrgError(
				`${file}: brak pola ${CODE_FIELD} (kod TERYT) / no ${CODE_FIELD} field (the TERYT code); pola / fields: ${Object.keys(props).join(', ') || '—'}`
			);
		if (!(NAME_FIELD in props))
			throw new PrgError(
				`${file}: brak pola ${NAME_FIELD} (nazwa) / no ${NAME_FIELD} field (the name)`
			);
		const code = String(props[CODE_FIELD] ?? '')
			.replace(/[\s\0]+$/, '')
			.trim();
		const check = checkTeryt(code, spec.level);
		if (!check.ok || code.length !== spec.digits)
			throw new PrgError(`${where}: ${check.ok ? `„${code}”` : check.message}`);
		if (spec.level === 'gmi' && !/[123]$/.test(code))
			throw new PrgError(
				`${where}: „${code}”: rodzaj gminy (7. cyfra) musi być 1, 2 lub 3 / the gmina type (7th digit) must be 1, 2 or 3`
			);
		// DBF pads text fields with spaces or NULs.
		const name = String(props[NAME_FIELD] ?? '')
			.replace(/[\s\0]+$/, '')
			.trim();
		if (!name || name.includes('\uFFFD'))
			throw new PrgError(
				`${where}: ${name ? `nazwa „${name}” ma znaki w innym kodowaniu niż ${encoding} (plik .cpg) / the name has characters in another encoding than ${encoding} (the .cpg file)` : 'pusta nazwa / empty name'}`
			);
		const g = result.value.geometry;
		if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
			throw new PrgError(
				`${where} (${code}): kształt nie jest wielokątem / the shape is not a polygon`
			);
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		const first = polygons[0]?.[0]?.[0];
		if (!first || !inPoland(first))
			throw new PrgError(
				`${where} (${code}): współrzędne ${first?.join(' ') ?? '—'} nie są w PUWG 1992 (EPSG:2180) / the coordinates are not in PUWG 1992 (EPSG:2180)`
			);
		const projected = polygons.map((p) => p.map((ring) => ring.map(project)));
		units.push({
			level: spec.level,
			code,
			name,
			geometry:
				projected.length === 1
					? { type: 'Polygon', coordinates: projected[0] }
					: { type: 'MultiPolygon', coordinates: projected },
			where
		});
	}
	if (!units.length) throw new PrgError(`${file}: warstwa jest pusta / the layer is empty`);
	return units;
}
