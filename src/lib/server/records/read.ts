/**
 * Reading practices and partnerships: the lists (filtered by the filter table's clauses) and the
 * whole records for panels, detail pages and the API.
 */
import type { Geometry } from 'geojson';
import { getDb, type Db } from '../db';
import type { Filters } from '../../domain/filters';
import { EMPTY_FILTERS, FILTER_KEYS, regionOf } from '../../domain/filters';
import { sectionBySlug } from '../../domain/sections';
import { clauseOf, regionRange, type RecordTable } from './filter-sql';
import { attachmentsOf, metrykaFromRow, sourcesOf } from './rows';
import type { AttachmentInput, Metryka, SourceInput } from './types';

const collator = new Intl.Collator('pl');

/** The language a record's text is written in (src/lib/content-lang.ts). */
export type ContentLang = 'pl' | 'en';

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
	startDate: string | null;
	endDate: string | null;
	memberCount: number;
	otherMemberCount: number;
	areaKm2: number | null;
	population: number | null;
	bbox: [number, number, number, number] | null;
	point: [number, number] | null;
	partly: boolean;
	/** Members lying in the chosen region (all members without a region filter). */
	membersInRegion: number;
}

function yearOf(date: string | null): number | null {
	return date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;
}

export interface ListOptions {
	/** At most this many (all when absent), after skipping `offset`. */
	limit?: number;
	offset?: number;
	ids?: number[];
	/** Practices: only those linked to this partnership. */
	partnershipId?: number;
}

interface Query {
	from: string;
	where: string[];
	args: unknown[];
	order: string;
}

/**
 * The WHERE of a filtered list: each set filter's clause from src/lib/server/records/filter-sql.ts.
 * Region filters go through the indexed member tables (IN, not a correlated EXISTS), a text query
 * through FTS5, whose ranking also orders the result.
 */
function listQuery(table: RecordTable, filters: Filters, db: Db, opts: ListOptions): Query {
	const where = [`p.status = 'published'`];
	const args: unknown[] = [];
	let from = `${table} p`;
	let order = 'p.sort_key, p.id';
	if (opts.ids) {
		where.push(`p.id IN (SELECT value FROM json_each(?))`);
		args.push(JSON.stringify(opts.ids));
	}
	if (table === 'practices' && opts.partnershipId !== undefined) {
		where.push(`p.id IN (SELECT practice_id FROM practice_partnerships WHERE partnership_id = ?)`);
		args.push(opts.partnershipId);
	}
	for (const key of FILTER_KEYS) {
		const part = clauseOf(key, table, filters, db);
		if (!part) continue;
		if ('ranked' in part) {
			// CROSS JOIN keeps the ranked ids as the outer loop (SQLite would otherwise scan the table).
			from = `json_each(?) r CROSS JOIN ${table} p ON p.id = r.value`;
			args.unshift(JSON.stringify(part.ranked));
			order = 'r.key';
		} else {
			where.push(part.where);
			args.push(...part.args);
		}
	}
	return { from, where, args, order };
}

const practiceQuery = (filters: Filters, db: Db, opts: ListOptions) =>
	listQuery('practices', filters, db, opts);
const partnershipQuery = (filters: Filters, db: Db, opts: ListOptions) =>
	listQuery('partnerships', filters, db, opts);

function page(opts: ListOptions): { sql: string; args: number[] } {
	if (opts.limit === undefined) return { sql: '', args: [] };
	return { sql: ' LIMIT ? OFFSET ?', args: [opts.limit, opts.offset ?? 0] };
}

/**
 * The rows of a filtered list (a page of them when `opts.limit` is set): SELECT `columns(inRegion)`
 * FROM the list's tables and `join`. With a region filter `inRegion` is true and the region's unit
 * code range binds the first two `?` of the columns.
 */
function listRows<R>(
	table: RecordTable,
	filters: Filters,
	db: Db,
	opts: ListOptions,
	columns: (inRegion: boolean) => string,
	join = ''
): R[] {
	const q = listQuery(table, filters, db, opts);
	const region = regionOf(filters);
	const range = region ? regionRange(region) : null;
	const limit = page(opts);
	return db.$client
		.prepare(
			`SELECT ${columns(range !== null)} FROM ${q.from}${join}
			WHERE ${q.where.join(' AND ')} ORDER BY ${q.order}${limit.sql}`
		)
		.all(...(range ?? []), ...q.args, ...limit.args) as R[];
}

