/**
 * From the PRG units (WGS84) to the app's files: mapshaper simplifies the gminy, dissolves the
 * powiaty and województwa from them (so their borders coincide, as in the 2020 data) and writes
 * one TopoJSON whose three objects share arcs (quantization 1e5, property `terc` only, as
 * data/boundaries/poland.topo.json has always been). Names come from the PRG layers.
 * (scripts/prg/ imports carry no .ts extension: the unit tests import these modules too.)
 */
// mapshaper ships no types; the reference brings them to every program that reaches this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./mapshaper.d.ts" />
import mapshaper from 'mapshaper';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { OBJECT_OF, geometriesOf, unitsRow, type Areal, type UnitsRow } from '../lib/boundaries';
import { PrgError, type PrgUnit } from './layers';

/** About as many vertices as the map keeps (≈ 1 MB of TopoJSON; the 2020 data has ≈ 42 000). */
export const DEFAULT_VERTICES = 60_000;

function vertexCount(g: Areal): number {
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	let n = 0;
	for (const p of polygons) for (const ring of p) n += ring.length;
	return n;
}

/** The topology of the gminy with their powiaty and województwa dissolved from them. */
export async function buildTopology(
	gminy: PrgUnit[],
	vertices = DEFAULT_VERTICES
): Promise<{ topo: Topology; geometries: Map<string, Areal> }> {
	const input: FeatureCollection = {
		type: 'FeatureCollection',
		features: gminy.map((g) => ({
			type: 'Feature',
			properties: { terc: g.code, pow: g.code.slice(0, 4), woj: g.code.slice(0, 2) },
			geometry: g.geometry
		}))
	};
	// Each border is stored once in the topology, and both its sides count it here.
	const total = gminy.reduce((n, g) => n + vertexCount(g.geometry), 0) / 2;
	const percentage = Math.min(100, Math.max(0.01, (100 * vertices) / Math.max(total, 1)));
	const commands = [
		`-i gminy.json name=${OBJECT_OF.gmi}`,
		// A gmina in several records (PRG keeps one, but be safe) becomes one shape.
		`-dissolve terc copy-fields=pow,woj name=${OBJECT_OF.gmi}`,
		`-simplify weighted percentage=${percentage.toFixed(3)}% keep-shapes`,
		`-dissolve pow target=${OBJECT_OF.gmi} + name=${OBJECT_OF.pow}`,
		`-dissolve woj target=${OBJECT_OF.gmi} + name=${OBJECT_OF.woj}`,
		`-rename-fields terc=pow target=${OBJECT_OF.pow}`,
		`-rename-fields terc=woj target=${OBJECT_OF.woj}`,
		`-filter-fields terc target=${OBJECT_OF.gmi}`,
		`-o poland.topo.json format=topojson quantization=100000 target=${OBJECT_OF.gmi},${OBJECT_OF.pow},${OBJECT_OF.woj}`
	].join(' ');
	const out = await mapshaper.applyCommands(commands, { 'gminy.json': input });
	const text = out['poland.topo.json'];
	const topo = JSON.parse(
		typeof text === 'string' ? text : Buffer.from(text).toString('utf8')
	) as Topology;
	// The same shape as the 2020 file: objects in this order, nothing but `terc` on a geometry.
	const objects = topo.objects;
	topo.objects = {
		[OBJECT_OF.gmi]: objects[OBJECT_OF.gmi],
		[OBJECT_OF.pow]: objects[OBJECT_OF.pow],
		[OBJECT_OF.woj]: objects[OBJECT_OF.woj]
	};
	delete topo.bbox;
	return { topo, geometries: geometriesOf(topo) };
}

/**
 * Checks that the three layers agree (every gmina's powiat and województwo is in its layer, every
 * powiat and województwo has gminy) and gives one name per code.
 */
export function namesOf(layers: PrgUnit[][]): Map<string, PrgUnit> {
	const byCode = new Map<string, PrgUnit>();
	for (const layer of layers)
		for (const u of layer) {
			const seen = byCode.get(u.code);
			if (seen && seen.name !== u.name)
				throw new PrgError(
					`${u.where}: kod ${u.code} ma już nazwę „${seen.name}” (${seen.where}), tu „${u.name}” / code ${u.code} is already named "${seen.name}" (${seen.where}), here "${u.name}"`
				);
			if (!seen) byCode.set(u.code, u);
		}
	const gminy = layers.flat().filter((u) => u.level === 'gmi');
	const parents = new Set(gminy.flatMap((g) => [g.code.slice(0, 2), g.code.slice(0, 4)]));
	for (const g of gminy)
		for (const parent of [g.code.slice(0, 4), g.code.slice(0, 2)])
			if (!byCode.has(parent))
				throw new PrgError(
					`${g.where}: gmina ${g.code} ${g.name}: jednostki ${parent} nie ma w warstwie ${parent.length === 4 ? 'powiatów' : 'województw'} / unit ${parent} is not in the ${parent.length === 4 ? 'powiaty' : 'województwa'} layer`
				);
	for (const u of byCode.values())
		if (u.level !== 'gmi' && !parents.has(u.code))
			throw new PrgError(
				`${u.where}: ${u.code} ${u.name}: w warstwie gmin nie ma żadnej jego gminy / the gminy layer has none of its gminy`
			);
	return byCode;
}

const LEVEL_ORDER = { woj: 0, pow: 1, gmi: 2 };

/**
 * The rows of units.csv: PRG's codes and names, label points and areas of the new shapes, and the
 * population the current data has (GUS, not part of PRG): a unit's own, else the sum of the units
 * it succeeds; powiaty and województwa sum their gminy, as scripts/build-boundaries.ts does.
 */
export function buildUnitRows(
	units: Map<string, PrgUnit>,
	geometries: Map<string, Areal>,
	population: (code: string) => number | null
): UnitsRow[] {
	const sorted = [...units.values()].sort(
		(a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code)
	);
	const gminaPop = new Map<string, number>();
	for (const u of sorted) {
		if (u.level !== 'gmi') continue;
		const n = population(u.code);
		if (n !== null) gminaPop.set(u.code, n);
	}
	const sumOf = (prefix: string) => {
		let sum: number | null = null;
		for (const [code, n] of gminaPop) if (code.startsWith(prefix)) sum = (sum ?? 0) + n;
		return sum;
	};
	return sorted.map((u) =>
		unitsRow(
			{
				level: u.level,
				code: u.code,
				name: u.name,
				rodz: u.level === 'gmi' ? u.code.slice(6) : '',
				woj: u.code.slice(0, 2),
				pow: u.level === 'gmi' ? u.code.slice(0, 4) : '',
				population: u.level === 'gmi' ? gminaPop.get(u.code) : sumOf(u.code)
			},
			geometries.get(u.code)
		)
	);
}
