/**
 * A small PRG fixture built from our own boundaries (data/boundaries): the gminy of one powiat,
 * the powiat and its województwo, projected to EPSG:2180 and written as shapefiles by mapshaper,
 * with PRG's attributes (JPT_KOD_JE, JPT_NAZWA_) and a .prj. Test-only: the edits a test makes
 * (renames, merges, new codes) are synthetic and marked so in their names.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection } from 'geojson';
import { geometriesOf, readBoundaryFiles, type Areal } from '../../scripts/lib/boundaries';

export interface FixtureUnit {
	code: string;
	name: string;
	geometry: Areal;
}

export interface FixtureLayers {
	gmi: FixtureUnit[];
	pow: FixtureUnit[];
	woj: FixtureUnit[];
}

/** The gminy of `powiat`, the powiat and its województwo, as our data/boundaries has them. */
export function fixtureUnits(powiat: string): FixtureLayers {
	const files = readBoundaryFiles(resolve('data/boundaries'))!;
	const geometries = geometriesOf(files.topo);
	const pick = (test: (code: string) => boolean) =>
		files.units
			.filter((r) => test(r.code) && geometries.has(r.code))
			.map((r) => ({ code: r.code, name: r.name, geometry: geometries.get(r.code)! }));
	return {
		gmi: pick((c) => c.length === 7 && c.startsWith(powiat)),
		pow: pick((c) => c === powiat),
		woj: pick((c) => c === powiat.slice(0, 2))
	};
}

const FILE_OF = {
	gmi: 'A03_Granice_gmin',
	pow: 'A02_Granice_powiatow',
	woj: 'A01_Granice_wojewodztw'
} as const;

/**
 * Writes the layers into `dir` as PRG does. `crs` other than EPSG:2180 makes a wrong-CRS fixture;
 * `fields` renames the attributes (a layer without JPT_KOD_JE).
 */
export async function writeFixture(
	dir: string,
	layers: FixtureLayers,
	options: { crs?: string; fields?: { code: string; name: string } } = {}
): Promise<void> {
	const crs = options.crs ?? 'EPSG:2180';
	const fields = options.fields ?? { code: 'JPT_KOD_JE', name: 'JPT_NAZWA_' };
	for (const level of ['gmi', 'pow', 'woj'] as const) {
		const fc: FeatureCollection = {
			type: 'FeatureCollection',
			features: layers[level].map((u): Feature => ({
				type: 'Feature',
				properties: { [fields.code]: u.code, [fields.name]: u.name },
				geometry: u.geometry
			}))
		};
		const proj = crs === 'wgs84' ? '' : `-proj from=wgs84 crs=${crs}`;
		const out = await mapshaper.applyCommands(
			`-i in.json ${proj} -o format=shapefile ${FILE_OF[level]}.shp`,
			{ 'in.json': fc }
		);
		for (const [name, content] of Object.entries(out))
			writeFileSync(
				resolve(dir, name),
				typeof content === 'string' ? content : Buffer.from(content)
			);
	}
}
