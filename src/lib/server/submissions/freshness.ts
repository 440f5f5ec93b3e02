/**
 * Freshness: a published record is stale when nobody has confirmed it for STALE_AFTER_MONTHS.
 * Its last confirmation is `verified_at` ("Potwierdzam aktualność"), else the newest date the
 * record carries from its source (a source's "sprawdzono" date; a practice's "Data aktualizacji"
 * or "Data dodania" of the old database), else when it was stored. The old database's practices
 * from 2015–2017 are stale by this rule, as they should be: nobody has confirmed them since.
 */
import type { Db } from '../db';
import { RECORD_TABLE as TABLE } from '../curation/snapshots';
import type { RecordType } from '../../domain/records';
import { STALE_AFTER_MONTHS } from '../../domain/submissions';

/** The SQL of a record's last confirmation, per table (alias `r`). */
const LAST_CONFIRMED: Record<RecordType, string> = {
	praktyka: `coalesce(r.verified_at, (SELECT max(s.verified_at) FROM sources s WHERE s.practice_id = r.id),
		r.date_updated, r.date_added, r.created_at)`,
	partnerstwo: `coalesce(r.verified_at, (SELECT max(s.verified_at) FROM sources s WHERE s.partnership_id = r.id),
		r.created_at)`
};

/** The date before which a confirmation is stale (YYYY-MM-DD, so years and dates compare). */
export function staleBefore(now = new Date()): string {
	const d = new Date(now);
	d.setUTCMonth(d.getUTCMonth() - STALE_AFTER_MONTHS);
	return d.toISOString().slice(0, 10);
}

/** Whether a last-confirmation date (a year, a date or a timestamp) is stale at `now`. */
export function isStaleDate(last: string | null, now = new Date()): boolean {
	if (!last) return true;
	// A bare year counts from its end, a month from its end: "2025" was current through 2025.
	const full = /^\d{4}$/.test(last)
		? `${last}-12-31`
		: /^\d{4}-\d{2}$/.test(last)
			? `${last}-28`
			: last;
	return full.slice(0, 10) < staleBefore(now);
}

export interface StaleRecord {
	type: RecordType;
	id: number;
	title: string;
	lastConfirmed: string | null;
	/** The record's units (TERYT), for its editors and the per-województwo counts. */
	units: string[];
}

/** Every stale published record of a type (or both), oldest confirmation first. */
export function staleRecords(
	db: Db,
	now = new Date(),
	types: RecordType[] = ['praktyka', 'partnerstwo']
) {
	const out: StaleRecord[] = [];
	for (const type of types) {
		const units =
			type === 'praktyka'
				? `(SELECT group_concat(unit_code) FROM practice_units u WHERE u.practice_id = r.id)`
				: `(SELECT group_concat(unit_code) FROM partnership_members m WHERE m.partnership_id = r.id)`;
		const rows = db.$client
			.prepare(
				`SELECT r.id, ${type === 'praktyka' ? 'r.title' : 'r.name'} AS title,
				${LAST_CONFIRMED[type]} AS last, ${units} AS units
				FROM ${TABLE[type]} r WHERE r.status = 'published'`
			)
			.all() as { id: number; title: string; last: string | null; units: string | null }[];
		for (const r of rows)
			if (isStaleDate(r.last, now))
				out.push({
					type,
					id: r.id,
					title: r.title,
					lastConfirmed: r.last,
					units: r.units ? r.units.split(',') : []
				});
	}
	return out.sort((a, b) => (a.lastConfirmed ?? '').localeCompare(b.lastConfirmed ?? ''));
}

/** One record's last confirmation, or null when there is no such record. */
export function lastConfirmed(db: Db, type: RecordType, id: number): string | null {
	const r = db.$client
		.prepare(`SELECT ${LAST_CONFIRMED[type]} AS last FROM ${TABLE[type]} r WHERE r.id = ?`)
		.get(id) as { last: string | null } | undefined;
	return r?.last ?? null;
}

/** Whether a record is published and stale. */
export function isStale(db: Db, type: RecordType, id: number, now = new Date()): boolean {
	const r = db.$client.prepare(`SELECT status FROM ${TABLE[type]} WHERE id = ?`).get(id) as
		{ status: string } | undefined;
	return r?.status === 'published' && isStaleDate(lastConfirmed(db, type, id), now);
}
