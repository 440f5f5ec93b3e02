/**
 * The database schema (drizzle, SQLite). Migrations in drizzle/ are generated from this file
 * with `npm run db:generate`; never edit them by hand.
 * Over 300 lines: drizzle-kit reads the whole schema from this one file.
 */
import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';
import { PARTNERSHIP_KINDS, MEMBER_KINDS } from '../../domain/kinds';
import type { Contact } from '../../domain/fields';
import { ROLES } from '../../domain/roles';
import { RECORD_TYPE_IDS } from '../../domain/records';
import { REPORT_REASONS, SUBMISSION_ACTIONS, SUBMISSION_STATUSES } from '../../domain/submissions';

export type { Contact };

/** Administrative units of the TERC register: województwa, powiaty and gminy. */
export const units = sqliteTable(
	'units',
	{
		/** TERYT code: 2 digits (województwo), 4 (powiat) or 7 (gmina, last digit = type). */
		code: text('code').primaryKey(),
		/** 'woj' | 'pow' | 'gmi' */
		level: text('level', { enum: ['woj', 'pow', 'gmi'] }).notNull(),
		name: text('name').notNull(),
		/** Gmina type from TERC RODZ: 1 miejska, 2 wiejska, 3 miejsko-wiejska; null above gmina level. */
		gminaType: integer('gmina_type'),
		wojCode: text('woj_code').notNull(),
		/** Parent powiat of a gmina; null for powiaty and województwa. */
		powCode: text('pow_code'),
		/** GeoJSON geometry (Polygon or MultiPolygon, WGS84); null for the units the source lacks. */
		geometry: text('geometry', { mode: 'json' }),
		labelLon: real('label_lon'),
		labelLat: real('label_lat'),
		minLon: real('min_lon'),
		minLat: real('min_lat'),
		maxLon: real('max_lon'),
		maxLat: real('max_lat'),
		areaKm2: real('area_km2'),
		/** Residents on 31 Dec of populationYear (GUS BDL); summed from gminy for powiaty and województwa. */
		population: integer('population'),
		populationYear: integer('population_year'),
		/** False for the two gminy created in 2025 that the boundary source does not have yet. */
		hasGeometry: integer('has_geometry', { mode: 'boolean' }).notNull().default(true)
	},
	(t) => [
		index('units_level_idx').on(t.level),
		index('units_woj_code_idx').on(t.wojCode),
		index('units_pow_code_idx').on(t.powCode)
	]
);

/** Key-value facts about the loaded data (data version for tile URLs, load time). */
export const meta = sqliteTable('meta', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	updatedAt: text('updated_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
});

/**
 * Data versions handed out in tile URLs (pages, TileJSON): a tile request naming one of them gets
 * today's tile (briefly cached), so a page opened before a write keeps working; a version never
 * handed out is unknown (404). Rows older than 30 days are dropped (src/lib/server/tiles).
 */
