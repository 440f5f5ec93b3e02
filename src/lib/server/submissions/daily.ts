/**
 * The daily job (an hourly timer from hooks.server.ts runs it once a day; `npm run mail:digest`
 * runs it by hand): a digest to every curator and admin of what waits, a notice to the unit
 * editors of each stale record (once per record and month), erasing the contact data of decided
 * submissions and reports after CONTACT_KEPT_MONTHS, and dropping never-confirmed submissions.
 * Messages go to the outbox with dedupe keys, so running it twice a day sends nothing twice.
 */
import type { Db } from '../db';
import { adminPath, type RecordType } from '../../domain/records';
import { ROLE_TABLE, unitInScopes } from '../../domain/roles';
import { CONTACT_KEPT_MONTHS } from '../../domain/submissions';
import { enqueueMail } from '../mail/outbox';
import { countByStatus, dropUnconfirmed } from './store';
import { staleRecords, type StaleRecord } from './freshness';

export interface DailyReport {
	digests: number;
	staleNotices: number;
	erased: number;
	dropped: number;
}

const RECORD_WORD: Record<RecordType, string> = {
	praktyka: 'praktyka',
	partnerstwo: 'partnerstwo'
};

/** What waits, for the digest and the dashboard. */
export function waiting(db: Db, now = new Date()) {
	const counts = countByStatus(db);
	const reports = (
		db.$client.prepare(`SELECT count(*) AS n FROM reports WHERE status = 'open'`).get() as {
			n: number;
		}
	).n;
	return { counts, reports, stale: staleRecords(db, now) };
}

function digestText(origin: string, w: ReturnType<typeof waiting>): string {
	const c = w.counts;
	return (
		`Dzień dobry,\n\nw Mapie Partnerstw czeka:\n` +
		`- zgłoszenia do oceny: ${c.submitted} (w ocenie: ${c.in_review})\n` +
		`- zgłoszenia niepotwierdzone przez nadawców: ${c.unconfirmed}\n` +
		`- otwarte zgłoszenia problemów: ${w.reports}\n` +
		`- rekordy nieaktualne (bez potwierdzenia od 24 miesięcy): ${w.stale.length}\n\n` +
		`Kolejka: ${origin}/admin/zgloszenia\nPulpit: ${origin}/admin\n\n` +
		`— Mapa Partnerstw (codzienne podsumowanie / daily digest)`
	);
}

function staleText(origin: string, r: StaleRecord): string {
	return (
		`Dzień dobry,\n\n${RECORD_WORD[r.type]} „${r.title}” nie była potwierdzona od ponad 24 miesięcy ` +
		`(ostatnio: ${r.lastConfirmed ?? 'nigdy'}). Sprawdź, czy dane są aktualne, i kliknij ` +
		`„Potwierdzam aktualność” albo popraw rekord:\n${origin}${adminPath(r.type, r.id)}\n\n` +
		`— Mapa Partnerstw`
	);
}

export function runDaily(db: Db, origin: string, now = new Date()): DailyReport {
	const day = now.toISOString().slice(0, 10);
	const month = day.slice(0, 7);
	const publishers = ROLE_TABLE.filter((r) => r.publishes).map((r) => r.id);
	return db.$client.transaction((): DailyReport => {
		const w = waiting(db, now);
		const somethingWaits =
			w.counts.submitted + w.counts.in_review + w.counts.unconfirmed + w.reports + w.stale.length >
			0;
		let digests = 0;
		if (somethingWaits) {
			const people = db.$client
				.prepare(
					`SELECT id, email FROM users WHERE disabled_at IS NULL AND role IN (${publishers.map(() => '?').join(', ')})`
				)
				.all(...publishers) as { id: number; email: string }[];
			for (const p of people)
				if (
					enqueueMail(db, {
						kind: 'digest',
						to: p.email,
						subject: `Mapa Partnerstw: czeka ${w.counts.submitted + w.counts.in_review} zgłoszeń, ${w.reports} problemów, ${w.stale.length} nieaktualnych`,
						text: digestText(origin, w),
						dedupeKey: `digest:${day}:${p.id}`
					}) !== null
				)
					digests += 1;
		}
		const editors = (
			db.$client
				.prepare(
					`SELECT u.id, u.email, group_concat(x.unit_code) AS units FROM users u
					JOIN user_units x ON x.user_id = u.id WHERE u.role = 'editor' AND u.disabled_at IS NULL GROUP BY u.id`
				)
				.all() as { id: number; email: string; units: string }[]
		).map((e) => ({ ...e, scopes: e.units.split(',') }));
		let staleNotices = 0;
		for (const r of w.stale)
			for (const e of editors)
				if (r.units.some((u) => unitInScopes(u, e.scopes)))
					if (
						enqueueMail(db, {
							kind: 'stale',
							to: e.email,
							subject: `Mapa Partnerstw: potwierdź aktualność – ${r.title.slice(0, 80)}`,
							text: staleText(origin, r),
							dedupeKey: `stale:${r.type}:${r.id}:${month}:${e.id}`
						}) !== null
					)
						staleNotices += 1;
		const before = new Date(now);
		before.setUTCMonth(before.getUTCMonth() - CONTACT_KEPT_MONTHS);
		const cut = before.toISOString();
		const erased =
			db.$client
				.prepare(
					`UPDATE submissions SET sender_name = NULL, sender_email = NULL, sender_institution = NULL,
					address_hash = NULL WHERE decided_at IS NOT NULL AND decided_at < ?
					AND (sender_email IS NOT NULL OR address_hash IS NOT NULL)`
				)
				.run(cut).changes +
			db.$client
				.prepare(
					`UPDATE reports SET reporter_email = NULL, address_hash = NULL WHERE created_at < ?
					AND (reporter_email IS NOT NULL OR address_hash IS NOT NULL)`
				)
				.run(cut).changes;
		const dropped = dropUnconfirmed(db, now);
		return { digests, staleNotices, erased, dropped };
	})();
}

let timer: ReturnType<typeof setInterval> | null = null;

/** Runs the daily job now and then once a day (checked hourly; dedupe keys make it safe). */
export function startDaily(db: Db, origin: string): void {
	if (timer) return;
	const tick = () => {
		try {
			runDaily(db, origin);
		} catch (err) {
			console.error('daily job:', (err as Error).message);
		}
	};
	setTimeout(tick, 5_000).unref();
	timer = setInterval(tick, 3_600_000);
	timer.unref();
}
