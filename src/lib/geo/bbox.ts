import type { Geometry, Position } from 'geojson';

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

function visit(coords: unknown, box: BBox): void {
	if (typeof (coords as Position)[0] === 'number') {
		const [x, y] = coords as Position;
		if (x < box[0]) box[0] = x;
		if (y < box[1]) box[1] = y;
		if (x > box[2]) box[2] = x;
		if (y > box[3]) box[3] = y;
	} else for (const c of coords as unknown[]) visit(c, box);
}

/** Bounding box of any GeoJSON geometry. */
export function bboxOf(geometry: Geometry): BBox {
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	if (geometry.type === 'GeometryCollection') {
		for (const g of geometry.geometries) {
			const b = bboxOf(g);
			visit([b.slice(0, 2), b.slice(2)], box);
		}
	} else visit(geometry.coordinates, box);
	return box;
}

/** Five decimals (~1 m) are plenty for framing a view, and keep JSON short. */
export function roundBBox(b: BBox): BBox {
	return b.map((v) => Math.round(v * 1e5) / 1e5) as BBox;
}