export const tileVersions = sqliteTable(
	'tile_versions',
	{
		tileSet: text('tile_set').notNull(),
		version: text('version').notNull(),
		servedAt: text('served_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(t) => [primaryKey({ columns: [t.tileSet, t.version] })]
);

/* ------------------------------------------------------------------ practices and partnerships */

export const PRACTICE_STATUSES = [
	'draft',
	'submitted',
	'published',
	'rejected',
	'archived',
	/** Taken off the public map by a curator pending review of a report; shown again as it was. */
	'hidden'
] as const;

const timestamps = {
	createdAt: text('created_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
	updatedAt: text('updated_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
};

/** What curation keeps on a record (see src/lib/server/curation/). */
const curation = {
	/** When someone last confirmed the record is current ("potwierdzam aktualność"). */
	verifiedAt: text('verified_at'),
	/** Who confirmed it, as the public may see it: a role or an organisation, never an e-mail. */
	verifiedBy: text('verified_by'),
	/** The revision the live row shows (null: written before revisions were kept). */
	publishedRevision: integer('published_revision')
};

/** The practice a row belongs to: the row goes when the practice does. */
const ofPractice = () =>
	integer('practice_id')
		.notNull()
		.references(() => practices.id, { onDelete: 'cascade' });

/** The partnership a row belongs to: the row goes when the partnership does. */
const ofPartnership = () =>
	integer('partnership_id')
		.notNull()
		.references(() => partnerships.id, { onDelete: 'cascade' });

/** A local government unit (its TERYT code). */
const unitCode = () =>
	text('unit_code')
		.notNull()
		.references(() => units.code);

/** A member's part in a partnership. */
const memberRole = () =>
	text('role', { enum: ['leader', 'member'] })
		.notNull()
		.default('member');

/** A good practice, with every field of the old database's "Metryka praktyki". */
export const practices = sqliteTable(
	'practices',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		slug: text('slug').notNull().unique(),
		/** The old database's practice id (`art=` in its URLs); the importer's first key. */
		artId: integer('art_id').unique(),
		/** Canonical URL of the old page (the "Skrót i Metryka" view); the importer's second key. */
		sourceUrl: text('source_url').unique(),
		title: text('title').notNull(),
		/**
		 * Language of the title and of the summary ('pl' | 'en'), for `lang` attributes (WCAG 3.1.2);
		 * set on write by src/lib/content-lang.ts unless the input says it. Null only in rows written
		 * before migration 0006, until the database is opened (backfillContentLang).
		 */
		titleLang: text('title_lang', { enum: ['pl', 'en'] }),
		summaryLang: text('summary_lang', { enum: ['pl', 'en'] }),
		/** The title's Polish collation key (src/lib/text.ts polishSortKey), for ORDER BY … LIMIT. */
		sortKey: text('sort_key'),
		/** Section slug, e.g. 'wspolpraca-miedzy-jst' (see src/lib/domain/sections.ts). */
		section: text('section').notNull(),
		summary: text('summary').notNull().default(''),
		/** Full presentation as sanitised HTML (never raw input). */
		presentation: text('presentation'),
		keywords: text('keywords', { mode: 'json' }).$type<string[]>().notNull().default([]),
		status: text('status', { enum: PRACTICE_STATUSES }).notNull().default('published'),
		// Metryka praktyki: one column per entry of METRYKA_FIELDS (src/lib/domain/fields.ts)
		dateAdded: text('date_added'),
		dateUpdated: text('date_updated'),
		unitType: text('unit_type'),
		locality: text('locality'),
		powiatName: text('powiat_name'),
		wojewodztwoName: text('wojewodztwo_name'),
		postalCode: text('postal_code'),
		postOffice: text('post_office'),
		implementingUnit: text('implementing_unit'),
		street: text('street'),
		phone: text('phone'),
		websites: text('websites', { mode: 'json' }).$type<string[]>().notNull().default([]),
		population: integer('population'),
		contacts: text('contacts', { mode: 'json' }).$type<Contact[]>().notNull().default([]),
		/** The gmina the practice is placed by on the map (TERYT); null when it could not be resolved. */
		unitCode: text('unit_code').references(() => units.code),
		...curation,
		...timestamps
	},
	(t) => [
		index('practices_section_idx').on(t.section),
		index('practices_unit_code_idx').on(t.unitCode),
		index('practices_status_idx').on(t.status),
		index('practices_status_sort_key_idx').on(t.status, t.sortKey),
		// A section filter: counted from the index alone, listed in sort order without sorting.
		index('practices_status_section_sort_key_idx').on(t.status, t.section, t.sortKey)
	]
);

/** Units a practice involves beyond its location (partner gminy named in its text). */
export const practiceUnits = sqliteTable(
	'practice_units',
	{
		practiceId: ofPractice(),
		unitCode: unitCode(),
		role: text('role', { enum: ['location', 'partner'] })
			.notNull()
			.default('partner')
	},
	(t) => [
		uniqueIndex('practice_units_practice_id_unit_code_idx').on(t.practiceId, t.unitCode),
		// A region filter (a range of codes) finds the practice ids in the index alone.
		index('practice_units_unit_code_practice_id_idx').on(t.unitCode, t.practiceId)
	]
);

/** Partners as the page names them, kept even when they do not resolve to one TERYT unit. */
export const practicePartners = sqliteTable(
	'practice_partners',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		practiceId: ofPractice(),
		position: integer('position').notNull(),
		name: text('name').notNull(),
		unitCode: text('unit_code').references(() => units.code),
		/** Why no unit was chosen ('ambiguous: …', 'not found'), for curators. */
		note: text('note')
	},
	(t) => [index('practice_partners_practice_id_idx').on(t.practiceId)]
);

export const attachments = sqliteTable(
	'attachments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		practiceId: ofPractice(),
		position: integer('position').notNull().default(0),
		fileName: text('file_name').notNull(),
		title: text('title'),
		/** File type as shown by the source (extension or MIME type). */
		fileType: text('file_type'),
		sizeBytes: integer('size_bytes'),
		url: text('url'),
		/** Path under var/files when the file itself is stored here. */
		storedPath: text('stored_path'),
		/** The uploaded file (files.sha256) when it is kept here, served by /pliki/{sha256}. */
		fileSha256: text('file_sha256').references(() => files.sha256)
	},
	(t) => [index('attachments_practice_id_idx').on(t.practiceId)]
);

export const partnerships = sqliteTable(
	'partnerships',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		/** Language of the name and of the description ('pl' | 'en'); see practices.titleLang. */
		nameLang: text('name_lang', { enum: ['pl', 'en'] }),
		descriptionLang: text('description_lang', { enum: ['pl', 'en'] }),
		/** The name's Polish collation key (src/lib/text.ts polishSortKey), for ORDER BY … LIMIT. */
		sortKey: text('sort_key'),
		kind: text('kind', { enum: PARTNERSHIP_KINDS }).notNull(),
		/** ISO date or year ('2014', '2016-09-04'). */
		startDate: text('start_date'),
		endDate: text('end_date'),
		website: text('website'),
		/** Short description in our own words (sanitised HTML allowed). */
		description: text('description'),
		/** Source facts that have no column of their own (programme, budget, themes…). */
		extra: text('extra', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
		status: text('status', { enum: PRACTICE_STATUSES }).notNull().default('published'),
		/** Merged area of the member units (turf union), recomputed whenever members change. */
		geometry: text('geometry', { mode: 'json' }),
		areaKm2: real('area_km2'),
		minLon: real('min_lon'),
		minLat: real('min_lat'),
		maxLon: real('max_lon'),
		maxLat: real('max_lat'),
		labelLon: real('label_lon'),
		labelLat: real('label_lat'),
		/** Sum over member units with a known population (null when none is known). */
		population: integer('population'),
		/** Member units whose geometry is missing from the boundary source (listed, not dropped). */
		membersWithoutGeometry: text('members_without_geometry', { mode: 'json' })
			.$type<string[]>()
			.notNull()
			.default([]),
		geometryUpdatedAt: text('geometry_updated_at'),
		...curation,
		...timestamps
	},
	(t) => [
		index('partnerships_kind_idx').on(t.kind),
		index('partnerships_status_sort_key_idx').on(t.status, t.sortKey),
		index('partnerships_status_kind_sort_key_idx').on(t.status, t.kind, t.sortKey)
	]
);

export const partnershipMembers = sqliteTable(
	'partnership_members',
	{
		partnershipId: ofPartnership(),
		unitCode: unitCode(),
		role: memberRole(),
		joined: text('joined'),
		left: text('left')
	},
	(t) => [
		uniqueIndex('partnership_members_partnership_id_unit_code_idx').on(t.partnershipId, t.unitCode),
		// A region filter finds the partnership ids in the index alone.
		index('partnership_members_unit_code_partnership_id_idx').on(t.unitCode, t.partnershipId)
	]
);

/** Members that are not Polish local governments: NGOs, firms, universities, foreign partners. */
export const partnershipOtherMembers = sqliteTable(
	'partnership_other_members',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		partnershipId: ofPartnership(),
		position: integer('position').notNull().default(0),
		name: text('name').notNull(),
		kind: text('kind', { enum: MEMBER_KINDS }).notNull(),
		country: text('country'),
		town: text('town'),
		role: memberRole(),
		note: text('note')
	},
	(t) => [index('partnership_other_members_partnership_id_idx').on(t.partnershipId)]
);

