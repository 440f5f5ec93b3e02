/**
 * Hidden records (a curator's "Ukryj do wyjaśnienia"): what the public sees of them and of what
 * links to them, what an edit saved while hidden does, and the reports' queue by units. On a real
 * migrated database; accounts and texts are test-only synthetic data.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { setupDatabase } from '../../src/lib/server/setup';
import { addAccounts, curator, editor } from './moderation-accounts';
import { getPartnership, getPractice } from '../../src/lib/server/records/read';
import {
	hideRecord,
	loadEditable,
	publishRecord,
	saveRecord,
	showRecord
} from '../../src/lib/server/curation/workflow';
import { emptyInput } from '../../src/lib/server/curation/snapshots';
import { adminList } from '../../src/lib/server/curation/admin-list';
import {
	createReport,
	openReportCounts,
	reportedRecords
} from '../../src/lib/server/submissions/reports';
import { dashboard } from '../../src/lib/server/submissions/dashboard';
import type { PracticeInput } from '../../src/lib/server/records/types';

let db: Db;
beforeEach(() => {
	db = setupDatabase(':memory:');
	addAccounts(db);
});

const form = (fields: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.append(k, v);
	return f;
};

/** A published practice of the test in `unit`, linked to `partnership` (its slug) if given. */
function publishedPractice(unit: string, title: string, partnership?: string): number {
	const input: PracticeInput = {
		...emptyInput('praktyka'),
		title,
		section: 'wspolpraca-miedzy-jst',
		summary: 'Opis testowy (dane syntetyczne).',
		unitCode: unit,
		units: [unit],
		partnershipSlugs: partnership ? [partnership] : []
	};
	const { id } = saveRecord(db, 'praktyka', null, input, { author: curator, baseRevision: 0 });
	publishRecord(db, 'praktyka', id, curator);
	return id;
}

const firstPartnership = () =>
	db.$client
		.prepare(`SELECT id, slug FROM partnerships WHERE status = 'published' ORDER BY id LIMIT 1`)
		.get() as { id: number; slug: string };

describe('a hidden record', () => {
	it('is not named on the public page of a practice linked to it', () => {
		const p = firstPartnership();
		const id = publishedPractice('2009042', 'Praktyka testowa z partnerstwem', p.slug);
		expect(getPractice(id, db)!.partnerships.map((x) => x.id)).toContain(p.id);
		hideRecord(db, 'partnerstwo', p.id, curator, 'test');
		expect(getPartnership(p.id, {}, db)).toBeNull();
		expect(getPractice(id, db)!.partnerships.map((x) => x.id)).not.toContain(p.id);
		showRecord(db, 'partnerstwo', p.id, curator);
		expect(getPractice(id, db)!.partnerships.map((x) => x.id)).toContain(p.id);
	});

	it('keeps its public version when edited while hidden: shown again, it is as it was published', () => {
		const id = publishedPractice('2009042', 'Praktyka testowa przed ukryciem');
		hideRecord(db, 'praktyka', id, curator, 'test');
		const edit = loadEditable(db, 'praktyka', id)!;
		saveRecord(
			db,
			'praktyka',
			id,
			{ ...edit.input, title: 'Zmiana zapisana w ukryciu (nieopublikowana)' },
			{ author: curator, baseRevision: edit.revision }
		);
		// The edit waits for publishing, as on a published record.
		expect(loadEditable(db, 'praktyka', id)!.pending).toBe(true);
		expect(
			adminList(db, 'praktyka', { q: 'ukryciem', status: 'hidden', offset: 0 }, curator).items[0]
				?.pending
		).toBe(true);
		showRecord(db, 'praktyka', id, curator);
		expect(getPractice(id, db)!.title).toBe('Praktyka testowa przed ukryciem');
		// Publishing it makes the edit public.
		publishRecord(db, 'praktyka', id, curator);
		expect(getPractice(id, db)!.title).toBe('Zmiana zapisana w ukryciu (nieopublikowana)');
	});
});

describe('the reports queue', () => {
	it('shows editors only the records of their units, and counts by województwo', () => {
		const skawina = publishedPractice('1206113', 'Praktyka testowa Skawiny');
		const sejny = publishedPractice('2009042', 'Praktyka testowa Sejn');
		for (const [id, reason, hash] of [
			[skawina, 'wrong', 'a'],
			[skawina, 'outdated', 'b'],
			[sejny, 'spam', 'a']
		] as const)
			expect(createReport(db, form({ record: `praktyka:${id}`, reason }), hash, 'pl').ok).toBe(
				true
			);
		expect(reportedRecords(db, curator).map((r) => [r.id, r.open])).toEqual([
			[skawina, 2],
			[sejny, 1]
		]);
		const mine = reportedRecords(db, editor);
		expect(mine).toHaveLength(1);
		expect(mine[0]).toMatchObject({
			id: skawina,
			title: 'Praktyka testowa Skawiny',
			status: 'published',
			reasons: { wrong: 1, outdated: 1, spam: 0, offensive: 0 }
		});
		expect(openReportCounts(db)).toHaveLength(2);
		const regions = dashboard(db, curator).regions;
		expect(regions.find((r) => r.code === '12')?.reports).toBe(2);
		expect(regions.find((r) => r.code === '20')?.reports).toBe(1);
		expect(dashboard(db, editor).regions.find((r) => r.code === '20')).toBeUndefined();
	});
});
