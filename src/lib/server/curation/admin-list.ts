import type { AreaThumb } from '../../pictures';
/**
 * The admin area's record lists: every state (drafts, published, archived), newest change first,
 * searched by title, narrowed to an editor's units. Paged.
 */
import type { Db } from '../db';
import type { RecordType } from '../../domain/records';
import { roleInfo } from '../../domain/roles';
import type { SessionUser } from '../auth/guard';
import { isStale } from '../submissions/freshness';

export const ADMIN_PAGE = 50;

export interface AdminListItem {
	id: number;
	title: string;
	status: string;
	/** The gmina (practices) or the kind (partnerships). */
	place: string | null;
	memberCount: number | null;
	updatedAt: string;
	verifiedAt: string | null;
	/** Saved changes the public does not see yet. */
	pending: boolean;
	/** Published and not confirmed for STALE_AFTER_MONTHS (submissions/freshness.ts). */
	stale: boolean;
	/** A partnership's published area as a small picture (withShapes, picture/thumbs.ts). */
	shape?: AreaThumb | null;
}

export interface AdminListQuery {
	q: string;
	status: string | null;
	offset: number;
}

export const LIST_STATUSES = ['draft', 'published', 'hidden', 'archived'];

export function parseListQuery(url: URL): AdminListQuery {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const status = url.searchParams.get('status');
	const offset = Number(url.searchParams.get('offset') ?? 0);
	return {
		q,
		status: status && LIST_STATUSES.includes(status) ? status : null,
		offset: Number.isInteger(offset) && offset >= 0 && offset < 1e7 ? offset : 0
	};
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function adminList(
	db: Db,
	type: RecordType,
	query: AdminListQuery,
	user: SessionUser
): { items: AdminListItem[]; total: number } {
	const practice = type === 'praktyka';
	const t = practice ? 'practices' : 'partnerships';
	const where: string[] = [];
	const params: (string | number)[] = [];
	if (query.status) {
		where.push('r.status = ?');
		params.push(query.status);
	}
	if (query.q) {
		where.push(`r.${practice ? 'title' : 'name'} LIKE ? ESCAPE '\\'`);
		params.push(`%${escapeLike(query.q)}%`);
	}
	if (!roleInfo(user.role).everyRecord) {
		const scopes = user.units.length > 0 ? user.units : ['-'];
		const like = scopes.map(() => `u.unit_code LIKE ?`).join(' OR ');
		where.push(
			practice
				? `EXISTS (SELECT 1 FROM practice_units u WHERE u.practice_id = r.id AND (${like}))`
				: `EXISTS (SELECT 1 FROM partnership_members u WHERE u.partnership_id = r.id AND (${like}))`
		);
		params.push(...scopes.map((s) => `${s}%`));
	}
	const sqlWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
	const total = (
		db.$client.prepare(`SELECT count(*) AS n FROM ${t} r ${sqlWhere}`).get(...params) as {
			n: number;
		}
	).n;
	const recordType = practice ? 'praktyka' : 'partnerstwo';
	const rows = db.$client
		.prepare(
			`SELECT r.id, r.${practice ? 'title' : 'name'} AS title, r.status, r.updated_at, r.verified_at,
				${practice ? `(SELECT name FROM units WHERE code = r.unit_code)` : 'r.kind'} AS place,
				${practice ? 'NULL' : '(SELECT count(*) FROM partnership_members m WHERE m.partnership_id = r.id)'} AS member_count,
				(r.status IN ('published', 'hidden') AND coalesce((SELECT max(number) FROM revisions v
					WHERE v.record_type = '${recordType}' AND v.record_id = r.id AND v.action IN ('save', 'restore', 'create')), 0)
					> coalesce(r.published_revision, 0)) AS pending,
				(SELECT max(created_at) FROM revisions v WHERE v.record_type = '${recordType}' AND v.record_id = r.id) AS revised_at
			FROM ${t} r ${sqlWhere}
			ORDER BY max(r.updated_at, coalesce(revised_at, '')) DESC, r.id DESC LIMIT ? OFFSET ?`
		)
		.all(...params, ADMIN_PAGE, query.offset) as {
		id: number;
		title: string;
		status: string;
		updated_at: string;
		verified_at: string | null;
		place: string | null;
		member_count: number | null;
		pending: number;
		revised_at: string | null;
	}[];
	return {
		total,
		items: rows.map((r) => ({
			id: r.id,
			title: r.title,
			status: r.status,
			place: r.place,
			memberCount: r.member_count,
			updatedAt: r.revised_at && r.revised_at > r.updated_at ? r.revised_at : r.updated_at,
			verifiedAt: r.verified_at,
			pending: r.pending === 1,
			stale: isStale(db, recordType, r.id)
		}))
	};
}
