/**
 * Submissions through their states on a real migrated database: sending, confirming, the review
 * lock and its expiry, rejecting and returning (with the sender's messages in the outbox),
 * publishing a new record and a correction accepted field by field, editors' visibility, and
 * likely duplicates. Senders, accounts and texts are test-only synthetic data.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { setupDatabase } from '../../src/lib/server/setup';
import type { SessionUser } from '../../src/lib/server/auth/guard';
import { emptyInput, liveSnapshot, liveState } from '../../src/lib/server/curation/snapshots';
import { loadEditable } from '../../src/lib/server/curation/workflow';
import type { PracticeInput } from '../../src/lib/server/records/types';
import {
	LockedError,
	StateError,
	addNote,
	applyFields,
	assignSubmission,
	confirmSubmission,
	correctionChanges,
	countByStatus,
	createSubmission,
	dropUnconfirmed,
	getSubmission,
	listEvents,
	listSubmissions,
	maySee,
	publishSubmission,
	rejectSubmission,
	releaseSubmission,
	resubmit,
	returnSubmission,
	submissionByEditToken,
	type NewSubmission
} from '../../src/lib/server/submissions/store';
import { decisionMail } from '../../src/lib/server/submissions/mails';
import { jaccard, likelyDuplicates, titleStems } from '../../src/lib/server/submissions/duplicates';
import { RecordError } from '../../src/lib/server/records/checks';

const user = (id: number, role: SessionUser['role'], units: string[] = []): SessionUser => ({
	id,
	email: `u${id}@test.invalid`,
	name: `Osoba ${id}`,
	organisation: null,
	role,
	units,
	lang: 'pl'
});
const curator = user(1, 'curator');
const other = user(2, 'curator');
const editorSkawina = user(3, 'editor', ['1206113']);
const editorElsewhere = user(4, 'editor', ['02']);
const mail = decisionMail('https://mapa.test');

let db: Db;
beforeEach(() => {
	db = setupDatabase(':memory:');
	const add = db.$client.prepare(
		`INSERT INTO users (id, email, name, role, password_hash) VALUES (?, ?, ?, ?, 'x')`
	);
	for (const u of [curator, other, editorSkawina, editorElsewhere])
		add.run(u.id, u.email, u.name, u.role);
});

/** A synthetic practice proposal in Skawina. */
function proposal(title = 'Wspólny transport szkolny gmin (dane syntetyczne)'): PracticeInput {
	return {
		...emptyInput('praktyka'),
		title,
		section: 'wspolpraca-miedzy-jst',
		summary: 'Opis testowy zgłoszenia.',
		unitCode: '1206113',
		units: ['1206113']
	};
}

function send(over: Partial<NewSubmission<'praktyka'>> = {}) {
	return createSubmission(db, {
		type: 'praktyka',
		recordId: null,
		input: proposal(),
		sender: {
			name: 'Jan Testowy',
			email: 'jan@test.invalid',
			institution: 'Urząd Testowy',
			public: false
		},
		lang: 'pl',
		addressHash: 'a'.repeat(64),
		confirmByMail: false,
		...over
	});
}

const outbox = () =>
	db.$client.prepare('SELECT kind, to_address, subject, body FROM outbox ORDER BY id').all() as {
		kind: string;
		to_address: string;
		subject: string;
		body: string;
	}[];

const firstPractice = () =>
	(
		db.$client.prepare(`SELECT min(id) AS id FROM practices WHERE status = 'published'`).get() as {
			id: number;
		}
	).id;

describe('sending and confirming', () => {
	it('waits unconfirmed when a confirmation is asked for, and joins the queue when confirmed', () => {
		const c = send({ confirmByMail: true });
		expect(getSubmission(db, c.id)!.status).toBe('unconfirmed');
		expect(confirmSubmission(db, 'not-a-token')).toBeNull();
		expect(confirmSubmission(db, 'a'.repeat(32))).toBeNull();
		const s = confirmSubmission(db, c.confirmToken!);
		expect(s!.status).toBe('submitted');
		expect(s!.confirmedAt).not.toBeNull();
		// A second click changes nothing.
		expect(confirmSubmission(db, c.confirmToken!)!.status).toBe('submitted');
		expect(listEvents(db, c.id).map((e) => e.action)).toEqual(['send', 'confirm']);
	});

	it('cannot be reviewed before it is confirmed, and is dropped if it never is', () => {
		const c = send({ confirmByMail: true });
		expect(() => assignSubmission(db, c.id, curator)).toThrow(StateError);
		expect(listSubmissions(db, curator).map((s) => s.id)).not.toContain(c.id);
		expect(listSubmissions(db, curator, { status: 'unconfirmed' }).map((s) => s.id)).toEqual([
			c.id
		]);
		expect(dropUnconfirmed(db, new Date(Date.now() + 13 * 86_400_000))).toBe(0);
		expect(dropUnconfirmed(db, new Date(Date.now() + 15 * 86_400_000))).toBe(1);
		expect(getSubmission(db, c.id)).toBeNull();
	});

	it('goes straight to the queue, unconfirmed, without mail', () => {
		const c = send();
		const s = getSubmission(db, c.id)!;
		expect(s.status).toBe('submitted');
		expect(s.confirmedAt).toBeNull();
		expect(c.confirmToken).toBeNull();
		expect(submissionByEditToken(db, c.editToken)!.id).toBe(c.id);
		expect(submissionByEditToken(db, "x' OR 1=1 --")).toBeNull();
	});
});