function count(db: Db, q: Query): number {
	return (
		db.$client
			.prepare(`SELECT count(*) AS n FROM ${q.from} WHERE ${q.where.join(' AND ')}`)
			.get(...q.args) as { n: number }
	).n;
}

function ids(db: Db, q: Query): number[] {
	return (
		db.$client
			.prepare(`SELECT p.id FROM ${q.from} WHERE ${q.where.join(' AND ')}`)
			.all(...q.args) as { id: number }[]
	).map((r) => r.id);
}

export function countPractices(filters: Filters, db: Db = getDb(), opts: ListOptions = {}): number {
	return count(db, practiceQuery(filters, db, opts));
}

export function practiceIds(filters: Filters, db: Db = getDb(), opts: ListOptions = {}): number[] {
	return ids(db, practiceQuery(filters, db, opts));
}

export function countPartnerships(
	filters: Filters,
	db: Db = getDb(),
	opts: ListOptions = {}
): number {
	return count(db, partnershipQuery(filters, db, opts));
}

export function partnershipIds(
	filters: Filters,
	db: Db = getDb(),
	opts: ListOptions = {}
): number[] {
	return ids(db, partnershipQuery(filters, db, opts));
}

/** Every matching practice as [id, lon, lat], for the map's markers. */
export function practicePoints(
	filters: Filters,
	db: Db = getDb(),
	opts: ListOptions = {}
): [number, number, number][] {
	const q = practiceQuery(filters, db, opts);
	const rows = db.$client
		.prepare(
			`SELECT p.id, u.label_lon AS lon, u.label_lat AS lat FROM ${q.from}
			JOIN units u ON u.code = p.unit_code WHERE ${q.where.join(' AND ')} AND u.label_lon IS NOT NULL`
		)
		.all(...q.args) as { id: number; lon: number; lat: number }[];
	return rows.map((r) => [r.id, r.lon, r.lat]);
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
		Omit<PartnershipSummary, 'bbox' | 'point' | 'partly' | 'membersInRegion'> & {
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
		bbox:
			min_lon === null
				? null
				: ([min_lon, min_lat!, max_lon!, max_lat!] as [number, number, number, number]),
		point: label_lon === null ? null : ([label_lon, label_lat!] as [number, number]),
		partly: inside !== null && inside < r.memberCount,
		membersInRegion: inside ?? r.memberCount
	}));
}

/** The whole practice: the list's fields it shares, then its own. */
export interface PracticeDetail extends Pick<
	PracticeSummary,
	'id' | 'slug' | 'title' | 'titleLang' | 'summaryLang' | 'section' | 'sectionName' | 'summary'
> {
	artId: number | null;
	sourceUrl: string | null;
	presentationHtml: string | null;
	keywords: string[];
	status: string;
	metryka: Metryka;
	unit: { code: string; name: string; powiat: string | null; wojewodztwo: string | null } | null;
	point: [number, number] | null;
	units: { code: string; name: string; role: string }[];
	partners: { name: string; unitCode: string | null; note: string | null }[];
	partnerships: { id: number; slug: string; name: string; nameLang: ContentLang; kind: string }[];
	attachments: AttachmentInput[];
	sources: SourceInput[];
	updatedAt: string;
}

