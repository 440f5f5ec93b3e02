/**
 * Geometry for pictures drawn on the server (the map's first view, share images, downloads and
 * the small shapes in lists): units and merged partnership areas projected once to Web Mercator
 * (zoom-0 world pixels, src/lib/geo/mercator.ts) and kept per data version, and SVG path data for
 * them at a given scale, simplified to the output's pixels (Douglas–Peucker) and cut to what
 * can be seen.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { getDb, type Db } from '../db';
import { BOUNDARIES_VERSION, RECORDS_VERSION, dataVersion, type VersionKey } from '../db/versions';
import { mercX, mercY, type WorldBox } from '../../geo/mercator';
import type { Level } from '../../teryt';

/** A ring as flat x, y pairs in zoom-0 world pixels. */
type Ring = Float64Array;

export interface Shape {
	rings: Ring[];
	box: WorldBox;
}

export interface UnitShape extends Shape {
	code: string;
	name: string;
	level: Level;
	/** The label point, in world pixels. */
	label: [number, number] | null;
}

export interface AreaShape extends Shape {
	id: number;
	kind: string;
	areaKm2: number;
}

function project(geometry: Polygon | MultiPolygon): Shape {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const box: WorldBox = [Infinity, Infinity, -Infinity, -Infinity];
	const rings: Ring[] = [];
	for (const polygon of polygons)
		for (const ring of polygon) {
			const out = new Float64Array(ring.length * 2);
			ring.forEach(([lon, lat], i) => {
				const x = mercX(lon);
				const y = mercY(lat);
				out[2 * i] = x;
				out[2 * i + 1] = y;
				if (x < box[0]) box[0] = x;
				if (y < box[1]) box[1] = y;
				if (x > box[2]) box[2] = x;
				if (y > box[3]) box[3] = y;
			});
			rings.push(out);
		}
	return { rings, box };
}

/** A value computed from the database once per data version (of one kind of data, or several). */
export function perVersion<T>(keys: VersionKey | VersionKey[], build: (db: Db) => T) {
	const list = Array.isArray(keys) ? keys : [keys];
	let kept: { db: Db; version: string; value: T } | undefined;
	return (db: Db = getDb()): T => {
		const version = list.map((key) => dataVersion(db, key)).join('|');
		if (!kept || kept.db !== db || kept.version !== version)
			kept = { db, version, value: build(db) };
		return kept.value;
	};
}

export const unitShapes = perVersion(BOUNDARIES_VERSION, (db) => {
	const rows = db.$client
		.prepare(
			`SELECT code, level, name, geometry, label_lon, label_lat FROM units
			WHERE geometry IS NOT NULL ORDER BY code`
		)
		.all() as {
		code: string;
		level: Level;
		name: string;
		geometry: string;
		label_lon: number | null;
		label_lat: number | null;
	}[];
	const byLevel: Record<Level, UnitShape[]> = { woj: [], pow: [], gmi: [] };
	const byCode = new Map<string, UnitShape>();
	for (const r of rows) {
		const shape: UnitShape = {
			...project(JSON.parse(r.geometry)),
			code: r.code,
			name: r.name,
			level: r.level,
			label:
				r.label_lon === null || r.label_lat === null
					? null
					: [mercX(r.label_lon), mercY(r.label_lat)]
		};
		byLevel[r.level].push(shape);
		byCode.set(r.code, shape);
	}
	return { byLevel, byCode };
});

/** Published partnerships' merged areas, largest first (smaller ones are drawn above). */
export const areaShapes = perVersion(RECORDS_VERSION, (db) => {
	const rows = db.$client
		.prepare(
			`SELECT id, kind, area_km2, geometry FROM partnerships
			WHERE geometry IS NOT NULL AND status = 'published' ORDER BY area_km2 DESC, id`
		)
		.all() as { id: number; kind: string; area_km2: number | null; geometry: string }[];
	const list: AreaShape[] = rows.map((r) => ({
		...project(JSON.parse(r.geometry)),
		id: r.id,
		kind: r.kind,
		areaKm2: r.area_km2 ?? 0
	}));
	return { list, byId: new Map(list.map((a) => [a.id, a])) };
});

/**
 * From world pixels to the output's units: out = (world - origin) * scale. `view` is the part of
 * the output worth drawing (shapes wholly outside it are left out).
 */
