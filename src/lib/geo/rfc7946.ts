/**
 * Geometry as the site gives it out (API GeoJSON, OGC API, dumps): RFC 7946 §3.1.6's right-hand
 * rule (outer rings counter-clockwise, holes clockwise) and one geometry type per collection of
 * areas (MultiPolygon), so GDAL and QGIS read a layer of one known type. Pure, browser-safe.
 */
import type { Geometry, MultiPolygon, Position } from 'geojson';

/** Twice the signed area of a ring in lon/lat (positive: counter-clockwise). */
function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	return sum;
}

/** The ring wound counter-clockwise (`ccw`) or clockwise; a new array only when it must turn. */
function wound(ring: Position[], ccw: boolean): Position[] {
	return signedArea(ring) > 0 === ccw ? ring : [...ring].reverse();
}

/** Whether every outer ring of `g` is counter-clockwise and every hole clockwise. */
export function followsRightHandRule(g: Geometry): boolean {
	const polygons =
		g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
	return polygons.every((rings) =>
		rings.every((ring, i) => ring.length < 4 || signedArea(ring) > 0 === (i === 0))
	);
}

/**
 * A Polygon or MultiPolygon as a MultiPolygon wound by the right-hand rule; other geometries (and
 * null) pass unchanged.
 */
export function asMultiPolygon<G extends Geometry | null>(g: G): G | MultiPolygon {
	if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return g;
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	return {
		type: 'MultiPolygon',
		coordinates: polygons.map((rings) => rings.map((ring, i) => wound(ring, i === 0)))
	};
}
