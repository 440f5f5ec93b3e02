/**
 * A record as curation handles it: the whole record in the shape of the write path's input
 * (records/types.ts), read from the live tables, written back, and the units it lies in (which
 * editors may touch it). Revisions store these snapshots.
 */
import type { Db } from '../db';
import type { PRACTICE_STATUSES } from '../db/schema';
import type { RecordType } from '../../domain/records';
import { practiceSnapshot } from '../records/snapshot';
import { sourcesOf } from '../records/rows';
import { savePartnership, savePractice } from '../records/write';
import { slugify } from '../../units/match';
import { emptyMetryka } from '../../domain/fields';
import type { PartnershipInput, PracticeInput } from '../records/types';

/** The input shape of each record type. */
export interface RecordInputs {
	praktyka: PracticeInput;
	partnerstwo: PartnershipInput;
}
export type AnyInput = PracticeInput | PartnershipInput;

/** A record's state, beside its content: what the public sees and who confirmed it when. */
export type RecordStatus = (typeof PRACTICE_STATUSES)[number];

export interface LiveState {
	status: RecordStatus;
	slug: string;
	publishedRevision: number | null;
	verifiedAt: string | null;
	verifiedBy: string | null;
	updatedAt: string;
}

/** The live table of each record type. */
export const RECORD_TABLE = { praktyka: 'practices', partnerstwo: 'partnerships' } as const;
const TABLE = RECORD_TABLE;

export function liveState(db: Db, type: RecordType, id: number): LiveState | null {
	const r = db.$client
		.prepare(
			`SELECT status, slug, published_revision, verified_at, verified_by, updated_at
			FROM ${TABLE[type]} WHERE id = ?`
		)
		.get(id) as
		| {
				status: RecordStatus;
				slug: string;
				published_revision: number | null;
				verified_at: string | null;
				verified_by: string | null;
				updated_at: string;
		  }
		| undefined;
	if (!r) return null;
	return {
		status: r.status,
		slug: r.slug,
		publishedRevision: r.published_revision,
		verifiedAt: r.verified_at,
		verifiedBy: r.verified_by,
		updatedAt: r.updated_at
	};
}

/** The partnership as stored, in the shape of PartnershipInput. */
export function partnershipSnapshot(db: Db, id: number): PartnershipInput {
	const c = db.$client;
	const r = c.prepare('SELECT * FROM partnerships WHERE id = ?').get(id) as Record<string, unknown>;
	return {
		slug: r.slug as string,
		name: r.name as string,
		...(r.name_lang ? { nameLang: r.name_lang as 'pl' | 'en' } : {}),
		...(r.description_lang ? { descriptionLang: r.description_lang as 'pl' | 'en' } : {}),
		kind: r.kind as PartnershipInput['kind'],
		startDate: (r.start_date as string | null) ?? null,
		endDate: (r.end_date as string | null) ?? null,
		website: (r.website as string | null) ?? null,
		description: (r.description as string | null) ?? null,
		sources: sourcesOf(db, 'partnership', id),
		members: (
			c
				.prepare(
					`SELECT unit_code, role, joined, left FROM partnership_members WHERE partnership_id = ? ORDER BY rowid`
				)
				.all(id) as {
				unit_code: string;
				role: 'leader' | 'member';
				joined: string | null;
				left: string | null;
			}[]
		).map((m) => ({ teryt: m.unit_code, role: m.role, joined: m.joined, left: m.left })),
		otherMembers: c
			.prepare(
				`SELECT name, kind, country, town, role, note FROM partnership_other_members
				WHERE partnership_id = ? ORDER BY position`
			)
			.all(id) as PartnershipInput['otherMembers'],
		extra: JSON.parse((r.extra as string | null) ?? '{}')
	};
}

/** The record as stored, or null when there is none with that id. */
export function liveSnapshot<T extends RecordType>(
	db: Db,
	type: T,
	id: number
): RecordInputs[T] | null {
	if (!liveState(db, type, id)) return null;
	return (
		type === 'praktyka' ? practiceSnapshot(db, id) : partnershipSnapshot(db, id)
	) as RecordInputs[T];
}

/**
 * Writes a snapshot to the live tables with the given status (a new row when `id` is null) and
 * returns the id. The write path recomputes what derives from it: merged areas, the search index,
 * the data version.
 */
export function writeLive(
	db: Db,
	type: RecordType,
	id: number | null,
	input: AnyInput,
	status: RecordStatus
): number {
	if (type === 'praktyka') {
		const p = input as PracticeInput;
		return savePractice(db, { ...p, status }, id ?? undefined).id;
	}
	const p = input as PartnershipInput;
	const slug = id === null ? uniquePartnershipSlug(db, p.slug || slugify(p.name)) : p.slug;
	const saved = savePartnership(db, { ...p, slug });
	if (id !== null && saved.id !== id) throw new Error(`partnership ${id} is stored as ${saved.id}`);
	db.$client.prepare('UPDATE partnerships SET status = ? WHERE id = ?').run(status, saved.id);
	return saved.id;
}

function uniquePartnershipSlug(db: Db, slug: string): string {
	const taken = db.$client.prepare('SELECT 1 FROM partnerships WHERE slug = ?');
	let candidate = slug || 'partnerstwo';
	for (let i = 2; taken.get(candidate); i++) candidate = `${slug}-${i}`;
	return candidate;
}

/** The units a record lies in (its gminy, or its members'), for editors' rights. */
export function unitsOf(type: RecordType, input: AnyInput): string[] {
	if (type === 'praktyka') {
		const p = input as PracticeInput;
		return [...new Set([...(p.unitCode ? [p.unitCode] : []), ...p.units])];
	}
	return (input as PartnershipInput).members.map((m) => m.teryt);
}

/** The record's title or name. */
export function titleOf(type: RecordType, input: AnyInput): string {
	return type === 'praktyka' ? (input as PracticeInput).title : (input as PartnershipInput).name;
}

/** An empty record of a type, for the "new" forms. */
export function emptyInput<T extends RecordType>(type: T): RecordInputs[T] {
	if (type === 'praktyka') {
		const p: PracticeInput = {
			slug: '',
			artId: null,
			sourceUrl: null,
			title: '',
			section: '',
			summary: '',
			presentation: null,
			keywords: [],
			metryka: emptyMetryka(),
			unitCode: null,
			units: [],
			namedPartners: [],
			partnershipSlugs: [],
			sources: [],
			attachments: [],
			status: 'draft'
		};
		return p as RecordInputs[T];
	}
	const p: PartnershipInput = {
		slug: '',
		name: '',
		kind: 'other',
		startDate: null,
		endDate: null,
		website: null,
		description: null,
		sources: [],
		members: [],
		otherMembers: [],
		extra: {}
	};
	return p as RecordInputs[T];
}
