/**
 * What changed between the current boundary files and the new ones: units added, removed,
 * renamed, and whose shape changed (area by more than AREA_TOLERANCE); and, for each removed unit,
 * its successor: the new unit of the same level that covers most of its old area (sampled on a
 * grid), when it covers at least MOSTLY of it, or what a recode table (`--recode FILE`) says.
 */
import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { readCsvObjects } from '../../src/lib/csv';
import { levelOfCode } from '../../src/lib/teryt';
import type { Areal, UnitsRow } from '../lib/boundaries';
import { PrgError } from './layers';

/** A shape whose area changed by more than this share counts as changed. */
export const AREA_TOLERANCE = 0.005;
/** A new unit that covers at least this share of a removed unit's area is its successor. */
export const MOSTLY = 0.8;
/** Sample points per removed unit (a grid over its box; those inside it count). */
const SAMPLES = 40;

export interface Unit {
	code: string;
	name: string;
	area: number | null;
	geometry: Areal | undefined;
}

export interface Recode {
	old: string;
	new: string;
	oldName: string;
	newName: string;
	/** Share of the old area the new unit covers (null when a recode table said so). */
	share: number | null;
	from: 'geometry' | string;
}

export interface Changes {
	added: Unit[];
	removed: Unit[];
	renamed: { code: string; before: string; after: string }[];
	reshaped: { code: string; name: string; before: number | null; after: number | null }[];
	recodes: Recode[];
	/** Removed units with no successor: what members they had is told by the caller. */
	orphans: Unit[];
}

export function unitsOf(rows: UnitsRow[], geometries: Map<string, Areal>): Map<string, Unit> {
	return new Map(
		rows.map((r) => [
			r.code,
			{
				code: r.code,
				name: r.name,
				area: r.area_km2 === '' ? null : Number(r.area_km2),
				geometry: geometries.get(r.code)
			}
		])
	);
}

/** `old,new` rows (or `terc_YYYY,terc_YYYY` as in recode_2020_to_2026.csv); several rows may share an old code. */
export function readRecodeFile(path: string): { old: string; new: string; line: number }[] {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (e) {
		throw new PrgError(`${path}: nie da się odczytać / cannot be read: ${(e as Error).message}`);
	}
	const rows = readCsvObjects(text);
	const header = text
		.split(/\r?\n/, 1)[0]
		.split(',')
		.map((h) => h.trim());
	const [oldKey, newKey] =
		header.includes('old') && header.includes('new')
			? ['old', 'new']
			: header[0]?.startsWith('terc_') && header[1]?.startsWith('terc_')
				? [header[0], header[1]]
				: [null, null];
	if (!oldKey || !newKey)
		throw new PrgError(
			`${path}, wiersz 1: oczekiwano kolumn old,new (albo terc_RRRR,terc_RRRR) / line 1: expected columns old,new (or terc_YYYY,terc_YYYY)`
		);
	return rows.map((r, i) => {
		const line = i + 2;
		const old = (r[oldKey] ?? '').trim();
		const neu = (r[newKey] ?? '').trim();
		const level = levelOfCode(old);
		if (!/^\d+$/.test(old) || !level || !/^\d+$/.test(neu) || levelOfCode(neu) !== level)
			throw new PrgError(
				`${path}, wiersz ${line}: „${old}” → „${neu}”: oczekiwano dwóch kodów TERYT tego samego poziomu / line ${line}: expected two TERYT codes of the same level`
			);
		return { old, new: neu, line };
	});
}

