/**
 * Computes and stores a partnership's merged area from its member units. Called whenever the
 * members change (in the same transaction), never per request.
 */
import type { Geometry } from 'geojson';
import { bboxOf, roundBBox } from '../../geo/bbox';
import { areaKm2, mergeGeometries, type Areal } from '../../geo/merge';
import type { Db } from '../db';

export interface AreaResult {
	geometry: Areal | null;
	areaKm2: number | null;
	membersWithoutGeometry: string[];
}

export function computeArea(db: Db, partnershipId: number): AreaResult {
	const rows = db.$client
		.prepare(
			`SELECT u.code, u.level, u.geometry FROM partnership_members m
			JOIN units u ON u.code = m.unit_code
			WHERE m.partnership_id = ? AND m.left IS NULL
			ORDER BY u.code`
		)
		.all(partnershipId) as { code: string; level: string; geometry: string | null }[];
	// A member whose parent is also a member adds nothing; skip it to keep the union small.
	const codes = new Set(rows.map((r) => r.code));
	const geometries: Areal[] = [];
	const missing: string[] = [];
	for (const r of rows) {
		const covered =
			(r.level === 'gmi' && (codes.has(r.code.slice(0, 4)) || codes.has(r.code.slice(0, 2)))) ||
			(r.level === 'pow' && codes.has(r.code.slice(0, 2)));
		if (!r.geometry) missing.push(r.code);
		else if (!covered) geometries.push(JSON.parse(r.geometry) as Areal);
	}
	const geometry = mergeGeometries(geometries);
	return {
		geometry,
		areaKm2: geometry ? Math.round(areaKm2(geometry) * 100) / 100 : null,
		membersWithoutGeometry: missing
	};
}

/** Recomputes and stores the merged area, bbox, label point and population of a partnership. */
export function recomputeArea(db: Db, partnershipId: number): AreaResult {
	const result = computeArea(db, partnershipId);
	const bbox = result.geometry ? roundBBox(bboxOf(result.geometry as Geometry)) : null;
	const pop = db.$client
		.prepare(
			`SELECT sum(u.population) AS total, count(u.population) AS known FROM partnership_members m
			JOIN units u ON u.code = m.unit_code WHERE m.partnership_id = ? AND m.left IS NULL`
		)
		.get(partnershipId) as { total: number | null; known: number };
	const label = labelPointOf(db, partnershipId);
	db.$client
		.prepare(
			`UPDATE partnerships SET geometry = ?, area_km2 = ?, min_lon = ?, min_lat = ?, max_lon = ?,
			max_lat = ?, label_lon = ?, label_lat = ?, population = ?, members_without_geometry = ?,
			geometry_updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`
		)
		.run(
			result.geometry ? JSON.stringify(result.geometry) : null,
			result.areaKm2,
			bbox?.[0] ?? null,
			bbox?.[1] ?? null,
			bbox?.[2] ?? null,
			bbox?.[3] ?? null,
			label?.[0] ?? null,
			label?.[1] ?? null,
			pop.known > 0 ? pop.total : null,
			JSON.stringify(result.membersWithoutGeometry),
			partnershipId
		);
	return result;
}

/**
 * Where the partnership's marker and label go: the label point of its leader, else of its most
 * populous member, which always lies inside the merged area.
 */
function labelPointOf(db: Db, partnershipId: number): [number, number] | null {
	const row = db.$client
		.prepare(
			`SELECT u.label_lon AS lon, u.label_lat AS lat FROM partnership_members m
			JOIN units u ON u.code = m.unit_code
			WHERE m.partnership_id = ? AND m.left IS NULL AND u.label_lon IS NOT NULL
			ORDER BY m.role = 'leader' DESC, u.population DESC LIMIT 1`
		)
		.get(partnershipId) as { lon: number; lat: number } | undefined;
	return row ? [row.lon, row.lat] : null;
}