export interface Transform {
	scale: number;
	origin: [number, number];
	view?: [number, number, number, number];
}

export const overlaps = (a: WorldBox, b: WorldBox): boolean =>
	a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** The world box that `t.view` covers. */
export function worldView(t: Transform): WorldBox | null {
	if (!t.view) return null;
	const [x0, y0, x1, y1] = t.view;
	const { scale, origin } = t;
	return [
		x0 / scale + origin[0],
		y0 / scale + origin[1],
		x1 / scale + origin[0],
		y1 / scale + origin[1]
	];
}

/** Douglas–Peucker on a flat ring in output units; returns the indices of the points kept. */
function simplify(xs: Float64Array, ys: Float64Array, tolerance: number): number[] {
	const n = xs.length;
	if (n <= 3) return [...Array(n).keys()];
	const keep = new Uint8Array(n);
	keep[0] = keep[n - 1] = 1;
	const stack: [number, number][] = [[0, n - 1]];
	const t2 = tolerance * tolerance;
	while (stack.length) {
		const [a, b] = stack.pop()!;
		const ax = xs[a];
		const ay = ys[a];
		const dx = xs[b] - ax;
		const dy = ys[b] - ay;
		const len2 = dx * dx + dy * dy;
		let worst = -1;
		let worstD = t2;
		for (let i = a + 1; i < b; i++) {
			let px = xs[i] - ax;
			let py = ys[i] - ay;
			if (len2 > 0) {
				const u = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
				px -= u * dx;
				py -= u * dy;
			}
			const d = px * px + py * py;
			if (d > worstD) {
				worstD = d;
				worst = i;
			}
		}
		if (worst >= 0) {
			keep[worst] = 1;
			stack.push([a, worst], [worst, b]);
		}
	}
	const out: number[] = [];
	for (let i = 0; i < n; i++) if (keep[i]) out.push(i);
	return out;
}

const num = (v: number, digits: number) => {
	const r = digits === 0 ? Math.round(v) : Math.round(v * 10 ** digits) / 10 ** digits;
	return Object.is(r, -0) ? '0' : String(r);
};

/**
 * SVG path data of `shape` in the output's units: rings simplified to `tolerance` output units,
 * rings smaller than that left out, relative moves with `digits` decimals (0: whole units).
 * Empty when nothing of it is visible.
 */
export function pathOf(shape: Shape, t: Transform, tolerance = 0.7, digits = 0): string {
	const view = worldView(t);
	if (view && !overlaps(shape.box, view)) return '';
	const { scale, origin } = t;
	const step = 10 ** -digits;
	let d = '';
	for (const ring of shape.rings) {
		const n = ring.length / 2;
		const xs = new Float64Array(n);
		const ys = new Float64Array(n);
		let minX = Infinity;
		let minY = Infinity;
		let maxX = -Infinity;
		let maxY = -Infinity;
		for (let i = 0; i < n; i++) {
			const x = (ring[2 * i] - origin[0]) * scale;
			const y = (ring[2 * i + 1] - origin[1]) * scale;
			xs[i] = x;
			ys[i] = y;
			if (x < minX) minX = x;
			if (y < minY) minY = y;
			if (x > maxX) maxX = x;
			if (y > maxY) maxY = y;
		}
		if (maxX - minX < tolerance && maxY - minY < tolerance) continue;
		if (t.view) {
			const [vx0, vy0, vx1, vy1] = t.view;
			if (maxX < vx0 || minX > vx1 || maxY < vy0 || minY > vy1) continue;
		}
		const kept = simplify(xs, ys, tolerance);
		if (kept.length < 3) continue;
		let px = 0;
		let py = 0;
		let part = '';
		let points = 0;
		for (let k = 0; k < kept.length; k++) {
			const x = Math.round(xs[kept[k]] / step) * step;
			const y = Math.round(ys[kept[k]] / step) * step;
			if (k === 0) part += `M${num(x, digits)} ${num(y, digits)}`;
			else {
				const dx = x - px;
				const dy = y - py;
				if (Math.abs(dx) < step / 2 && Math.abs(dy) < step / 2) continue;
				part += `l${num(dx, digits)} ${num(dy, digits)}`.replace(/ -/g, '-');
				points++;
			}
			px = x;
			py = y;
		}
		if (points >= 2) d += part + 'z';
	}
	return d;
}
