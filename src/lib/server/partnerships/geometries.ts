import type { Geometry } from 'geojson';
import { getDb, type Db } from '../db';

/** The stored merged areas of the given partnerships (never recomputed here). */
export function partnershipGeometries(ids: number[], db: Db = getDb()): Map<number, Geometry> {
	const rows = db.$client
		.prepare(
			`SELECT id, geometry FROM partnerships WHERE id IN (SELECT value FROM json_each(?)) AND geometry IS NOT NULL`
		)
		.all(JSON.stringify(ids)) as { id: number; geometry: string }[];
	return new Map(rows.map((r) => [r.id, JSON.parse(r.geometry) as Geometry]));
}
