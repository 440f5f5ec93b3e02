/**
 * The lists' rows: practices and partnerships as summaries (what a list item, a marker and the
 * API's list show), read through the filtered list query of list-query.ts.
 */
import type { AreaThumb } from '../../pictures';
import { getDb, type Db } from '../db';
import type { Filters } from '../../domain/filters';
import { sectionBySlug } from '../../domain/sections';
import { listRows, type ListOptions } from './list-query';
import type { ContentLang } from './types';
import { datedPair, type DatePrecision } from '../../dates';

export interface PracticeSummary {
	id: number;
	slug: string;
	title: string;
	/** Language of the title and of the summary, for `lang` attributes (WCAG 3.1.2). */
	titleLang: ContentLang;
	summaryLang: ContentLang;
	section: string;
	sectionName: string;
	summary: string;
	unitCode: string | null;
	unitName: string | null;
	locality: string | null;
	point: [number, number] | null;
	year: number | null;
	/** Whether only some of its units lie in the chosen region. */
	partly: boolean;
}

export interface PartnershipSummary {
	id: number;
	slug: string;
	name: string;
	/** Language of the name and of the description. */
	nameLang: ContentLang;
	descriptionLang: ContentLang;
	kind: string;
	/** Dates as the site gives them out (src/lib/dates.ts `dated`): a full ISO date and its precision. */
	startDate: string | null;
	startDatePrecision: DatePrecision | null;
	endDate: string | null;
	endDatePrecision: DatePrecision | null;
	memberCount: number;
	otherMemberCount: number;
	areaKm2: number | null;
	population: number | null;
	bbox: [number, number, number, number] | null;
	point: [number, number] | null;
	partly: boolean;
	/** Members lying in the chosen region (all members without a region filter). */
	membersInRegion: number;
	/** The area's small picture, added by the pages' loads (withShapes, picture/thumbs.ts). */
	shape?: AreaThumb | null;
}

/** The year of a date as the records store it (null when it does not start with one). */
export function yearOf(date: string | null): number | null {
	return date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;
}

export function listPractices(
	filters: Filters,
	db: Db = getDb(),
	opts: ListOptions = {}
): PracticeSummary[] {
	// `sectionName` is selected in its place (the section, until the name replaces it) so that
	// the fields keep the interface's order.
	const rows = listRows<
		Omit<PracticeSummary, 'point' | 'year' | 'partly'> & {
			lon: number | null;
			lat: number | null;
			dateAdded: string | null;
			outside: number;
		}
	>(
		'practices',
		filters,
		db,
		opts,
		(inRegion) =>
			`p.id, p.slug, p.title, coalesce(p.title_lang, 'pl') AS titleLang,
			coalesce(p.summary_lang, 'pl') AS summaryLang, p.section, p.section AS sectionName, p.summary,
			p.unit_code AS unitCode, u.name AS unitName, p.locality,
			u.label_lon AS lon, u.label_lat AS lat, p.date_added AS dateAdded,
			${inRegion ? `(SELECT count(*) FROM practice_units pu WHERE pu.practice_id = p.id AND NOT (pu.unit_code >= ? AND pu.unit_code < ?))` : '0'} AS outside`,
		' LEFT JOIN units u ON u.code = p.unit_code'
	);
	return rows.map(({ lon, lat, dateAdded, outside, ...r }) => ({
		...r,
		sectionName: sectionBySlug(r.section)?.pl ?? r.section,
		point: lon === null ? null : ([lon, lat!] as [number, number]),
		year: yearOf(dateAdded),
		partly: outside > 0
	}));
}

export function listPartnerships(
	filters: Filters,
	db: Db = getDb(),
	opts: ListOptions = {}
): PartnershipSummary[] {
	type Box = 'min_lon' | 'min_lat' | 'max_lon' | 'max_lat' | 'label_lon' | 'label_lat';
	const rows = listRows<
		Omit<
			PartnershipSummary,
			'bbox' | 'point' | 'partly' | 'membersInRegion' | 'startDatePrecision' | 'endDatePrecision'
		> & {
			[column in Box]: number | null;
		} & { inside: number | null }
	>(
		'partnerships',
		filters,
		db,
		opts,
		(inRegion) =>
			`p.id, p.slug, p.name, coalesce(p.name_lang, 'pl') AS nameLang,
			coalesce(p.description_lang, 'pl') AS descriptionLang, p.kind,
			p.start_date AS startDate, p.end_date AS endDate,
			(SELECT count(*) FROM partnership_members m WHERE m.partnership_id = p.id) AS memberCount,
			(SELECT count(*) FROM partnership_other_members o WHERE o.partnership_id = p.id) AS otherMemberCount,
			p.area_km2 AS areaKm2, p.population, p.min_lon, p.min_lat, p.max_lon, p.max_lat, p.label_lon, p.label_lat,
			${inRegion ? `(SELECT count(*) FROM partnership_members m WHERE m.partnership_id = p.id AND m.unit_code >= ? AND m.unit_code < ?)` : 'NULL'} AS inside`
	);
	return rows.map(({ min_lon, min_lat, max_lon, max_lat, label_lon, label_lat, inside, ...r }) => ({
		...r,
		...datedPair('startDate', r.startDate),
		...datedPair('endDate', r.endDate),
		bbox:
			min_lon === null
				? null
				: ([min_lon, min_lat!, max_lon!, max_lat!] as [number, number, number, number]),
		point: label_lon === null ? null : ([label_lon, label_lat!] as [number, number]),
		partly: inside !== null && inside < r.memberCount,
		membersInRegion: inside ?? r.memberCount
	}));
}