export const practicePartnerships = sqliteTable(
	'practice_partnerships',
	{
		practiceId: ofPractice(),
		partnershipId: ofPartnership()
	},
	(t) => [
		uniqueIndex('practice_partnerships_practice_id_partnership_id_idx').on(
			t.practiceId,
			t.partnershipId
		),
		index('practice_partnerships_partnership_id_idx').on(t.partnershipId)
	]
);

/** Where a record's facts come from, and when someone last checked them. */
export const sources = sqliteTable(
	'sources',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		practiceId: integer('practice_id').references(() => practices.id, { onDelete: 'cascade' }),
		partnershipId: integer('partnership_id').references(() => partnerships.id, {
			onDelete: 'cascade'
		}),
		name: text('name').notNull(),
		url: text('url'),
		verifiedAt: text('verified_at')
	},
	(t) => [
		index('sources_practice_id_idx').on(t.practiceId),
		index('sources_partnership_id_idx').on(t.partnershipId),
		check('sources_one_owner', sql`(${t.practiceId} IS NULL) <> (${t.partnershipId} IS NULL)`)
	]
);

/* ------------------------------------------------------------------ accounts (issue 13) */

/** People who curate: admins, curators and unit editors (src/lib/domain/roles.ts). */
export const users = sqliteTable('users', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	/** Lower case, trimmed. */
	email: text('email').notNull().unique(),
	name: text('name'),
	/** What the public sees when this user confirms a record (an organisation); else the role. */
	organisation: text('organisation'),
	role: text('role', { enum: ROLES }).notNull(),
	/** Argon2id PHC string (src/lib/server/auth/password.ts). */
	passwordHash: text('password_hash').notNull(),
	/** The admin area's language ('pl' | 'en'). */
	lang: text('lang', { enum: ['pl', 'en'] })
		.notNull()
		.default('pl'),
	disabledAt: text('disabled_at'),
	...timestamps
});

