/**
 * The public form's guards (send.ts), reports (reports.ts), freshness, the outbox's delivery over a
 * real local SMTP server (smtp-server) and the daily job, on a real migrated database. Every
 * refusal leaves the tables as they were. Senders, texts and accounts are test-only synthetic data.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import type { Db } from '../../src/lib/server/db';
import { setupDatabase } from '../../src/lib/server/setup';
import { addAccounts, curator } from './moderation-accounts';
import {
	sendForm,
	startProblem,
	startToken,
	readTarget
} from '../../src/lib/server/submissions/send';
import {
	createReport,
	reportedRecords,
	closeReports
} from '../../src/lib/server/submissions/reports';
import { isStaleDate, staleBefore, staleRecords } from '../../src/lib/server/submissions/freshness';
import { deliverPending, enqueueMail, MAX_ATTEMPTS } from '../../src/lib/server/mail/outbox';
import { runDaily } from '../../src/lib/server/submissions/daily';
import { hideRecord, showRecord } from '../../src/lib/server/curation/workflow';
import { liveState } from '../../src/lib/server/curation/snapshots';
import { RecordError } from '../../src/lib/server/records/checks';

let db: Db;

beforeEach(() => {
	db = setupDatabase(':memory:');
	addAccounts(db);
});

/** Every table a refusal must leave as it was. */
const dump = () =>
	['submissions', 'submission_events', 'reports', 'outbox', 'files']
		.map((t) => JSON.stringify(db.$client.prepare(`SELECT * FROM ${t}`).all()))
		.join('\n');

const past = (seconds: number) => new Date(Date.now() - seconds * 1000);

function form(fields: Record<string, string>) {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.append(k, v);
	return f;
}

const valid = () => ({
	typ: 'praktyka',
	started: startToken(db, past(30)),
	title: 'Praktyka testowa (dane syntetyczne)',
	section: 'wspolpraca-miedzy-jst',
	summary: 'Skrót testowy.',
	unit: '1206113',
	sender_name: 'Osoba Testowa',
	sender_email: 'osoba@test.invalid',
	consent: 'on'
});

const event = (fields: Record<string, string>, address = '192.0.2.50') => ({
	getClientAddress: () => address,
	request: new Request('http://x/zglos?/send', { method: 'POST', body: form(fields) })
});

const send = (fields: Record<string, string>, address?: string) =>
	sendForm(db, event(fields, address), 'pl', 'https://mapa.test');

