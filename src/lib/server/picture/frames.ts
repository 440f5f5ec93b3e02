/**
 * The box a record opens the map on when the URL selects it (`sel`), read from the database as
 * the record's detail gives it (partnership: its area's box; practice: around its gmina's label
 * point), so the first view drawn on the server frames what the map will show.
 */
import { getDb, type Db } from '../db';
import { pointBBox } from '../../map/frame';
import type { BBox } from '../../map/types';

export function selectionBBox(
	sel: { type: 'praktyka' | 'partnerstwo'; id: number } | null,
	db: Db = getDb()
): BBox | null {
	if (!sel) return null;
	if (sel.type === 'partnerstwo') {
		const r = db.$client
			.prepare(
				`SELECT min_lon, min_lat, max_lon, max_lat FROM partnerships
				WHERE id = ? AND status = 'published' AND min_lon IS NOT NULL`
			)
			.get(sel.id) as
			{ min_lon: number; min_lat: number; max_lon: number; max_lat: number } | undefined;
		return r ? [r.min_lon, r.min_lat, r.max_lon, r.max_lat] : null;
	}
	const r = db.$client
		.prepare(
			`SELECT u.label_lon, u.label_lat FROM practices p JOIN units u ON u.code = p.unit_code
			WHERE p.id = ? AND p.status = 'published' AND u.label_lon IS NOT NULL`
		)
		.get(sel.id) as { label_lon: number; label_lat: number } | undefined;
	return r ? pointBBox([r.label_lon, r.label_lat]) : null;
}
