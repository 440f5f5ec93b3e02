/** Drafts, publishing, revisions, conflicts and restores on a real migrated database. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { setupDatabase } from '../../src/lib/server/setup';
import { getPartnership, getPractice } from '../../src/lib/server/records/read';
import {
	ConflictError,
	archiveRecord,
	diffRevisions,
	loadEditable,
	publishRecord,
	restoreRevision,
	saveRecord,
	verifyRecord,
	type Author
} from '../../src/lib/server/curation/workflow';
import { listRevisions } from '../../src/lib/server/curation/revisions';
import { emptyInput } from '../../src/lib/server/curation/snapshots';
import { diffInputs } from '../../src/lib/server/curation/diff';
import { RecordError } from '../../src/lib/server/records/checks';
import type { PracticeInput } from '../../src/lib/server/records/types';
import { dataVersion, RECORDS_VERSION } from '../../src/lib/server/db/versions';

// Test-only synthetic authors.
const curator: Author = {
	id: 1,
	email: 'kurator@test.invalid',
	name: null,
	organisation: null,
	role: 'curator'
};
const other: Author = {
	id: 2,
	email: 'druga@test.invalid',
	name: 'Druga Osoba',
	organisation: 'Związek Testowy',
	role: 'curator'
};

let db: Db;
beforeEach(() => {
	db = setupDatabase(':memory:');
	db.$client.exec(
		`INSERT INTO users (id, email, role, password_hash) VALUES (1, 'kurator@test.invalid', 'curator', 'x'), (2, 'druga@test.invalid', 'curator', 'x')`
	);
});

const firstId = (table: string) =>
	(db.$client.prepare(`SELECT min(id) AS id FROM ${table}`).get() as { id: number }).id;

/** A new practice of the test (synthetic text). */
function newPractice(): PracticeInput {
	return {
		...emptyInput('praktyka'),
		slug: 'test-praktyka',
		title: 'Testowa praktyka (dane syntetyczne)',
		section: 'wspolpraca-miedzy-jst',
		summary: 'Opis testowy.',
		unitCode: '1206113',
		units: ['1206113']
	};
}

describe('drafts and publishing', () => {
	it('a new record is a draft: stored, not public, revision 1', () => {
		const r = saveRecord(db, 'praktyka', null, newPractice(), { author: curator, baseRevision: 0 });
		expect(r.created).toBe(true);
		expect(r.revision).toBe(1);
		expect(getPractice(r.id, db)).toBeNull();
		const e = loadEditable(db, 'praktyka', r.id)!;
		expect(e.status).toBe('draft');
		expect(e.input.title).toBe('Testowa praktyka (dane syntetyczne)');
	});

	it('publishing makes it public and a new data version', () => {
		const r = saveRecord(db, 'praktyka', null, newPractice(), { author: curator, baseRevision: 0 });
		const before = dataVersion(db, RECORDS_VERSION);
		const n = publishRecord(db, 'praktyka', r.id, curator);
		expect(n).toBe(2);
		expect(getPractice(r.id, db)?.title).toBe('Testowa praktyka (dane syntetyczne)');
		expect(dataVersion(db, RECORDS_VERSION)).not.toBe(before);
		expect(loadEditable(db, 'praktyka', r.id)!.publishedRevision).toBe(2);
	});

	it('editing a published record keeps the public version until it is published', () => {
		const id = firstId('practices');
		const publicTitle = getPractice(id, db)!.title;
		const e = loadEditable(db, 'praktyka', id)!;
		expect(e.revision).toBe(0);
		const r = saveRecord(
			db,
			'praktyka',
			id,
			{ ...e.input, title: 'Nowy tytuł' },
			{
				author: curator,
				baseRevision: 0
			}
		);
		// revision 1 is the bundled baseline, 2 the edit
		expect(r.revision).toBe(2);
		expect(r.changes.map((c) => c.field)).toEqual(['title']);
		expect(getPractice(id, db)!.title).toBe(publicTitle);
		const pending = loadEditable(db, 'praktyka', id)!;
		expect(pending.pending).toBe(true);
		expect(pending.input.title).toBe('Nowy tytuł');
		publishRecord(db, 'praktyka', id, curator);
		expect(getPractice(id, db)!.title).toBe('Nowy tytuł');
		expect(loadEditable(db, 'praktyka', id)!.pending).toBe(false);
	});

	it('archiving takes it off the public API; publishing brings it back', () => {
		const id = firstId('partnerships');
		archiveRecord(db, 'partnerstwo', id, curator);
		expect(getPartnership(id, {}, db)).toBeNull();
		publishRecord(db, 'partnerstwo', id, curator);
		expect(getPartnership(id, {}, db)).not.toBeNull();
	});

	it('a save that changes nothing makes no revision', () => {
		const id = firstId('practices');
		const e = loadEditable(db, 'praktyka', id)!;
		const r = saveRecord(db, 'praktyka', id, e.input, { author: curator, baseRevision: 0 });
		expect(r.changes).toEqual([]);
		expect(listRevisions(db, 'praktyka', id).map((x) => x.action)).toEqual(['import']);
	});
});

