/**
 * The merged area of a partnership: the union of its members' polygons (turf), so five adjacent
 * gminy become one Polygon and members far apart a MultiPolygon.
 * https://turfjs.org/docs/api/union
 */
import union from '@turf/union';
import turfArea from '@turf/area';
import { featureCollection, polygon, multiPolygon } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type Areal = Polygon | MultiPolygon;

export function mergeGeometries(geometries: Areal[]): Areal | null {
	if (geometries.length === 0) return null;
	if (geometries.length === 1) return geometries[0];
	const features = geometries.map((g) =>
		g.type === 'Polygon' ? polygon(g.coordinates) : multiPolygon(g.coordinates)
	) as Feature<Areal>[];
	const merged = union(featureCollection(features));
	return merged ? roundCoordinates(merged.geometry as Areal) : null;
}

export function areaKm2(geometry: Areal): number {
	return turfArea({ type: 'Feature', geometry, properties: {} }) / 1e6;
}

/** Six decimals (~0.1 m) are more than the sources' precision; the rest is noise from the union. */
function roundCoordinates<T extends Areal>(g: T): T {
	const r = (n: number) => Math.round(n * 1e6) / 1e6;
	const ring = (c: number[][]) => c.map(([x, y]) => [r(x), r(y)]);
	return (
		g.type === 'Polygon'
			? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
			: { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) }
	) as T;
}