describe('the public form', () => {
	it('stores a valid submission, unconfirmed without mail', async () => {
		const r = await send(valid());
		expect(r.ok && r.id).toBeGreaterThan(0);
		const row = db.$client
			.prepare('SELECT status, sender_email, address_hash FROM submissions')
			.get() as {
			status: string;
			sender_email: string;
			address_hash: string;
		};
		expect(row.status).toBe('submitted');
		expect(row.address_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(row.address_hash).not.toContain('192.0.2.50');
	});

	it('refuses, by field, and stores nothing', async () => {
		const cases: [Record<string, string>, string][] = [
			[{ consent: '' }, 'consent'],
			[{ sender_email: 'nie-email' }, 'sender_email'],
			[{ sender_name: 'x'.repeat(500) }, 'sender_name'],
			[{ title: '' }, 'title'],
			[{ unit: '9999999' }, 'unit'],
			[{ summary: 'x'.repeat(30_000) }, 'summary'],
			[
				{ summary: Array.from({ length: 11 }, (_, i) => `https://spam${i}.example`).join(' ') },
				'summary'
			],
			[{ started: 'garbage' }, '_'],
			[{ started: startToken(db, past(0)) }, '_'],
			[{ started: startToken(db, past(25 * 3600)) }, '_'],
			[{ correction_of: 'praktyka:999999' }, 'correction_of'],
			[{ correction_of: "praktyka:1'--" }, 'correction_of'],
			[{ typ: 'gmina' }, 'typ']
		];
		const before = dump();
		for (const [over, field] of cases) {
			const r = await send({ ...valid(), ...over });
			expect(r.ok, JSON.stringify(over).slice(0, 80)).toBe(false);
			if (!r.ok) expect(Object.keys(r.errors), JSON.stringify(over).slice(0, 80)).toContain(field);
		}
		expect(dump()).toBe(before);
	});

	it('takes the honeypot for a bot: no error, nothing stored', async () => {
		const before = dump();
		const r = await send({ ...valid(), fax_number: '123' });
		expect(r).toMatchObject({ ok: true, id: null });
		expect(dump()).toBe(before);
	});

	it('answers 429 over five an hour from one address, not from another', async () => {
		for (let i = 0; i < 5; i++) expect((await send(valid())).ok).toBe(true);
		const r = await send(valid());
		expect(r.ok === false && r.status).toBe(429);
		expect((await send(valid(), '192.0.2.51')).ok).toBe(true);
	});

	it('refuses a correction whose form lacks the record’s required fields', async () => {
		const id = (db.$client.prepare(`SELECT min(id) AS id FROM practices`).get() as { id: number })
			.id;
		const t = readTarget(db, (n) => (n === 'correction_of' ? `praktyka:${id}` : null), 'pl');
		expect('target' in t).toBe(true);
		const r = await send({
			started: startToken(db, past(30)),
			correction_of: `praktyka:${id}`,
			sender_name: 'A',
			sender_email: 'a@test.invalid',
			consent: 'on'
		});
		// The form sent no record fields: the parser reads an empty title.
		expect(r.ok).toBe(false);
	});

	it('signs the start time', () => {
		const token = startToken(db, past(30));
		expect(startProblem(db, token, 'pl', new Date(), 5)).toBeNull();
		const [t] = token.split('.');
		expect(startProblem(db, `${Number(t) - 1000}.${token.split('.')[1]}`, 'pl')).not.toBeNull();
	});
});

describe('reports', () => {
	const publishedId = () =>
		(
			db.$client
				.prepare(`SELECT min(id) AS id FROM practices WHERE status = 'published'`)
				.get() as { id: number }
		).id;

	it('never hide a record, however many', () => {
		const id = publishedId();
		for (let i = 0; i < 10; i++)
			expect(
				createReport(db, form({ record: `praktyka:${id}`, reason: 'spam' }), `h${i}`, 'pl').ok
			).toBe(true);
		expect(liveState(db, 'praktyka', id)!.status).toBe('published');
		const [r] = reportedRecords(db, curator);
		expect(r).toMatchObject({ id, open: 10, reasons: { spam: 10 } });
		expect(closeReports(db, 'praktyka', id, curator, 'dismissed', null)).toBe(10);
		expect(reportedRecords(db, curator)).toEqual([]);
	});

	it('refuse forged records, unknown reasons, huge messages and bad e-mails, storing nothing', () => {
		const id = publishedId();
		const before = dump();
		for (const [fields, field] of [
			[{ record: 'praktyka:999999', reason: 'spam' }, 'record'],
			[{ record: 'gmina:1', reason: 'spam' }, 'record'],
			[{ record: `praktyka:${id}`, reason: 'boring' }, 'reason'],
			[{ record: `praktyka:${id}`, reason: 'spam', message: 'x'.repeat(3000) }, 'message'],
			[{ record: `praktyka:${id}`, reason: 'spam', email: 'x' }, 'email']
		] as const) {
			const r = createReport(db, form(fields), 'h', 'pl');
			expect(r.ok === false && Object.keys(r.errors)).toContain(field);
		}
		expect(dump()).toBe(before);
	});

	it('limit an address to ten an hour (429)', () => {
		const id = publishedId();
		for (let i = 0; i < 10; i++)
			createReport(db, form({ record: `praktyka:${id}`, reason: 'wrong' }), 'same', 'pl');
		const r = createReport(db, form({ record: `praktyka:${id}`, reason: 'wrong' }), 'same', 'pl');
		expect(r.ok === false && r.status).toBe(429);
	});

	it('a curator hides a record and shows it again unchanged', () => {
		const id = publishedId();
		hideRecord(db, 'praktyka', id, curator, 'test');
		expect(liveState(db, 'praktyka', id)!.status).toBe('hidden');
		expect(() => hideRecord(db, 'praktyka', id, curator)).toThrow(RecordError);
		showRecord(db, 'praktyka', id, curator);
		expect(liveState(db, 'praktyka', id)!.status).toBe('published');
	});
});

describe('freshness', () => {
	it('counts 24 months back, years to their end', () => {
		const now = new Date('2026-12-02T12:00:00Z');
		expect(staleBefore(now)).toBe('2024-12-02');
		expect(isStaleDate('2024-12-01', now)).toBe(true);
		expect(isStaleDate('2024-12-02', now)).toBe(false);
		expect(isStaleDate('2024', now)).toBe(false);
		expect(isStaleDate('2023', now)).toBe(true);
		expect(isStaleDate(null, now)).toBe(true);
	});

	it('finds the old database’s practice from 2015 stale, and not once verified', () => {
		const stale = staleRecords(db).filter((r) => r.type === 'praktyka');
		expect(stale.length).toBeGreaterThan(0);
		const id = stale[0].id;
		db.$client
			.prepare('UPDATE practices SET verified_at = ? WHERE id = ?')
			.run(new Date().toISOString(), id);
		expect(staleRecords(db).some((r) => r.type === 'praktyka' && r.id === id)).toBe(false);
	});
});

describe('mail', () => {
	let server: SMTPServer;
	let port = 0;
	const received: string[] = [];
	beforeAll(async () => {
		server = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			logger: false,
			onRcptTo(address, _s, cb) {
				if (address.address.startsWith('refused')) return cb(new Error('mailbox unavailable'));
				cb();
			},
			onData(stream, _s, cb) {
				let text = '';
				stream.on('data', (c: Buffer) => (text += c.toString()));
				stream.on('end', () => {
					received.push(text);
					cb();
				});
			}
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
		port = (server.server.address() as AddressInfo).port;
	});
	afterAll(() => new Promise<void>((r) => server.close(() => r())));

	it('delivers over SMTP, keeps failures with their error and retries after a pause', async () => {
		const nodemailer = (await import('nodemailer')).default;
		const transport = nodemailer.createTransport(`smtp://127.0.0.1:${port}`);
		const send = async (m: { to: string; subject: string; text: string }) => {
			try {
				await transport.sendMail({ from: 'test@test.invalid', ...m });
				return null;
			} catch (e) {
				return (e as Error).message;
			}
		};
		enqueueMail(db, {
			kind: 'test',
			to: 'ok@test.invalid',
			subject: 'Test 1',
			text: 'Treść testowa'
		});
		enqueueMail(db, { kind: 'test', to: 'refused@test.invalid', subject: 'Test 2', text: 'x' });
		const now = new Date();
		expect(await deliverPending(db, send, now)).toBe(1);
		expect(received.some((t) => t.includes('Test 1'))).toBe(true);
		const failed = db.$client
			.prepare(`SELECT attempts, last_error, sent_at FROM outbox WHERE to_address LIKE 'refused%'`)
			.get() as {
			attempts: number;
			last_error: string;
			sent_at: string | null;
		};
		expect(failed.attempts).toBe(1);
		expect(failed.last_error).toContain('mailbox unavailable');
		// Not again at once; after the pause it is tried again.
		expect(await deliverPending(db, send, now)).toBe(0);
		expect(
			(
				db.$client
					.prepare(`SELECT attempts FROM outbox WHERE to_address LIKE 'refused%'`)
					.get() as { attempts: number }
			).attempts
		).toBe(1);
		await deliverPending(db, send, new Date(now.getTime() + 3 * 60_000));
		expect(
			(
				db.$client
					.prepare(`SELECT attempts FROM outbox WHERE to_address LIKE 'refused%'`)
					.get() as { attempts: number }
			).attempts
		).toBe(2);
		expect(MAX_ATTEMPTS).toBeGreaterThan(2);
	});

	it('queues once per dedupe key', () => {
		expect(
			enqueueMail(db, {
				kind: 'digest',
				to: 'a@test.invalid',
				subject: 's',
				text: 't',
				dedupeKey: 'k'
			})
		).not.toBeNull();
		expect(
			enqueueMail(db, {
				kind: 'digest',
				to: 'a@test.invalid',
				subject: 's',
				text: 't',
				dedupeKey: 'k'
			})
		).toBeNull();
	});

	it('the daily job digests to curators, asks the unit’s editors once a month, and erases old contacts', () => {
		const first = runDaily(db, 'https://mapa.test');
		expect(first.digests).toBe(1);
		expect(first.staleNotices).toBeGreaterThan(0);
		expect(runDaily(db, 'https://mapa.test')).toMatchObject({ digests: 0, staleNotices: 0 });
		const notice = db.$client
			.prepare(`SELECT to_address, body FROM outbox WHERE kind = 'stale'`)
			.get() as { to_address: string; body: string };
		expect(notice.to_address).toBe('redaktor@test.invalid');
		expect(notice.body).toContain('https://mapa.test/admin/praktyki/');
		db.$client.exec(
			`INSERT INTO submissions (record_type, input, status, sender_name, sender_email, decided_at)
			VALUES ('praktyka', '{}', 'rejected', 'Stara Osoba', 'stara@test.invalid', '2020-01-01T00:00:00Z')`
		);
		expect(runDaily(db, 'https://mapa.test').erased).toBe(1);
		expect(db.$client.prepare(`SELECT sender_email FROM submissions`).get()).toEqual({
			sender_email: null
		});
	});
});