describe('history', () => {
	it('every save is a revision with who, when and the field-level change; any two can be compared', () => {
		const id = firstId('practices');
		const e = loadEditable(db, 'praktyka', id)!;
		const a = saveRecord(
			db,
			'praktyka',
			id,
			{ ...e.input, summary: 'Skrót A' },
			{
				author: curator,
				baseRevision: 0
			}
		);
		const b = saveRecord(
			db,
			'praktyka',
			id,
			{ ...e.input, summary: 'Skrót A', metryka: { ...e.input.metryka, locality: 'Testowo' } },
			{ author: other, baseRevision: a.revision }
		);
		const list = listRevisions(db, 'praktyka', id);
		expect(list.map((r) => r.number)).toEqual([3, 2, 1]);
		expect(list[0].authorLabel).toBe('Druga Osoba <druga@test.invalid>');
		expect(list[0].changes).toEqual([
			{ field: 'metryka.locality', before: e.input.metryka.locality, after: 'Testowo' }
		]);
		expect(diffRevisions(db, 'praktyka', id, 1, b.revision)!.map((c) => c.field)).toEqual([
			'summary',
			'metryka.locality'
		]);
	});

	it('restoring an older revision makes a new revision with its content', () => {
		const id = firstId('practices');
		const e = loadEditable(db, 'praktyka', id)!;
		saveRecord(
			db,
			'praktyka',
			id,
			{ ...e.input, title: 'Zły tytuł' },
			{ author: curator, baseRevision: 0 }
		);
		const r = restoreRevision(db, 'praktyka', id, 1, { author: curator, baseRevision: 2 });
		expect(r.revision).toBe(3);
		expect(loadEditable(db, 'praktyka', id)!.input.title).toBe(e.input.title);
		expect(listRevisions(db, 'praktyka', id)[0].action).toBe('restore');
		expect(() =>
			restoreRevision(db, 'praktyka', id, 99, { author: curator, baseRevision: 3 })
		).toThrow(RecordError);
	});

	it('"potwierdzam aktualność" sets the verified date and who, as a role or organisation', () => {
		const id = firstId('partnerships');
		verifyRecord(db, 'partnerstwo', id, other, new Date('2026-11-30T10:00:00Z'));
		const e = loadEditable(db, 'partnerstwo', id)!;
		expect(e.verifiedAt).toBe('2026-11-30T10:00:00.000Z');
		expect(e.verifiedBy).toBe('Związek Testowy');
		verifyRecord(db, 'partnerstwo', id, curator);
		expect(loadEditable(db, 'partnerstwo', id)!.verifiedBy).toBe('role:curator');
	});
});

describe('conflicts', () => {
	it('the second save on the same revision gets a conflict with what changed meanwhile', () => {
		const id = firstId('practices');
		const e = loadEditable(db, 'praktyka', id)!;
		saveRecord(
			db,
			'praktyka',
			id,
			{ ...e.input, title: 'Pierwsza zmiana' },
			{
				author: other,
				baseRevision: 0
			}
		);
		let conflict: unknown;
		try {
			saveRecord(
				db,
				'praktyka',
				id,
				{ ...e.input, summary: 'Druga zmiana' },
				{
					author: curator,
					baseRevision: 0
				}
			);
		} catch (err) {
			conflict = err;
		}
		expect(conflict).toBeInstanceOf(ConflictError);
		const c = conflict as ConflictError;
		expect(c.latest).toBe(2);
		expect(c.by).toBe('Druga Osoba <druga@test.invalid>');
		expect(c.changes).toEqual([
			{ field: 'title', before: e.input.title, after: 'Pierwsza zmiana' }
		]);
		expect(loadEditable(db, 'praktyka', id)!.input.summary).toBe(e.input.summary);
	});

	it('a confirmation in between is not a conflict (nothing in the content changed)', () => {
		const id = firstId('practices');
		const e = loadEditable(db, 'praktyka', id)!;
		verifyRecord(db, 'praktyka', id, other);
		const r = saveRecord(
			db,
			'praktyka',
			id,
			{ ...e.input, summary: 'Po potwierdzeniu' },
			{
				author: curator,
				baseRevision: 0
			}
		);
		expect(r.revision).toBe(3);
	});
});

