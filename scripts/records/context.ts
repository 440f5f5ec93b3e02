/** The build's arguments, input files, units (data/boundaries/units.csv) and slug registry. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCsvObjects } from '../../src/lib/csv.ts';
import {
	createUnitIndex,
	foldPolish,
	type UnitIndex,
	type UnitLevel,
	type UnitRef
} from '../../src/lib/units/match.ts';

const args = process.argv.slice(2);
function arg(name: string, fallback: string): string {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}
// MAPA_SOURCE_DIR: the tests' copy of a source (tests/fixtures/shared), so they run without ../shared.
export const sourceDir = resolve(arg('--source', process.env.MAPA_SOURCE_DIR ?? '../shared/data'));
export const seedPath = resolve(arg('--seed', '../shared/seeds/000_548dfcfbd9eacb1c.txt'));
export const outDir = resolve('data/records');
export const unitsPath = resolve('data/boundaries/units.csv');

export function read(rel: string): string {
	const path = resolve(sourceDir, rel);
	try {
		return readFileSync(path, 'utf8');
	} catch (e) {
		throw new Error(`Cannot read ${path}: ${(e as Error).message}`);
	}
}

export function log(message: string) {
	console.log(`[build-records] ${message}`);
}

// Errors name a file and its "row N": the N-th data row under the header. Quoted fields of the
// keep.eu export span several lines, so physical line numbers would point to the wrong place.
export const FILES = {
	krakow: 'partnerships/krakow_area_partnerships.csv',
	gzm: 'partnerships/gzm_metropolia_members_41.csv',
	bdp: 'partnerships/bdp_practices_facts.jsonl',
	keepProjects: 'partnerships/keep_eu_2014-2020_projects_with_pl_partners.csv',
	keepPartners: 'partnerships/keep_eu_2014-2020_partners_of_pl_projects.csv',
	urbact: 'partnerships/urbact_networks_with_pl_members_membership.csv',
	ownPages: 'partnerships/partnerships_from_own_pages.csv'
};

export interface UnitRow extends UnitRef {
	lon: number | null;
	lat: number | null;
}

export interface Units {
	rows: UnitRow[];
	index: UnitIndex;
	byCode: Map<string, UnitRow>;
	/** The unit of a code; stops the build when units.csv lacks it or names it otherwise. */
	require(code: string, where: string, expectedName?: string): UnitRow;
}

export function loadUnits(path = unitsPath): Units {
	const rows: UnitRow[] = readCsvObjects(readFileSync(path, 'utf8')).map((r) => ({
		code: r.code,
		level: r.level as UnitLevel,
		name: r.name,
		wojCode: r.woj,
		powCode: r.pow || null,
		lon: r.label_lon ? Number(r.label_lon) : null,
		lat: r.label_lat ? Number(r.label_lat) : null
	}));
	const byCode = new Map(rows.map((u) => [u.code, u]));
	log(`${rows.length} units from ${path}`);
	return {
		rows,
		index: createUnitIndex(rows),
		byCode,
		require(code, where, expectedName) {
			const u = byCode.get(code);
			if (!u) throw new Error(`${where}: TERYT ${code} is not in data/boundaries/units.csv`);
			if (expectedName && foldPolish(expectedName) !== foldPolish(u.name))
				throw new Error(
					`${where}: TERYT ${code} is "${u.name}" in units.csv, the row says "${expectedName}"`
				);
			return u;
		}
	};
}

/** Partnership slugs, unique over the whole build: a taken one gets "-2", "-3", … */
const usedSlugs = new Set<string>();
export function uniqueSlug(base: string, where: string): string {
	const root = base || 'rekord';
	let slug = root;
	for (let i = 2; usedSlugs.has(slug); i++) slug = `${root}-${i}`;
	if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw new Error(`${where}: bad slug "${slug}"`);
	usedSlugs.add(slug);
	return slug;
}

/** Rows grouped by a key column, in first-seen order, each with its data row number. */
export function groupRows(
	rows: Record<string, string>[],
	keyOf: (row: Record<string, string>, line: number) => string
): Map<string, { row: Record<string, string>; line: number }[]> {
	const groups = new Map<string, { row: Record<string, string>; line: number }[]>();
	rows.forEach((row, i) => {
		const key = keyOf(row, i + 1);
		const list = groups.get(key) ?? [];
		list.push({ row, line: i + 1 });
		groups.set(key, list);
	});
	return groups;
}
