/**
 * Computes and stores a partnership's merged area from its member units. Called whenever the
 * members change (in the same transaction), never per request; and, unsaved, for the editor's
 * preview of a member list.
 */
import type { Geometry } from 'geojson';
import { bboxOf, roundBBox, type BBox } from '../../geo/bbox';
import { areaKm2, mergeGeometries, type Areal } from '../../geo/merge';
import type { Db } from '../db';

export interface AreaResult {
	geometry: Areal | null;
	areaKm2: number | null;
	membersWithoutGeometry: string[];
}

/** The merged area of some units, with what a preview or the stored record shows beside it. */
export interface MergedArea extends AreaResult {
	bbox: BBox | null;
	/** Sum of the units' populations; null when none is known. */
	population: number | null;
}

/**
 * The merged area of the units `codes` (TERYT codes of units in the table; others are ignored):
 * one function for a saved partnership (its current members) and for an unsaved member list
 * (the editor's live preview, /admin/api/obszar).
 */
export function mergedArea(db: Db, codes: readonly string[]): MergedArea {
	const rows = db.$client
		.prepare(
			`SELECT code, level, geometry, population FROM units
			WHERE code IN (SELECT value FROM json_each(?)) ORDER BY code`
		)
		.all(JSON.stringify([...new Set(codes)])) as {
		code: string;
		level: string;
		geometry: string | null;
		population: number | null;
	}[];
	// A member whose parent is also a member adds nothing; skip it to keep the union small.
	const present = new Set(rows.map((r) => r.code));
	const geometries: Areal[] = [];
	const missing: string[] = [];
	let population: number | null = null;
	for (const r of rows) {
		const covered =
			(r.level === 'gmi' && (present.has(r.code.slice(0, 4)) || present.has(r.code.slice(0, 2)))) ||
			(r.level === 'pow' && present.has(r.code.slice(0, 2)));
		if (r.population !== null) population = (population ?? 0) + r.population;
		if (!r.geometry) missing.push(r.code);
		else if (!covered) geometries.push(JSON.parse(r.geometry) as Areal);
	}
	const geometry = mergeGeometries(geometries);
	return {
		geometry,
		areaKm2: geometry ? Math.round(areaKm2(geometry) * 100) / 100 : null,
		membersWithoutGeometry: missing,
		bbox: geometry ? roundBBox(bboxOf(geometry as Geometry)) : null,
		population
	};
}

/** The current members (those that have not left) of a partnership. */
function currentMembers(db: Db, partnershipId: number): string[] {
	return (
		db.$client
			.prepare(
				`SELECT unit_code AS code FROM partnership_members
				WHERE partnership_id = ? AND left IS NULL AND unit_code IS NOT NULL`
			)
			.all(partnershipId) as { code: string }[]
	).map((r) => r.code);
}

export function computeArea(db: Db, partnershipId: number): AreaResult {
	const { geometry, areaKm2, membersWithoutGeometry } = mergedArea(
		db,
		currentMembers(db, partnershipId)
	);
	return { geometry, areaKm2, membersWithoutGeometry };
}

/** Recomputes and stores the merged area, bbox, label point and population of a partnership. */
export function recomputeArea(db: Db, partnershipId: number): AreaResult {
	const result = mergedArea(db, currentMembers(db, partnershipId));
	const { bbox } = result;
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
			result.population,
			JSON.stringify(result.membersWithoutGeometry),
			partnershipId
		);
	return {
		geometry: result.geometry,
		areaKm2: result.areaKm2,
		membersWithoutGeometry: result.membersWithoutGeometry
	};
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
