/**
 * The rows every export of a list gives out (CSV, XLSX, GeoJSON of /api/v1, the OGC API's items,
 * the dumps of /dane): flat properties only (a property that is a list, such as a bounding box,
 * becomes a string in GDAL and a spreadsheet), dates by the one convention of src/lib/dates.ts,
 * the members of a partnership as TERYT codes and names. One home, so the formats never disagree.
 */
import type { Geometry, MultiPolygon, Point } from 'geojson';
import { getDb, type Db } from '../db';
import { recordPath } from '../../domain/records';
import { kindOf } from '../../domain/kinds';
import type { PartnershipSummary, PracticeSummary } from '../records/read';
import { partnershipGeometries } from '../partnerships/geometries';
import { asMultiPolygon } from '../../geo/rfc7946';

export interface PracticeRow {
	id: number;
	slug: string;
	title: string;
	section: string;
	sectionName: string;
	summary: string;
	unitCode: string | null;
	unitName: string | null;
	locality: string | null;
	year: number | null;
	url: string;
}

export type PartnershipRow = Omit<
	PartnershipSummary,
	'bbox' | 'point' | 'partly' | 'membersInRegion' | 'nameLang' | 'descriptionLang'
> & {
	kindName: string;
	/** The member local governments' TERYT codes and names, in one order, "; " between. */
	memberTeryt: string;
	memberNames: string;
	url: string;
};

export function practiceRows(practices: readonly PracticeSummary[], origin: string): PracticeRow[] {
	return practices.map((p) => ({
		id: p.id,
		slug: p.slug,
		title: p.title,
		section: p.section,
		sectionName: p.sectionName,
		summary: p.summary,
		unitCode: p.unitCode,
		unitName: p.unitName,
		locality: p.locality,
		year: p.year,
		url: recordPath('praktyka', p, origin)
	}));
}

/** Members of the partnerships `ids` (leaders first, then by name), one query for the list. */
function membersOf(db: Db, ids: readonly number[]): Map<number, { code: string; name: string }[]> {
	const rows = db.$client
		.prepare(
			`SELECT m.partnership_id AS id, u.code, u.name FROM partnership_members m
			JOIN units u ON u.code = m.unit_code
			WHERE m.partnership_id IN (SELECT value FROM json_each(?))
			ORDER BY m.partnership_id, m.role = 'leader' DESC, u.name COLLATE NOCASE, u.code`
		)
		.all(JSON.stringify(ids)) as { id: number; code: string; name: string }[];
	const out = new Map<number, { code: string; name: string }[]>();
	for (const r of rows) {
		let list = out.get(r.id);
		if (!list) out.set(r.id, (list = []));
		list.push({ code: r.code, name: r.name });
	}
	return out;
}

export function partnershipRows(
	partnerships: readonly PartnershipSummary[],
	origin: string,
	db: Db = getDb()
): PartnershipRow[] {
	const members = membersOf(
		db,
		partnerships.map((p) => p.id)
	);
	return partnerships.map((p) => {
		const list = members.get(p.id) ?? [];
		return {
			id: p.id,
			slug: p.slug,
			name: p.name,
			kind: p.kind,
			kindName: kindOf(p.kind).pl,
			startDate: p.startDate,
			startDatePrecision: p.startDatePrecision,
			endDate: p.endDate,
			endDatePrecision: p.endDatePrecision,
			memberCount: p.memberCount,
			memberTeryt: list.map((m) => m.code).join('; '),
			memberNames: list.map((m) => m.name).join('; '),
			otherMemberCount: p.otherMemberCount,
			areaKm2: p.areaKm2,
			population: p.population,
			url: recordPath('partnerstwo', p, origin)
		};
	});
}

export interface ExportFeature<R> {
	id: number | string;
	geometry: Geometry | null;
	properties: R;
}

/** Practices as point features (the gmina's label point). */
export function practiceFeatures(
	practices: readonly PracticeSummary[],
	origin: string
): ExportFeature<PracticeRow>[] {
	const rows = practiceRows(practices, origin);
	return practices.map((p, i) => ({
		id: p.id,
		geometry: p.point ? ({ type: 'Point', coordinates: p.point } satisfies Point) : null,
		properties: rows[i]
	}));
}

/** Partnerships with their merged areas, each a MultiPolygon wound by the right-hand rule. */
export function partnershipFeatures(
	partnerships: readonly PartnershipSummary[],
	origin: string,
	db: Db = getDb()
): ExportFeature<PartnershipRow>[] {
	const rows = partnershipRows(partnerships, origin, db);
	const geometries = partnershipGeometries(
		partnerships.map((p) => p.id),
		db
	);
	return partnerships.map((p, i) => ({
		id: p.id,
		geometry: asMultiPolygon(geometries.get(p.id) ?? null) as MultiPolygon | null,
		properties: rows[i]
	}));
}
