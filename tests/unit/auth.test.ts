/**
 * Accounts, sessions, throttling, reset links and the role rules, on the real migrated database
 * (tests/unit/db.ts). Time is injected (`now`), never slept. Over 300 lines: the account area's
 * unit tests in one file, grouped by describe, sharing the database and the account helper.
 */
import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/lib/server/auth/password';
import {
	ABSOLUTE_MS,
	createSession,
	IDLE_MS,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { hashToken } from '../../src/lib/server/auth/token';
import {
	AccountError,
	createUser,
	getUserByEmail,
	listUsers,
	setPassword,
	updateUser
} from '../../src/lib/server/auth/users';
import {
	delayAfter,
	FREE_PER_ADDRESS,
	FREE_PER_EMAIL,
	recordFailure,
	throttledUntil,
	throttleMessage
} from '../../src/lib/server/auth/throttle';
import { attemptLogin, safeNext } from '../../src/lib/server/auth/login';
import { createReset, findReset, useReset } from '../../src/lib/server/auth/resets';
import { mayChangeRole } from '../../src/lib/domain/roles';
import { isCacheablePage } from '../../src/lib/server/http/page-cache';

const db = testDb();
const PASSWORD = 'correct horse battery staple';
let seq = 0;
/** A fresh account (unique e-mail) of `role`. */
async function account(role = 'curator', units: string[] = []) {
	const email = `user${++seq}-${role}@test.mapa.example`;
	const id = await createUser(db, { email, password: PASSWORD, role, units });
	return { id, email };
}
const T0 = new Date('2026-03-02T08:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;
const HOUR = 60 * MIN;

/** The AccountError `fn` throws (failing when it does not). */
async function accountError(fn: () => unknown): Promise<AccountError> {
	try {
		await fn();
	} catch (err) {
		expect(err).toBeInstanceOf(AccountError);
		return err as AccountError;
	}
	throw new Error('expected an AccountError');
}

describe('passwords', () => {
	it('are Argon2id with OWASP parameters and verify', async () => {
		const phc = await hashPassword(PASSWORD);
		expect(phc.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
		expect(await verifyPassword(phc, PASSWORD)).toBe(true);
		expect(await verifyPassword(phc, PASSWORD + '!')).toBe(false);
		expect(await verifyPassword('not a hash', PASSWORD)).toBe(false);
	});

	it('meet the policy: 12 to 256 characters, not the e-mail', () => {
		expect(passwordProblem('short', 'a@b.pl')?.pl).toMatch(/za krótkie: 5 znaków.*12/);
		expect(passwordProblem('x'.repeat(257), 'a@b.pl')?.en).toMatch(/too long: 257/);
		expect(passwordProblem(' Jan.Kowalski@Gmina.pl ', 'jan.kowalski@gmina.pl')?.pl).toMatch(
			/adres e-mail/
		);
		expect(passwordProblem('x'.repeat(12), 'a@b.pl')).toBeNull();
		expect(passwordProblem('x'.repeat(256), 'a@b.pl')).toBeNull();
	});
});

describe('sessions', () => {
	it('store the hash of the token, never the token', async () => {
		const { id } = await account();
		const s = createSession(db, id, T0);
		expect(s.token).toMatch(/^[a-z2-7]{32}$/);
		expect(s.sessionId).toBe(hashToken(s.token));
		expect(s.sessionId).toMatch(/^[0-9a-f]{64}$/);
		const stored = db.$client.prepare('SELECT id FROM sessions WHERE user_id = ?').pluck().all(id);
		expect(stored).toEqual([s.sessionId]);
		expect(stored).not.toContain(s.token);
		// The stored id does not work as a token.
		expect(validateSessionToken(db, s.sessionId, T0)).toBeNull();
	});

	it('validate to the user with role and units', async () => {
		const { id, email } = await account('editor', ['1206113', '12']);
		const s = createSession(db, id, T0);
		const v = validateSessionToken(db, s.token, at(MIN))!;
		expect(v.sessionId).toBe(s.sessionId);
		expect(v.user).toMatchObject({ id, email, role: 'editor', units: ['12', '1206113'] });
		expect(validateSessionToken(db, 'a'.repeat(32), T0)).toBeNull();
		expect(validateSessionToken(db, 'not a token', T0)).toBeNull();
	});

	it('move the idle expiry on only when less than half is left, and expire when idle', async () => {
		const { id } = await account();
		const s = createSession(db, id, T0);
		expect(s.expiresAt.getTime()).toBe(T0.getTime() + IDLE_MS);
		// 3 h in: more than half of 8 h left, not moved.
		expect(validateSessionToken(db, s.token, at(3 * HOUR))!.expiresAt).toEqual(s.expiresAt);
		// 5 h in: moved to 5 h + 8 h.
		expect(validateSessionToken(db, s.token, at(5 * HOUR))!.expiresAt).toEqual(at(13 * HOUR));
		// Idle past 13 h: gone, and deleted.
		expect(validateSessionToken(db, s.token, at(13 * HOUR))).toBeNull();
		expect(
			db.$client.prepare('SELECT count(*) FROM sessions WHERE id = ?').pluck().get(s.sessionId)
		).toBe(0);
	});

	it('end at the absolute expiry however they are used', async () => {
		const { id } = await account();
		const s = createSession(db, id, T0);
		let t = 0;
		while (t + 5 * HOUR < ABSOLUTE_MS) {
			t += 5 * HOUR;
			const v = validateSessionToken(db, s.token, at(t));
			expect(v, `at ${t / HOUR} h`).not.toBeNull();
			expect(v!.expiresAt.getTime()).toBeLessThanOrEqual(T0.getTime() + ABSOLUTE_MS);
		}
		expect(validateSessionToken(db, s.token, at(ABSOLUTE_MS))).toBeNull();
	});

	it('end one by one, everywhere, on a password change, and when the user is disabled', async () => {
		const { id } = await account();
		const a = createSession(db, id, T0);
		const b = createSession(db, id, T0);
		invalidateSession(db, a.sessionId);
		expect(validateSessionToken(db, a.token, T0)).toBeNull();
		expect(validateSessionToken(db, b.token, T0)).not.toBeNull();
		invalidateUserSessions(db, id);
		expect(validateSessionToken(db, b.token, T0)).toBeNull();

		const c = createSession(db, id, T0);
		await setPassword(db, id, 'another long password');
		expect(validateSessionToken(db, c.token, T0)).toBeNull();

		const d = createSession(db, id, T0);
		updateUser(db, id, { disabled: true });
		expect(validateSessionToken(db, d.token, T0)).toBeNull();
		// A session made while disabled (it should not be) is not valid either.
		const e = createSession(db, id, T0);
		expect(validateSessionToken(db, e.token, T0)).toBeNull();
		updateUser(db, id, { disabled: false });
		expect(validateSessionToken(db, createSession(db, id, T0).token, T0)).not.toBeNull();
	});

	it('a new one at every login: two logins give two tokens', async () => {
		const { id } = await account();
		const a = createSession(db, id, T0);
		const b = createSession(db, id, T0);
		expect(a.token).not.toBe(b.token);
	});
});

describe('accounts', () => {
	it("are created with the e-mail lower-cased and trimmed, and an editor's units", async () => {
		const id = await createUser(db, {
			email: '  Anna.Nowak@Skawina.PL ',
			password: PASSWORD,
			role: 'editor',
			units: ['1206113', '1206113'],
			name: ' Anna Nowak '
		});
		const u = getUserByEmail(db, 'anna.nowak@skawina.pl')!;
		expect(u).toMatchObject({
			id,
			email: 'anna.nowak@skawina.pl',
			name: 'Anna Nowak',
			role: 'editor'
		});
		expect(listUsers(db).find((r) => r.id === id)!.units).toEqual([
			{ code: '1206113', name: 'Skawina' }
		]);
	});

	it('refuse bad input with the field and a message, writing nothing', async () => {
		const before = db.$client.prepare('SELECT count(*) FROM users').pluck().get();
		const base = { email: 'x@test.mapa.example', password: PASSWORD, role: 'curator' };
		const cases: [object, string, RegExp][] = [
			[{ email: 'not-an-email' }, 'email', /nie jest adresem e-mail/],
			[{ role: 'root' }, 'role', /Nieznana rola „root”/],
			[{ role: 'editor' }, 'units', /co najmniej jednej jednostki/],
			[{ role: 'editor', units: ['9999999'] }, 'units', /Nieznany kod TERYT „9999999”/],
			[{ role: 'editor', units: ['12x'] }, 'units', /Nieznany kod TERYT/],
			[{ role: 'curator', units: ['12'] }, 'units', /nie podaje się jednostek/],
			[{ password: 'short' }, 'password', /za krótkie/],
			[{ password: 'x@test.mapa.example' }, 'password', /za krótkie|adres e-mail/],
			[{ name: 'n'.repeat(201) }, 'name', /201 znaków, dozwolone 200/]
		];
		for (const [change, field, message] of cases) {
			const err = await accountError(() => createUser(db, { ...base, ...change }));
			expect(err.field, JSON.stringify(change)).toBe(field);
			expect(err.pl).toMatch(message);
			expect(err.en.length).toBeGreaterThan(10);
		}
		const { email } = await account();
		const dup = await accountError(() => createUser(db, { ...base, email: email.toUpperCase() }));
		expect(dup.field).toBe('email');
		expect(dup.en).toMatch(/already exists/);
		expect(db.$client.prepare('SELECT count(*) FROM users').pluck().get()).toBe(Number(before) + 1);
	});

	it('change role and units together, checked', async () => {
		const { id } = await account('editor', ['1206113']);
		const err = await accountError(() => updateUser(db, id, { role: 'curator', units: ['12'] }));
		expect(err.field).toBe('units');
		expect(listUsers(db).find((u) => u.id === id)).toMatchObject({ role: 'editor' });
		updateUser(db, id, { role: 'curator' });
		expect(listUsers(db).find((u) => u.id === id)).toMatchObject({ role: 'curator', units: [] });
		const back = await accountError(() => updateUser(db, id, { role: 'editor' }));
		expect(back.field).toBe('units');
		updateUser(db, id, { role: 'editor', units: ['1206'] });
		expect(listUsers(db).find((u) => u.id === id)!.units).toEqual([
			{ code: '1206', name: expect.stringMatching(/krakowski/) }
		]);
	});

	it('nobody raises their own role; only admins change roles', () => {
		expect(mayChangeRole({ id: 1, role: 'admin' }, { id: 1 })).toBe(false);
		expect(mayChangeRole({ id: 1, role: 'admin' }, { id: 2 })).toBe(true);
		expect(mayChangeRole({ id: 1, role: 'curator' }, { id: 2 })).toBe(false);
		expect(mayChangeRole({ id: 1, role: 'editor' }, { id: 1 })).toBe(false);
	});
});

describe('login and throttling', () => {
	const ADDR = '192.0.2.10';

	it('delays double from the free attempts on, up to 15 minutes', () => {
		expect(delayAfter(FREE_PER_EMAIL - 1, FREE_PER_EMAIL)).toBe(0);
		expect(delayAfter(FREE_PER_EMAIL, FREE_PER_EMAIL)).toBe(30_000);
		expect(delayAfter(FREE_PER_EMAIL + 1, FREE_PER_EMAIL)).toBe(60_000);
		expect(delayAfter(FREE_PER_EMAIL + 2, FREE_PER_EMAIL)).toBe(120_000);
		expect(delayAfter(FREE_PER_EMAIL + 20, FREE_PER_EMAIL)).toBe(15 * MIN);
	});

	it('counts failures per e-mail: 5 free, then 429 with when to try again', async () => {
		const { email } = await account();
		for (let i = 0; i < FREE_PER_EMAIL; i++) {
			const r = await attemptLogin(
				db,
				{ email, password: 'wrong password!' },
				ADDR,
				'pl',
				at(i * 1000)
			);
			expect(r).toMatchObject({
				ok: false,
				status: 400,
				message: 'Nieprawidłowy e-mail lub hasło.'
			});
		}
		const now = at(FREE_PER_EMAIL * 1000);
		const blocked = await attemptLogin(db, { email, password: PASSWORD }, ADDR, 'en', now);
		expect(blocked).toMatchObject({ ok: false, status: 429 });
		expect(!blocked.ok && blocked.message).toMatch(
			/Too many failed login attempts. Try again in 29 s/
		);
		// After the delay the right password works, and clears the e-mail's count.
		const later = at(FREE_PER_EMAIL * 1000 + 30_000);
		expect(await attemptLogin(db, { email, password: PASSWORD }, ADDR, 'pl', later)).toMatchObject({
			ok: true
		});
		expect(throttledUntil(db, email, ADDR, later)).toBeNull();
	});

	it('an unknown e-mail gets the same answer and is throttled the same way', async () => {
		const email = 'nobody@test.mapa.example';
		const r = await attemptLogin(db, { email, password: PASSWORD }, '192.0.2.11', 'pl', T0);
		expect(r).toEqual({ ok: false, status: 400, message: 'Nieprawidłowy e-mail lub hasło.' });
		for (let i = 1; i < FREE_PER_EMAIL; i++) recordFailure(db, email, '192.0.2.11', T0);
		expect(throttledUntil(db, email, '192.0.2.11', at(1000))).toEqual(at(30_000));
		// Outside the 15-minute window the failures no longer count.
		expect(throttledUntil(db, email, '192.0.2.11', at(16 * MIN))).toBeNull();
	});

	it('counts failures per address across e-mails: 20 free', () => {
		const addr = '198.51.100.7';
		for (let i = 0; i < FREE_PER_ADDRESS; i++)
			recordFailure(db, `spray${i}@test.mapa.example`, addr, T0);
		expect(throttledUntil(db, 'fresh@test.mapa.example', addr, at(1000))).toEqual(at(30_000));
		expect(throttledUntil(db, 'fresh@test.mapa.example', '198.51.100.8', at(1000))).toBeNull();
	});

	it('a disabled account cannot log in, with the same message', async () => {
		const { id, email } = await account();
		updateUser(db, id, { disabled: true });
		const r = await attemptLogin(db, { email, password: PASSWORD }, '192.0.2.12', 'pl', T0);
		expect(r).toEqual({ ok: false, status: 400, message: 'Nieprawidłowy e-mail lub hasło.' });
	});

	it('the message names the wait and the time, in Polish and English', () => {
		const until = new Date('2026-03-02T08:12:00Z');
		expect(throttleMessage(until, 'pl', new Date('2026-03-02T08:10:30Z'))).toBe(
			'Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za 2 min (o 09:12).'
		);
	});

	it('comes back only to a path of the admin area', () => {
		expect(safeNext('/admin/praktyki?x=1')).toBe('/admin/praktyki?x=1');
		expect(safeNext('/admin')).toBe('/admin');
		for (const bad of [
			'//evil.example/admin',
			'https://evil.example',
			'/administrator',
			'/admin\\..',
			null,
			'/'
		])
			expect(safeNext(bad)).toBe('/admin');
	});
});

describe('password reset links', () => {
	it('are one-time, 24 hours, stored as hashes, and end the sessions', async () => {
		const admin = await account('admin');
		const { id, email } = await account('editor', ['1206113']);
		const session = createSession(db, id, T0);
		const token = createReset(db, id, admin.id, T0);
		expect(
			db.$client
				.prepare('SELECT count(*) FROM password_resets WHERE token_hash = ?')
				.pluck()
				.get(token)
		).toBe(0);
		expect(findReset(db, token, at(23 * HOUR))).toEqual({ userId: id, email });
		expect(findReset(db, token, at(24 * HOUR))).toBeNull();
		// A weak password is refused and the link stays usable.
		const weak = await accountError(() => useReset(db, token, 'short', at(HOUR)));
		expect(weak.field).toBe('password');
		expect(await useReset(db, token, 'a brand new password', at(HOUR))).toBe(true);
		expect(validateSessionToken(db, session.token, at(HOUR))).toBeNull();
		expect(await useReset(db, token, 'yet another password', at(HOUR))).toBe(false);
		const r = await attemptLogin(
			db,
			{ email, password: 'a brand new password' },
			'192.0.2.20',
			'pl',
			at(HOUR)
		);
		expect(r.ok).toBe(true);
	});
});

describe('admin answers are never cached', () => {
	it('the page cache (and so the fast lane) refuses every /admin path', () => {
		for (const path of ['/admin', '/admin/logowanie', '/admin/uzytkownicy', '/admin/praktyki/1'])
			expect(isCacheablePage('GET', path, null), path).toBe(false);
		expect(isCacheablePage('GET', '/', null)).toBe(true);
	});
});