export function getPractice(id: number, db: Db = getDb()): PracticeDetail | null {
	const c = db.$client;
	const r = c
		.prepare(
			`SELECT p.*, u.name AS u_name, u.label_lon, u.label_lat, pw.name AS pow_name, w.name AS woj_name
			FROM practices p LEFT JOIN units u ON u.code = p.unit_code
			LEFT JOIN units pw ON pw.code = u.pow_code LEFT JOIN units w ON w.code = u.woj_code
			WHERE p.id = ? AND p.status = 'published'`
		)
		.get(id) as Record<string, string | number | null> | undefined;
	if (!r) return null;
	const all = <T>(sql: string) => c.prepare(sql).all(id) as T[];
	return {
		id: r.id as number,
		slug: r.slug as string,
		artId: r.art_id as number | null,
		sourceUrl: r.source_url as string | null,
		title: r.title as string,
		titleLang: (r.title_lang as ContentLang | null) ?? 'pl',
		summaryLang: (r.summary_lang as ContentLang | null) ?? 'pl',
		section: r.section as string,
		sectionName: sectionBySlug(r.section as string)?.pl ?? (r.section as string),
		summary: r.summary as string,
		presentationHtml: r.presentation as string | null,
		keywords: JSON.parse(r.keywords as string),
		status: r.status as string,
		metryka: metrykaFromRow(r),
		unit: r.unit_code
			? {
					code: r.unit_code as string,
					name: r.u_name as string,
					powiat: r.pow_name as string | null,
					wojewodztwo: r.woj_name as string | null
				}
			: null,
		point: r.label_lon === null ? null : [r.label_lon as number, r.label_lat as number],
		units: all(
			`SELECT u.code, u.name, pu.role FROM practice_units pu JOIN units u ON u.code = pu.unit_code
			WHERE pu.practice_id = ? ORDER BY pu.role = 'location' DESC, u.name`
		),
		partners: all<{ name: string; unit_code: string | null; note: string | null }>(
			`SELECT name, unit_code, note FROM practice_partners WHERE practice_id = ? ORDER BY position`
		).map((p) => ({ name: p.name, unitCode: p.unit_code, note: p.note })),
		partnerships: all(
			`SELECT p.id, p.slug, p.name, coalesce(p.name_lang, 'pl') AS nameLang, p.kind FROM practice_partnerships pp
			JOIN partnerships p ON p.id = pp.partnership_id WHERE pp.practice_id = ? ORDER BY p.name`
		),
		attachments: attachmentsOf(db, id),
		sources: sourcesOf(db, 'practice', id),
		updatedAt: r.updated_at as string
	};
}

type Member = PartnershipDetail['members'][number];

export interface PartnershipDetail extends PartnershipSummary {
	website: string | null;
	descriptionHtml: string | null;
	extra: Record<string, unknown>;
	members: {
		code: string;
		name: string;
		level: string;
		role: string;
		joined: string | null;
		left: string | null;
		population: number | null;
		hasGeometry: boolean;
		powiat: string | null;
		wojewodztwo: string | null;
	}[];
	otherMembers: {
		name: string;
		kind: string;
		country: string | null;
		town: string | null;
		role: string;
		note: string | null;
	}[];
	membersWithoutGeometry: string[];
	practices: { id: number; slug: string; title: string; titleLang: ContentLang }[];
	sources: SourceInput[];
	geometry: Geometry | null;
	updatedAt: string;
}

export function getPartnership(
	id: number,
	opts: { geometry?: boolean } = {},
	db: Db = getDb()
): PartnershipDetail | null {
	const c = db.$client;
	const summary = listPartnerships(EMPTY_FILTERS, db, { ids: [id] })[0];
	if (!summary) return null;
	const r = c
		.prepare(
			`SELECT website, description, extra, members_without_geometry, updated_at${opts.geometry ? ', geometry' : ''}
			FROM partnerships WHERE id = ?`
		)
		.get(id) as Record<string, string | null>;
	const all = <T>(sql: string) => c.prepare(sql).all(id) as T[];
	return {
		...summary,
		website: r.website,
		descriptionHtml: r.description,
		extra: JSON.parse(r.extra ?? '{}'),
		members: all<Omit<Member, 'hasGeometry'> & { hasGeometry: number }>(
			`SELECT u.code, u.name, u.level, m.role, m.joined, m.left, u.population,
			u.has_geometry AS hasGeometry, pw.name AS powiat, w.name AS wojewodztwo
			FROM partnership_members m JOIN units u ON u.code = m.unit_code
			LEFT JOIN units pw ON pw.code = u.pow_code LEFT JOIN units w ON w.code = u.woj_code
			WHERE m.partnership_id = ?`
		)
			.map((m) => ({ ...m, hasGeometry: m.hasGeometry === 1 }))
			.sort((a, b) =>
				a.role === b.role ? collator.compare(a.name, b.name) : a.role === 'leader' ? -1 : 1
			),
		otherMembers: all(
			`SELECT name, kind, country, town, role, note FROM partnership_other_members
			WHERE partnership_id = ? ORDER BY role = 'leader' DESC, position`
		),
		membersWithoutGeometry: JSON.parse(r.members_without_geometry ?? '[]'),
		practices: all(
			`SELECT p.id, p.slug, p.title, coalesce(p.title_lang, 'pl') AS titleLang FROM practice_partnerships pp JOIN practices p ON p.id = pp.practice_id
			WHERE pp.partnership_id = ? AND p.status = 'published' ORDER BY p.title`
		),
		sources: sourcesOf(db, 'partnership', id),
		geometry: opts.geometry && r.geometry ? (JSON.parse(r.geometry) as Geometry) : null,
		updatedAt: r.updated_at as string
	};
}