/** The units an editor edits: a gmina, powiat or województwo (a TERYT code, a prefix of others). */
export const userUnits = sqliteTable(
	'user_units',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		unitCode: unitCode()
	},
	(t) => [uniqueIndex('user_units_user_id_unit_code_idx').on(t.userId, t.unitCode)]
);

/** Sessions: only the SHA-256 of the token is kept (Lucia's "sessions from scratch"). */
export const sessions = sqliteTable(
	'sessions',
	{
		/** Hex SHA-256 of the cookie's token. */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: text('created_at').notNull(),
		/** Idle expiry, moved on with use. */
		expiresAt: text('expires_at').notNull(),
		/** Absolute expiry, never moved. */
		absoluteExpiresAt: text('absolute_expires_at').notNull()
	},
	(t) => [index('sessions_user_id_idx').on(t.userId)]
);

/** Failed logins, per e-mail and per address, for throttling (auth/throttle.ts). */
export const loginAttempts = sqliteTable(
	'login_attempts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** 'email:…' or 'addr:…'. */
		key: text('key').notNull(),
		at: text('at').notNull()
	},
	(t) => [index('login_attempts_key_at_idx').on(t.key, t.at)]
);

/** One-time password reset links made by an admin; only the token's hash is kept. */
export const passwordResets = sqliteTable('password_resets', {
	tokenHash: text('token_hash').primaryKey(),
	userId: integer('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: text('created_at').notNull(),
	expiresAt: text('expires_at').notNull(),
	usedAt: text('used_at')
});

/* ------------------------------------------------------------------ revisions and files */

export const REVISION_ACTIONS = [
	'import',
	'create',
	'save',
	'publish',
	'archive',
	'restore',
	'verify',
	'hide',
	'show'
] as const;

/**
 * Every save of a record is a revision: who, when, what changed field by field, and the whole
 * record as saved (the shape of the write path's input), so any two can be compared and an older
 * one restored. The live row shows `published_revision`; later revisions are unpublished changes.
 */
export const revisions = sqliteTable(
	'revisions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		recordType: text('record_type', { enum: RECORD_TYPE_IDS }).notNull(),
		recordId: integer('record_id').notNull(),
		/** 1, 2, 3… per record: the optimistic lock of the edit forms. */
		number: integer('number').notNull(),
		action: text('action', { enum: REVISION_ACTIONS }).notNull(),
		authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
		/** The author as shown in the history (kept when the account goes). */
		authorLabel: text('author_label').notNull(),
		snapshot: text('snapshot', { mode: 'json' }).notNull(),
		/** [{ field, before, after }] against the previous revision. */
		changes: text('changes', { mode: 'json' }).notNull().default([]),
		note: text('note'),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(t) => [
		uniqueIndex('revisions_record_type_record_id_number_idx').on(t.recordType, t.recordId, t.number)
	]
);

/** Uploaded files, stored under the data folder by the SHA-256 of their content. */
export const files = sqliteTable('files', {
	sha256: text('sha256').primaryKey(),
	sizeBytes: integer('size_bytes').notNull(),
	/** The type found in the content (src/lib/server/files/sniff.ts), not the one the name says. */
	mime: text('mime').notNull(),
	uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: text('created_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
});

/* ------------------------------------------------------------------ submissions and reports */

/**
 * A record sent in from outside (`/zglos`): a new practice or partnership, or a correction of a
 * published one. The proposal is kept in the write path's input shape (like a revision's
 * snapshot) until a curator publishes it (src/lib/server/submissions/).
 */
export const submissions = sqliteTable(
	'submissions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		recordType: text('record_type', { enum: RECORD_TYPE_IDS }).notNull(),
		/** The record a correction is about; null for a new record. */
		recordId: integer('record_id'),
		/** The record's newest revision when the correction was sent (what it was compared with). */
		baseRevision: integer('base_revision'),
		/** The proposal: the whole record as the sender would have it. */
		input: text('input', { mode: 'json' }).notNull(),
		/** The TERYT codes the proposal is about (its gminy or members), for editors' queues. */
		units: text('units', { mode: 'json' }).notNull().default([]),
		status: text('status', { enum: SUBMISSION_STATUSES }).notNull(),
		senderName: text('sender_name'),
		senderEmail: text('sender_email'),
		senderInstitution: text('sender_institution'),
		/** The sender chose to have their name and institution shown with the record. */
		senderPublic: integer('sender_public', { mode: 'boolean' }).notNull().default(false),
		/** The language the sender wrote in: the messages to them use it. */
		lang: text('lang', { enum: ['pl', 'en'] })
			.notNull()
			.default('pl'),
		/** Hex SHA-256 of the client address keyed with the site's secret (rate limits); purged. */
		addressHash: text('address_hash'),
		confirmTokenHash: text('confirm_token_hash'),
		confirmedAt: text('confirmed_at'),
		/** The sender's private link (status, edits when returned): only its hash is kept. */
		editTokenHash: text('edit_token_hash'),
		assignedTo: integer('assigned_to').references(() => users.id, { onDelete: 'set null' }),
		/** The reviewer's lock lasts until then; others may take it over afterwards. */
		lockedUntil: text('locked_until'),
		/** What the sender is told with a rejection or a return. */
		decisionReason: text('decision_reason'),
		decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
		decidedAt: text('decided_at'),
		/** The record it became (a new record's id once published). */
		resultId: integer('result_id'),
		...timestamps
	},
	(t) => [
		index('submissions_status_idx').on(t.status, t.createdAt),
		index('submissions_record_idx').on(t.recordType, t.recordId),
		index('submissions_address_idx').on(t.addressHash, t.createdAt),
		uniqueIndex('submissions_confirm_token_idx').on(t.confirmTokenHash),
		uniqueIndex('submissions_edit_token_idx').on(t.editTokenHash)
	]
);

/** What happened to a submission, in order; `note` events are the reviewers' private notes. */
export const submissionEvents = sqliteTable(
	'submission_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		submissionId: integer('submission_id')
			.notNull()
			.references(() => submissions.id, { onDelete: 'cascade' }),
		action: text('action', { enum: SUBMISSION_ACTIONS }).notNull(),
		actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
		/** Who, as the timeline names them ("zgłaszający / sender" for the sender). */
		actorLabel: text('actor_label').notNull(),
		text: text('text'),
		at: text('at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(t) => [index('submission_events_submission_idx').on(t.submissionId, t.id)]
);

/** "Zgłoś problem" on a public record: open until a curator resolves or dismisses it. */
export const reports = sqliteTable(
	'reports',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		recordType: text('record_type', { enum: RECORD_TYPE_IDS }).notNull(),
		recordId: integer('record_id').notNull(),
		reason: text('reason', { enum: REPORT_REASONS }).notNull(),
		message: text('message'),
		/** Optional, for an answer; never shown publicly. */
		reporterEmail: text('reporter_email'),
		addressHash: text('address_hash'),
		status: text('status', { enum: ['open', 'resolved', 'dismissed'] })
			.notNull()
			.default('open'),
		resolvedBy: integer('resolved_by').references(() => users.id, { onDelete: 'set null' }),
		resolvedAt: text('resolved_at'),
		resolution: text('resolution'),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(t) => [
		index('reports_record_idx').on(t.recordType, t.recordId, t.status),
		index('reports_status_idx').on(t.status, t.createdAt),
		index('reports_address_idx').on(t.addressHash, t.createdAt)
	]
);

/**
 * Every message the site sends, kept in the database: delivered with nodemailer when SMTP_URL is
 * set, otherwise read by curators in the admin area (src/lib/server/mail/outbox.ts).
 */
export const outbox = sqliteTable(
	'outbox',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** What it is about, for the admin list: 'confirm', 'decision', 'digest', 'stale', … */
		kind: text('kind').notNull(),
		toAddress: text('to_address').notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		/** Once per key (a digest per day, a stale notice per record and month); null: always. */
		dedupeKey: text('dedupe_key').unique(),
		submissionId: integer('submission_id').references(() => submissions.id, {
			onDelete: 'set null'
		}),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
		sentAt: text('sent_at'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		/** After a failure, not before then (the pause doubles with each attempt). */
		nextAttemptAt: text('next_attempt_at')
	},
	(t) => [index('outbox_pending_idx').on(t.sentAt, t.id)]
);
