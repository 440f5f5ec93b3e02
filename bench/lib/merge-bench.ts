/**
 * Recomputing a partnership's merged area with the app's own code (run through tsx):
 *
 *   npx tsx bench/lib/merge-bench.ts [--runs K] [--baseline-runs K] [--naive-max-members N]
 *
 * Cases: the real "Blisko Krakowa" (5 gminy) and "Metropolia GZM" (41 gminy) from the bundled data,
 * and a SYNTHETIC group of 300 neighbouring gminy (bench/lib/synthetic.js), all in an in-memory
 * database that setupDatabase(':memory:') fills with the bundled data.
 *
 * Timed: computeArea (read members, union, area: src/lib/server/partnerships/area.ts) and
 * recomputeArea (the same plus bbox, population, label point and the UPDATE), as savePartnership
 * runs it. Baseline, in the same process: a naive loop that unions the members' polygons one at
 * a time (acc = union(acc, next)) with the same turf union. One unmeasured warm-up call each
 * (except the naive loop at 300 members, which takes seconds and runs when turf is warm).
 *
 * Prints one JSON line on stdout.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import union from '@turf/union';
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../../src/lib/server/db/index.ts';
import { setupDatabase } from '../../src/lib/server/setup.ts';
import { computeArea, recomputeArea } from '../../src/lib/server/partnerships/area.ts';
import { savePartnership } from '../../src/lib/server/records/write.ts';
import { SECTIONS } from '../../src/lib/domain/sections.ts';
import { NETWORK_KINDS, PARTNERSHIP_KINDS } from '../../src/lib/domain/kinds.ts';
import type { PartnershipInput } from '../../src/lib/server/records/types.ts';
import { createContext, growCluster, partnershipOf } from './synthetic.js';

type Areal = Polygon | MultiPolygon;
const ROOT = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '7' },
		'baseline-runs': { type: 'string' },
		'naive-max-members': { type: 'string' }
	}
});
const runs = Number(values.runs);
const baselineRuns = Number(values['baseline-runs'] ?? values.runs);
const naiveMaxMembers = Number(values['naive-max-members'] ?? Infinity);

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = (s.length - 1) / 2;
	return (s[Math.floor(m)] + s[Math.ceil(m)]) / 2;
};
const quartiles = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const at = (p: number) => {
		const r = p * (s.length - 1);
		return s[Math.floor(r)] + (s[Math.ceil(r)] - s[Math.floor(r)]) * (r - Math.floor(r));
	};
	return {
		median: median(xs),
		p25: at(0.25),
		p75: at(0.75),
		min: s[0],
		max: s[s.length - 1],
		n: s.length
	};
};

function time(n: number, fn: () => unknown, warmUp = true): number[] {
	if (warmUp) fn();
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		fn();
		out.push(performance.now() - t);
	}
	return out;
}

const vertices = (g: Areal | null): number =>
	!g
		? 0
		: g.type === 'Polygon'
			? g.coordinates.reduce((s, r) => s + r.length, 0)
			: g.coordinates.reduce((s, p) => s + p.reduce((t, r) => t + r.length, 0), 0);

const toFeature = (g: Areal) =>
	(g.type === 'Polygon' ? polygon(g.coordinates) : multiPolygon(g.coordinates)) as Feature<Areal>;

/** The baseline: union one member at a time. */
function naiveUnion(geometries: Areal[]): Areal | null {
	let acc: Feature<Areal> | null = null;
	for (const g of geometries) {
		const f = toFeature(g);
		acc = acc ? (union(featureCollection([acc, f])) as Feature<Areal> | null) : f;
	}
	return acc?.geometry ?? null;
}

function memberGeometries(db: Db, id: number): Areal[] {
	return (
		db.$client
			.prepare(
				`SELECT u.geometry FROM partnership_members m JOIN units u ON u.code = m.unit_code
				WHERE m.partnership_id = ? AND m.left IS NULL AND u.geometry IS NOT NULL ORDER BY u.code`
			)
			.all(id) as { geometry: string }[]
	).map((r) => JSON.parse(r.geometry) as Areal);
}

const t0 = performance.now();
const db = setupDatabase(':memory:');
const openMs = performance.now() - t0;
const idOf = (slug: string) =>
	(
		db.$client.prepare('SELECT id FROM partnerships WHERE slug = ?').get(slug) as
			{ id: number } | undefined
	)?.id;

const ctx = createContext(ROOT, {
	sections: SECTIONS,
	kinds: PARTNERSHIP_KINDS.filter((k) => !NETWORK_KINDS.includes(k))
});
/** A synthetic partnership of `size` neighbouring gminy grown from the gmina `seedCode`. */
function synthetic(size: number, seedCode: string): number {
	const seed = ctx.gminy.findIndex((g: { code: string }) => g.code === seedCode);
	const members = growCluster(ctx, seed < 0 ? 0 : seed, size, {
		int: (n: number) => Math.floor(n / 2) // deterministic: always the middle of the frontier
	});
	const p = partnershipOf(ctx, 900_000 + size, members) as PartnershipInput;
	return savePartnership(db, p).id;
}

const cases = [
	{ label: 'Blisko Krakowa (real)', id: idOf('blisko-krakowa') ?? synthetic(5, '1206113') },
	{ label: 'Metropolia GZM (real)', id: idOf('metropolia-gzm') ?? synthetic(41, '2469011') },
	{ label: 'synthetic, around Łódź', id: synthetic(300, '1061011') }
];

const results = cases.map((c) => {
	const members = (
		db.$client
			.prepare('SELECT count(*) AS n FROM partnership_members WHERE partnership_id = ?')
			.get(c.id) as { n: number }
	).n;
	const geometries = memberGeometries(db, c.id);
	const compute = time(runs, () => computeArea(db, c.id));
	const recompute = time(runs, () => recomputeArea(db, c.id));
	// The naive loop takes seconds for 300 members: no warm-up call there (turf is warm by then).
	let naiveMerged: Areal | null = null;
	const naive =
		members <= naiveMaxMembers
			? time(baselineRuns, () => (naiveMerged = naiveUnion(geometries)), members < 100)
			: [];
	const merged = computeArea(db, c.id).geometry as Areal | null;
	return {
		label: c.label,
		members,
		inputVertices: geometries.reduce((s, g) => s + vertices(g), 0),
		outputVertices: vertices(merged),
		naiveOutputVertices: vertices(naiveMerged),
		computeMs: quartiles(compute),
		recomputeMs: quartiles(recompute),
		naiveMs: quartiles(naive)
	};
});
db.$client.close();
console.log(JSON.stringify({ openMs, runs, baselineRuns, cases: results }));
