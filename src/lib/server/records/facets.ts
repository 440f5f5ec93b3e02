/**
 * Counts beside every filter choice: how many records each województwo, powiat, gmina, section,
 * kind and year would give together with the other filters. Uses the same list queries as the
 * API and the map (src/lib/server/records/read.ts), so the numbers can never disagree.
 */
import { getDb, type Db } from '../db';
import type { Filters } from '../../filters';
import {
	listPartnerships,
	listPractices,
	type PartnershipSummary,
	type PracticeSummary
} from './read';

export interface RegionCount {
	code: string;
	name: string;
	count: number;
	/** Label point, for count bubbles on the map. */
	point: [number, number] | null;
}

export interface Facets {
	woj: RegionCount[];
	pow: RegionCount[];
	gmi: RegionCount[];
	kat: { value: string; count: number }[];
	typ: { value: string; count: number }[];
	rok: { value: number; count: number }[];
}

const collator = new Intl.Collator('pl');

function regionCounts(
	db: Db,
	practiceIds: number[],
	partnershipIds: number[],
	length: 2 | 4 | 7,
	parent: string | null
): RegionCount[] {
	// One count per record and region, whichever of its units lie there.
	const rows = db.$client
		.prepare(
			`WITH hits AS (
				SELECT DISTINCT 'p' || practice_id AS rec, substr(unit_code, 1, @len) AS region
				FROM practice_units WHERE practice_id IN (SELECT value FROM json_each(@practices)) AND length(unit_code) >= @len
				UNION
				SELECT DISTINCT 'm' || partnership_id, substr(unit_code, 1, @len)
				FROM partnership_members WHERE partnership_id IN (SELECT value FROM json_each(@partnerships)) AND length(unit_code) >= @len
			)
			SELECT u.code, u.name, u.label_lon, u.label_lat, count(h.rec) AS n
			FROM units u LEFT JOIN hits h ON h.region = u.code
			WHERE length(u.code) = @len AND (@parent IS NULL OR u.code LIKE @parent || '%')
			GROUP BY u.code`
		)
		.all({
			len: length,
			practices: JSON.stringify(practiceIds),
			partnerships: JSON.stringify(partnershipIds),
			parent
		}) as {
		code: string;
		name: string;
		label_lon: number | null;
		label_lat: number | null;
		n: number;
	}[];
	return rows
		.map((r) => ({
			code: r.code,
			name: r.name,
			count: r.n,
			point: r.label_lon === null ? null : ([r.label_lon, r.label_lat!] as [number, number])
		}))
		.sort((a, b) => collator.compare(a.name, b.name));
}

function count<T, K>(items: T[], keys: (item: T) => K[]): Map<K, number> {
	const m = new Map<K, number>();
	for (const item of items) for (const k of keys(item)) m.set(k, (m.get(k) ?? 0) + 1);
	return m;
}

function yearsOfPartnership(p: PartnershipSummary, until: number): number[] {
	const start = p.startDate ? Number(p.startDate.slice(0, 4)) : null;
	const end = p.endDate ? Number(p.endDate.slice(0, 4)) : until;
	if (start === null) return [];
	const years: number[] = [];
	for (let y = start; y <= Math.min(end, until); y++) years.push(y);
	return years;
}

function yearsOfPractice(p: PracticeSummary): number[] {
	return p.year ? [p.year] : [];
}

export function facets(filters: Filters, db: Db = getDb()): Facets {
	const without = (patch: Partial<Filters>) => ({ ...filters, ...patch });
	// Region counts apply every filter but the region itself.
	const noRegion = without({ woj: null, pow: null, gmi: null });
	const practices = listPractices(noRegion, db).map((p) => p.id);
	const partnerships = listPartnerships(noRegion, db).map((p) => p.id);
	const thisYear = new Date().getFullYear();
	const kat = count(listPractices(without({ kat: null }), db), (p) => [p.section]);
	const typ = count(listPartnerships(without({ typ: null }), db), (p) => [p.kind]);
	const years = new Map<number, number>();
	for (const [y, n] of count(listPractices(without({ rok: null }), db), yearsOfPractice))
		years.set(y, (years.get(y) ?? 0) + n);
	for (const [y, n] of count(listPartnerships(without({ rok: null }), db), (p) =>
		yearsOfPartnership(p, thisYear)
	))
		years.set(y, (years.get(y) ?? 0) + n);
	return {
		woj: regionCounts(db, practices, partnerships, 2, null),
		pow:
			filters.woj || filters.pow || filters.gmi
				? regionCounts(
						db,
						practices,
						partnerships,
						4,
						filters.woj ?? (filters.pow ?? filters.gmi)!.slice(0, 2)
					)
				: [],
		gmi:
			filters.pow || filters.gmi
				? regionCounts(db, practices, partnerships, 7, filters.pow ?? filters.gmi!.slice(0, 4))
				: [],
		kat: [...kat].map(([value, n]) => ({ value, count: n })),
		typ: [...typ].map(([value, n]) => ({ value, count: n })),
		rok: [...years].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.value - a.value)
	};
}
