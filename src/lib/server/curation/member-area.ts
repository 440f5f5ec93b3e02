/**
 * The merged area of an unsaved member list, as the picker previews it (/admin/api/obszar): the
 * same union as a saved partnership's (partnerships/area.ts `mergedArea`), as a GeoJSON Feature
 * with its bbox, area, population, the members without geometry and the members' names.
 */
import type { Feature, Geometry } from 'geojson';
import type { Db } from '../db';
import { TERYT_SHAPE } from '../../domain/members';
import { FIELD_LIMITS } from '../../limits';
import { mergedArea } from '../partnerships/area';
import { unitsByCodes, type UnitInfo } from './member-list';

export interface MemberAreaProperties {
	units: number;
	areaKm2: number | null;
	population: number | null;
	membersWithoutGeometry: string[];
	/** Names, powiat and województwo of the units, in the asked order. */
	members: UnitInfo[];
}

export type MemberAreaFeature = Feature<Geometry | null, MemberAreaProperties> & {
	bbox?: [number, number, number, number];
};

/** A request the preview refuses (400), naming the bad code. */
export class MemberAreaError extends Error {
	constructor(
		readonly pl: string,
		readonly en: string
	) {
		super(`${pl} / ${en}`);
	}
}

/** The preview of the units `codes`; throws MemberAreaError for a bad or unknown code, or too many. */
export function memberAreaFeature(db: Db, codes: readonly string[]): MemberAreaFeature {
	const max = FIELD_LIMITS.members.maxItems;
	if (codes.length > max)
		throw new MemberAreaError(
			`za dużo jednostek: ${codes.length}, dozwolone ${max}`,
			`too many units: ${codes.length}, at most ${max} allowed`
		);
	const unique = [...new Set(codes)];
	const bad = unique.find((c) => !TERYT_SHAPE.test(c));
	if (bad !== undefined)
		throw new MemberAreaError(
			`units=„${bad.slice(0, 20)}” nie jest kodem TERYT (2, 4 albo 7 cyfr)`,
			`units="${bad.slice(0, 20)}" is not a TERYT code (2, 4 or 7 digits)`
		);
	const members = unitsByCodes(db, unique);
	if (members.length < unique.length) {
		const known = new Set(members.map((u) => u.code));
		const missing = unique.find((c) => !known.has(c))!;
		throw new MemberAreaError(
			`units=${missing}: nie ma jednostki o tym kodzie TERYT`,
			`units=${missing}: no unit has this TERYT code`
		);
	}
	const area = mergedArea(db, unique);
	return {
		type: 'Feature',
		geometry: area.geometry,
		...(area.bbox ? { bbox: area.bbox } : {}),
		properties: {
			units: unique.length,
			areaKm2: area.areaKm2,
			population: area.population,
			membersWithoutGeometry: area.membersWithoutGeometry,
			members
		}
	};
}