describe('refusals leave the database as it was', () => {
	it('an unknown TERYT code is refused, no revision, no row', () => {
		const count = () =>
			(
				db.$client
					.prepare(
						'SELECT (SELECT count(*) FROM practices) + (SELECT count(*) FROM revisions) AS n'
					)
					.get() as { n: number }
			).n;
		const before = count();
		expect(() =>
			saveRecord(
				db,
				'praktyka',
				null,
				{ ...newPractice(), units: ['9999999'] },
				{
					author: curator,
					baseRevision: 0
				}
			)
		).toThrow(/9999999/);
		expect(count()).toBe(before);
		const id = firstId('practices');
		const e = loadEditable(db, 'praktyka', id)!;
		expect(() =>
			saveRecord(
				db,
				'praktyka',
				id,
				{ ...e.input, units: ['9999999'] },
				{ author: curator, baseRevision: 0 }
			)
		).toThrow(/9999999/);
		expect(count()).toBe(before);
	});

	it('a javascript: link is refused on a published record too (checked before the revision)', () => {
		const id = firstId('practices');
		const e = loadEditable(db, 'praktyka', id)!;
		expect(() =>
			saveRecord(
				db,
				'praktyka',
				id,
				{ ...e.input, metryka: { ...e.input.metryka, websites: ['javascript:alert(1)'] } },
				{ author: curator, baseRevision: 0 }
			)
		).toThrow(RecordError);
		expect(listRevisions(db, 'praktyka', id)).toEqual([]);
	});

	it('a forged id is refused', () => {
		expect(() => publishRecord(db, 'praktyka', 987654, curator)).toThrow(RecordError);
		expect(loadEditable(db, 'praktyka', 987654)).toBeNull();
	});
});

describe('partnership members', () => {
	it('changing members recomputes the merged area on publish', () => {
		const id = firstId('partnerships');
		const e = loadEditable(db, 'partnerstwo', id)!;
		const area = getPartnership(id, {}, db)!.areaKm2!;
		const fewer = { ...e.input, members: e.input.members.slice(0, 2) };
		const r = saveRecord(db, 'partnerstwo', id, fewer, { author: curator, baseRevision: 0 });
		expect(r.changes.map((c) => c.field)).toEqual(['members']);
		expect(getPartnership(id, {}, db)!.areaKm2).toBe(area);
		publishRecord(db, 'partnerstwo', id, curator);
		expect(getPartnership(id, {}, db)!.areaKm2!).toBeLessThan(area);
	});

	it('a new partnership gets a unique slug and stays a draft', () => {
		const input = {
			...emptyInput('partnerstwo'),
			name: 'Blisko Krakowa',
			kind: 'functional_area' as const,
			members: [{ teryt: '1206113', role: 'leader' as const, joined: null, left: null }]
		};
		const r = saveRecord(db, 'partnerstwo', null, input, { author: curator, baseRevision: 0 });
		const e = loadEditable(db, 'partnerstwo', r.id)!;
		expect(e.slug).toBe('blisko-krakowa-2');
		expect(e.status).toBe('draft');
		expect(getPartnership(r.id, {}, db)).toBeNull();
	});
});

describe('diffInputs', () => {
	it('treats empty values alike and ignores derived properties', () => {
		const a = newPractice();
		expect(diffInputs(a, { ...a, presentation: '', titleLang: 'en' })).toEqual([]);
		expect(diffInputs(a, { ...a, presentation: '<p>x</p>' })).toEqual([
			{ field: 'presentationHtml', before: null, after: '<p>x</p>' }
		]);
	});
});
