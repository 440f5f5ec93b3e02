/**
 * Whole records: a practice or a partnership with everything that hangs off it, for the panels,
 * the detail pages and the API.
 */
import type { Geometry } from 'geojson';
import { getDb, type Db } from '../db';
import { EMPTY_FILTERS } from '../../domain/filters';
import { sectionBySlug } from '../../domain/sections';
import { attachmentsOf, metrykaFromRow, sourcesOf } from './rows';
import { listPartnerships, type PartnershipSummary, type PracticeSummary } from './summaries';
import type { AttachmentInput, ContentLang, Metryka, SourceInput } from './types';
import { datedPair, type DatePrecision } from '../../dates';

const collator = new Intl.Collator('pl');

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
	/** When the public version was published in the admin area (null: bundled or imported). */
	publishedAt: string | null;
	/** When someone last confirmed it is current, and who (a role id as `role:curator`, or an organisation). */
	verifiedAt: string | null;
	verifiedBy: string | null;
	/** Its published revisions, newest first (the public changelog). */
	revisions: PublishedRevision[];
}

/** One published revision, as the public changelog shows it: when, and which fields changed. */
export interface PublishedRevision {
	number: number;
	publishedAt: string;
	/** The fields the publication changed, as the API names them (`title`, `metryka.locality`). */
	fields: string[];
}

/** The newest published revisions of a record (at most 10), newest first. */
function publishedRevisions(db: Db, type: 'praktyka' | 'partnerstwo', id: number) {
	return (
		db.$client
			.prepare(
				`SELECT number, created_at, changes FROM revisions
				WHERE record_type = ? AND record_id = ? AND action = 'publish' ORDER BY number DESC LIMIT 10`
			)
			.all(type, id) as { number: number; created_at: string; changes: string }[]
	).map((r): PublishedRevision => ({
		number: r.number,
		publishedAt: r.created_at,
		fields: (JSON.parse(r.changes) as { field: string }[])
			.map((c) => c.field)
			.filter((f) => f !== 'status')
	}));
}

/** When the live version of a record was published in the admin area. */
function publishedAtOf(db: Db, type: 'praktyka' | 'partnerstwo', id: number): string | null {
	const r = db.$client
		.prepare(
			`SELECT v.created_at FROM revisions v JOIN ${type === 'praktyka' ? 'practices' : 'partnerships'} r
			ON r.id = v.record_id AND v.number = r.published_revision WHERE v.record_type = ? AND v.record_id = ?`
		)
		.get(type, id) as { created_at: string } | undefined;
	return r?.created_at ?? null;
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
			JOIN partnerships p ON p.id = pp.partnership_id WHERE pp.practice_id = ? AND p.status = 'published'
			ORDER BY p.name`
		),
		attachments: attachmentsOf(db, id),
		sources: sourcesOf(db, 'practice', id),
		updatedAt: r.updated_at as string,
		publishedAt: publishedAtOf(db, 'praktyka', id),
		revisions: publishedRevisions(db, 'praktyka', id),
		verifiedAt: r.verified_at as string | null,
		verifiedBy: r.verified_by as string | null
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
		joinedPrecision: DatePrecision | null;
		left: string | null;
		leftPrecision: DatePrecision | null;
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
	publishedAt: string | null;
	verifiedAt: string | null;
	verifiedBy: string | null;
	revisions: PublishedRevision[];
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
			`SELECT website, description, extra, members_without_geometry, updated_at, verified_at, verified_by${opts.geometry ? ', geometry' : ''}
			FROM partnerships WHERE id = ?`
		)
		.get(id) as Record<string, string | null>;
	const all = <T>(sql: string) => c.prepare(sql).all(id) as T[];
	return {
		...summary,
		website: r.website,
		descriptionHtml: r.description,
		extra: JSON.parse(r.extra ?? '{}'),
		members: all<
			Omit<Member, 'hasGeometry' | 'joinedPrecision' | 'leftPrecision'> & { hasGeometry: number }
		>(
			`SELECT u.code, u.name, u.level, m.role, m.joined, m.left, u.population,
			u.has_geometry AS hasGeometry, pw.name AS powiat, w.name AS wojewodztwo
			FROM partnership_members m JOIN units u ON u.code = m.unit_code
			LEFT JOIN units pw ON pw.code = u.pow_code LEFT JOIN units w ON w.code = u.woj_code
			WHERE m.partnership_id = ?`
		)
			.map((m) => ({
				...m,
				...datedPair('joined', m.joined),
				...datedPair('left', m.left),
				hasGeometry: m.hasGeometry === 1
			}))
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
		updatedAt: r.updated_at as string,
		publishedAt: publishedAtOf(db, 'partnerstwo', id),
		revisions: publishedRevisions(db, 'partnerstwo', id),
		verifiedAt: r.verified_at,
		verifiedBy: r.verified_by
	};
}