describe('the review lock', () => {
	it('locks a submission for others until it expires', () => {
		const { id } = send();
		const t0 = new Date('2026-12-02T10:00:00Z');
		assignSubmission(db, id, curator, t0);
		expect(getSubmission(db, id)!.status).toBe('in_review');
		expect(() => assignSubmission(db, id, other, new Date('2026-12-02T10:10:00Z'))).toThrow(
			LockedError
		);
		expect(() =>
			rejectSubmission(db, id, other, 'nie', mail, new Date('2026-12-02T10:10:00Z'))
		).toThrow(LockedError);
		// After 30 minutes another curator may take it over.
		assignSubmission(db, id, other, new Date('2026-12-02T10:31:00Z'));
		expect(getSubmission(db, id)!.assignedTo).toBe(other.id);
	});

	it('is given back by release', () => {
		const { id } = send();
		assignSubmission(db, id, curator);
		releaseSubmission(db, id, other); // not theirs: nothing happens
		expect(getSubmission(db, id)!.assignedTo).toBe(curator.id);
		releaseSubmission(db, id, curator);
		const s = getSubmission(db, id)!;
		expect([s.status, s.assignedTo]).toEqual(['submitted', null]);
	});
});

describe('decisions', () => {
	it('rejects with the reason in the sender’s message', () => {
		const { id } = send();
		rejectSubmission(db, id, curator, 'Praktyka już jest w bazie (powód testowy).', mail);
		const s = getSubmission(db, id)!;
		expect(s.status).toBe('rejected');
		expect(s.decisionReason).toContain('już jest w bazie');
		const [m] = outbox();
		expect(m.to_address).toBe('jan@test.invalid');
		expect(m.kind).toBe('decision');
		expect(m.body).toContain('Praktyka już jest w bazie (powód testowy).');
		// Closed: no second decision.
		expect(() => publishSubmission(db, id, curator, null, mail)).toThrow(StateError);
	});

	it('returns for changes with a new private link; the sender’s changes bring it back', () => {
		const c = send();
		const token = returnSubmission(
			db,
			c.id,
			curator,
			'Dodaj opis.',
			(t) => `https://mapa.test/zglos/stan/${t}`,
			mail
		);
		expect(submissionByEditToken(db, c.editToken)).toBeNull(); // the old link is replaced
		expect(submissionByEditToken(db, token)!.status).toBe('returned');
		expect(outbox()[0].body).toContain(`https://mapa.test/zglos/stan/${token}`);
		expect(() => assignSubmission(db, c.id, curator)).toThrow(StateError);
		resubmit(db, c.id, { ...proposal(), summary: 'Poprawiony opis testowy.' });
		const s = getSubmission(db, c.id)!;
		expect(s.status).toBe('submitted');
		expect((s.input as PracticeInput).summary).toBe('Poprawiony opis testowy.');
		expect(() => resubmit(db, c.id, proposal())).toThrow(RecordError);
	});

	it('publishes a new record through curation, with a revision naming the submission', () => {
		const { id } = send();
		const recordId = publishSubmission(db, id, curator, null, mail);
		expect(liveState(db, 'praktyka', recordId)!.status).toBe('published');
		expect(liveSnapshot(db, 'praktyka', recordId)!.title).toBe(proposal().title);
		const s = getSubmission(db, id)!;
		expect([s.status, s.resultId]).toEqual(['published', recordId]);
		expect(outbox()[0].body).toContain(`https://mapa.test/praktyki/${recordId}`);
		const notes = db.$client
			.prepare(`SELECT note FROM revisions WHERE record_type = 'praktyka' AND record_id = ?`)
			.all(recordId) as { note: string | null }[];
		expect(notes.some((n) => n.note?.includes(`zgłoszenie ${id}`))).toBe(true);
	});

	it('names the sender among the sources only when they chose to be named', () => {
		const quiet = publishSubmission(db, send().id, curator, null, mail);
		expect(liveSnapshot(db, 'praktyka', quiet)!.sources).toEqual([]);
		const { id } = send({
			input: proposal('Inna praktyka testowa o energii (dane syntetyczne)'),
			sender: {
				name: 'Anna Test',
				email: 'anna@test.invalid',
				institution: 'Gmina Testowa',
				public: true
			}
		});
		const named = publishSubmission(db, id, curator, null, mail);
		const sources = liveSnapshot(db, 'praktyka', named)!.sources;
		expect(sources.map((x) => x.name)).toEqual(['Zgłoszenie: Gmina Testowa, Anna Test']);
		expect(JSON.stringify(sources)).not.toContain('anna@test.invalid');
	});

	it('leaves everything as it was when the write path refuses the proposal', () => {
		const { id } = send({ input: { ...proposal(), section: 'no-such-section' } });
		const before = db.$client.prepare('SELECT count(*) AS n FROM practices').get();
		expect(() => publishSubmission(db, id, curator, null, mail)).toThrow();
		expect(db.$client.prepare('SELECT count(*) AS n FROM practices').get()).toEqual(before);
		expect(getSubmission(db, id)!.status).toBe('submitted');
		expect(outbox()).toEqual([]);
	});
});