function inRing([x, y]: Position, ring: Position[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function contains(g: Areal, p: Position): boolean {
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	return polygons.some((rings) => inRing(p, rings[0]) && !rings.slice(1).some((h) => inRing(p, h)));
}

type Box = [number, number, number, number];
function boxOf(g: Areal): Box {
	const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	for (const p of polygons)
		for (const [x, y] of p[0]) {
			if (x < b[0]) b[0] = x;
			if (y < b[1]) b[1] = y;
			if (x > b[2]) b[2] = x;
			if (y > b[3]) b[3] = y;
		}
	return b;
}

/** How much of `old` each new unit of its level covers: shares of the sample points inside `old`. */
export function coverage(old: Areal, candidates: Unit[]): Map<string, number> {
	const [x0, y0, x1, y1] = boxOf(old);
	const boxes = candidates
		.filter((c) => c.geometry)
		.map((c) => ({ c, box: boxOf(c.geometry!) }))
		.filter(({ box }) => box[0] <= x1 && box[2] >= x0 && box[1] <= y1 && box[3] >= y0);
	const hits = new Map<string, number>();
	let inside = 0;
	for (let i = 0; i < SAMPLES; i++)
		for (let j = 0; j < SAMPLES; j++) {
			const p = [x0 + ((i + 0.5) * (x1 - x0)) / SAMPLES, y0 + ((j + 0.5) * (y1 - y0)) / SAMPLES];
			if (!contains(old, p)) continue;
			inside++;
			const hit = boxes.find(
				({ c, box }) =>
					p[0] >= box[0] &&
					p[0] <= box[2] &&
					p[1] >= box[1] &&
					p[1] <= box[3] &&
					contains(c.geometry!, p)
			);
			if (hit) hits.set(hit.c.code, (hits.get(hit.c.code) ?? 0) + 1);
		}
	return new Map([...hits].map(([code, n]) => [code, inside ? n / inside : 0]));
}

export function compare(
	before: Map<string, Unit>,
	after: Map<string, Unit>,
	recodeTable: { old: string; new: string; line: number }[] = [],
	recodePath = ''
): Changes {
	const added = [...after.values()].filter((u) => !before.has(u.code));
	const removed = [...before.values()].filter((u) => !after.has(u.code));
	const renamed: Changes['renamed'] = [];
	const reshaped: Changes['reshaped'] = [];
	for (const u of after.values()) {
		const old = before.get(u.code);
		if (!old) continue;
		if (old.name !== u.name) renamed.push({ code: u.code, before: old.name, after: u.name });
		const changed =
			old.area === null || u.area === null
				? old.area !== u.area
				: Math.abs(u.area - old.area) > AREA_TOLERANCE * old.area;
		if (changed) reshaped.push({ code: u.code, name: u.name, before: old.area, after: u.area });
	}
	for (const r of recodeTable) {
		const where = `${recodePath}, wiersz / line ${r.line}`;
		if (after.has(r.old))
			throw new PrgError(
				`${where}: ${r.old} jest w nowych granicach, nie ma czego przekodować / ${r.old} is in the new boundaries, nothing to recode`
			);
		if (!after.has(r.new))
			throw new PrgError(
				`${where}: ${r.new} nie ma w nowych granicach / ${r.new} is not in the new boundaries`
			);
	}
	const recodes: Recode[] = [];
	const orphans: Unit[] = [];
	for (const u of removed) {
		const named = recodeTable.filter((r) => r.old === u.code);
		if (named.length) {
			for (const r of named)
				recodes.push({
					old: u.code,
					new: r.new,
					oldName: u.name,
					newName: after.get(r.new)!.name,
					share: null,
					from: recodePath
				});
			continue;
		}
		const level = levelOfCode(u.code);
		const shares = u.geometry
			? coverage(
					u.geometry,
					[...after.values()].filter((c) => levelOfCode(c.code) === level)
				)
			: new Map<string, number>();
		const best = [...shares].sort((a, b) => b[1] - a[1])[0];
		if (best && best[1] >= MOSTLY)
			recodes.push({
				old: u.code,
				new: best[0],
				oldName: u.name,
				newName: after.get(best[0])!.name,
				share: Math.round(best[1] * 100) / 100,
				from: 'geometry'
			});
		else orphans.push(u);
	}
	return { added, removed, renamed, reshaped, recodes, orphans };
}
