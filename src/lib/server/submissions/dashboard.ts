/**
 * The dashboard's figures (/admin): records by state, submissions by state, stale records and,
 * per województwo, open reports, stale records and waiting submissions. Editors see their units'.
 */
import type { Db } from '../db';
import type { RecordType } from '../../domain/records';
import { unitInScopes, roleInfo } from '../../domain/roles';
import type { SubmissionStatus } from '../../domain/submissions';
import type { SessionUser } from '../auth/guard';
import { listSubmissions } from './store';
import { staleRecords, type StaleRecord } from './freshness';
import { openReportCounts } from './reports';

const UNITS_SQL: Record<RecordType, string> = {
	praktyka: `SELECT r.id, r.status, (SELECT group_concat(unit_code) FROM practice_units u WHERE u.practice_id = r.id) AS units FROM practices r`,
	partnerstwo: `SELECT r.id, r.status, (SELECT group_concat(unit_code) FROM partnership_members m WHERE m.partnership_id = r.id) AS units FROM partnerships r`
};

export interface Dashboard {
	records: Record<RecordType, Record<string, number>>;
	submissions: Partial<Record<SubmissionStatus, number>>;
	stale: StaleRecord[];
	regions: { code: string; name: string; reports: number; stale: number; waiting: number }[];
}

export function dashboard(db: Db, user: SessionUser, now = new Date()): Dashboard {
	const every = roleInfo(user.role).everyRecord;
	const mine = (units: string[]) => every || units.some((u) => unitInScopes(u, user.units));
	const records = { praktyka: {}, partnerstwo: {} } as Dashboard['records'];
	const unitsOfRecord = new Map<string, string[]>();
	for (const type of ['praktyka', 'partnerstwo'] as const)
		for (const r of db.$client.prepare(UNITS_SQL[type]).all() as {
			id: number;
			status: string;
			units: string | null;
		}[]) {
			const units = r.units ? r.units.split(',') : [];
			unitsOfRecord.set(`${type}:${r.id}`, units);
			if (!mine(units)) continue;
			records[type][r.status] = (records[type][r.status] ?? 0) + 1;
		}
	const all = listSubmissions(db, user, { status: 'all' });
	const submissions: Dashboard['submissions'] = {};
	for (const s of all) submissions[s.status] = (submissions[s.status] ?? 0) + 1;
	const stale = staleRecords(db, now).filter((r) => mine(r.units));
	const regions = new Map<string, { reports: number; stale: number; waiting: number }>();
	const bump = (units: string[], key: 'reports' | 'stale' | 'waiting', n = 1) => {
		for (const woj of new Set(units.map((u) => u.slice(0, 2)))) {
			const r = regions.get(woj) ?? { reports: 0, stale: 0, waiting: 0 };
			r[key] += n;
			regions.set(woj, r);
		}
	};
	for (const r of stale) bump(r.units, 'stale');
	for (const s of all)
		if (s.status === 'submitted' || s.status === 'in_review') bump(s.units, 'waiting');
	for (const r of openReportCounts(db)) {
		const units = unitsOfRecord.get(`${r.type}:${r.id}`) ?? [];
		if (mine(units)) bump(units, 'reports', r.open);
	}
	const name = db.$client.prepare('SELECT name FROM units WHERE code = ?').pluck();
	return {
		records,
		submissions,
		stale,
		regions: [...regions.entries()]
			.map(([code, r]) => ({ code, name: (name.get(code) as string | undefined) ?? code, ...r }))
			.sort((a, b) => a.name.localeCompare(b.name, 'pl'))
	};
}