describe('corrections', () => {
	it('accepts two of three fields and leaves the third as it was', () => {
		const recordId = firstPractice();
		const current = loadEditable(db, 'praktyka', recordId)!.input;
		const changed: PracticeInput = {
			...current,
			title: `${current.title} (poprawka testowa)`,
			summary: 'Nowy skrót (poprawka testowa).',
			keywords: [...current.keywords, 'słowo-testowe']
		};
		const { id } = send({ recordId, input: changed });
		const s = getSubmission(db, id)!;
		expect(
			correctionChanges(db, s)
				.map((c) => c.field)
				.sort()
		).toEqual(['keywords', 'summary', 'title']);
		publishSubmission(db, id, curator, ['title', 'keywords', 'not-a-field'], mail);
		const live = liveSnapshot(db, 'praktyka', recordId)!;
		expect(live.title).toBe(changed.title);
		expect(live.keywords).toContain('słowo-testowe');
		expect(live.summary).toBe(current.summary);
		expect(listEvents(db, id).at(-1)!.text).toBe('title, keywords');
	});

	it('asks for at least one field', () => {
		const recordId = firstPractice();
		const current = loadEditable(db, 'praktyka', recordId)!.input;
		const { id } = send({ recordId, input: { ...current, summary: 'Inny skrót (test).' } });
		expect(() => publishSubmission(db, id, curator, [], mail)).toThrow(RecordError);
		// Nothing written, not even the lock.
		expect(getSubmission(db, id)!.status).toBe('submitted');
	});

	it('applies metryka fields and the gmina one by one', () => {
		const base = proposal();
		const next = { ...base, unitCode: '1206022', metryka: { ...base.metryka, locality: 'Test' } };
		const merged = applyFields(base, next, ['metryka.locality', 'unit']) as PracticeInput;
		expect(merged.metryka.locality).toBe('Test');
		expect(merged.unitCode).toBe('1206022');
		expect(merged.units).toContain('1206022');
		expect(base.metryka.locality).toBeFalsy(); // the input is not changed
	});
});

describe('who sees what', () => {
	it('shows editors the submissions about their units only', () => {
		const { id } = send();
		const s = getSubmission(db, id)!;
		expect(maySee(curator, s)).toBe(true);
		expect(maySee(editorSkawina, s)).toBe(true);
		expect(maySee(editorElsewhere, s)).toBe(false);
		expect(listSubmissions(db, editorElsewhere)).toEqual([]);
		expect(listSubmissions(db, editorSkawina).map((x) => x.id)).toEqual([id]);
		addNote(db, id, editorSkawina, 'Potwierdzam, to nasza praktyka (notatka testowa).');
		expect(listEvents(db, id).at(-1)!.action).toBe('note');
	});

	it('counts by status', () => {
		send();
		send({ confirmByMail: true });
		expect(countByStatus(db)).toMatchObject({ submitted: 1, unconfirmed: 1, published: 0 });
	});
});

describe('likely duplicates', () => {
	it('finds a kept record by a similar title', () => {
		const recordId = firstPractice();
		const current = loadEditable(db, 'praktyka', recordId)!.input;
		const dups = likelyDuplicates(db, 'praktyka', { ...proposal(current.title), unitCode: null });
		expect(dups[0]).toMatchObject({ id: recordId, reasons: ['title'] });
		expect(likelyDuplicates(db, 'praktyka', proposal('Zupełnie inny temat xyz'))).toEqual([]);
	});

	it('finds partnerships with the same members', () => {
		const row = db.$client
			.prepare(
				`SELECT partnership_id AS id FROM partnership_members GROUP BY partnership_id ORDER BY count(*) DESC LIMIT 1`
			)
			.get() as { id: number };
		const current = loadEditable(db, 'partnerstwo', row.id)!.input;
		const dups = likelyDuplicates(db, 'partnerstwo', { ...current, name: 'Inna nazwa testowa' });
		expect(dups[0]).toMatchObject({ id: row.id, reasons: ['members'] });
	});

	it('measures titles by their Polish stems', () => {
		expect(jaccard(titleStems('Gminy Krakowskie'), titleStems('gmin krakowskich'))).toBe(1);
		expect(jaccard(new Set(), new Set())).toBe(0);
	});
});
