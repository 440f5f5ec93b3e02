/**
 * Accounts of the admin area: create, read, list and change users, set passwords. Every check
 * answers with an AccountError naming the field and what is wrong (Polish and English), before
 * anything is written. Who may change what (nobody raises their own role) is the actions' check,
 * with `mayChangeRole` of the roles table.
 */
import type { Db } from '../db';
import { isRole, roleInfo, ROLES, type Role } from '../../domain/roles';
import { countProblem, lengthProblem } from '../../limits';
import { hashPassword, passwordProblem } from './password';
import { invalidateUserSessions } from './session';

export type AccountField = 'email' | 'password' | 'role' | 'units' | 'name' | 'organisation';

/** A bad account input: which field, and why, in both languages. */
export class AccountError extends Error {
	constructor(
		readonly field: AccountField,
		readonly pl: string,
		readonly en: string
	) {
		super(`${pl} / ${en}`);
	}
}

function fail(field: AccountField, m: { pl: string; en: string }): never {
	throw new AccountError(field, m.pl, m.en);
}

/** Lower case, trimmed: how e-mails are stored and looked up. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether a text has an e-mail address's shape (accounts, senders of submissions and reports). */
export const looksLikeEmail = (email: string): boolean => EMAIL_SHAPE.test(email);

export function checkEmail(email: string): string {
	const e = normaliseEmail(email);
	const long = lengthProblem('email', e);
	if (long) fail('email', long);
	if (!EMAIL_SHAPE.test(e))
		fail('email', {
			pl: `„${e}” nie jest adresem e-mail (np. jan.kowalski@gmina.pl).`,
			en: `"${e}" is not an e-mail address (e.g. jan.kowalski@gmina.pl).`
		});
	return e;
}

function checkRole(role: string): Role {
	if (!isRole(role))
		fail('role', {
			pl: `Nieznana rola „${role}”: dozwolone ${ROLES.join(', ')}.`,
			en: `Unknown role "${role}": allowed ${ROLES.join(', ')}.`
		});
	return role as Role;
}

/** The units of a role: known TERYT codes, at least one for an editor, none for the others. */
export function checkUnits(db: Db, role: Role, codes: readonly string[]): string[] {
	const units = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
	const many = countProblem('userUnits', units.length);
	if (many) fail('units', many);
	if (roleInfo(role).everyRecord) {
		if (units.length)
			fail('units', {
				pl: `Rola „${roleInfo(role).label.pl}” obejmuje wszystkie rekordy: nie podaje się jednostek.`,
				en: `The role "${roleInfo(role).label.en}" covers every record: it takes no units.`
			});
		return [];
	}
	if (!units.length)
		fail('units', {
			pl: 'Redaktor jednostki potrzebuje co najmniej jednej jednostki (kod TERYT gminy, powiatu lub województwa).',
			en: 'A unit editor needs at least one unit (the TERYT code of a gmina, powiat or województwo).'
		});
	const known = db.$client.prepare('SELECT 1 FROM units WHERE code = ?').pluck();
	for (const code of units)
		if (!/^\d{2}(\d{2}(\d{3})?)?$/.test(code) || !known.get(code))
			fail('units', {
				pl: `Nieznany kod TERYT „${code}” (2 cyfry: województwo, 4: powiat, 7: gmina).`,
				en: `Unknown TERYT code "${code}" (2 digits: województwo, 4: powiat, 7: gmina).`
			});
	return units;
}

const TEXT_LIMITS = { name: 'userName', organisation: 'organisation' } as const;

function checkText(field: keyof typeof TEXT_LIMITS, value: string | null | undefined) {
	const v = value?.trim() || null;
	const long = lengthProblem(TEXT_LIMITS[field], v);
	if (long) fail(field, long);
	return v;
}

export interface NewUser {
	email: string;
	password: string;
	role: string;
	units?: readonly string[];
	name?: string | null;
	organisation?: string | null;
}

/** Creates an account after every check; its id. */
export async function createUser(db: Db, input: NewUser): Promise<number> {
	const email = checkEmail(input.email);
	const role = checkRole(input.role);
	const units = checkUnits(db, role, input.units ?? []);
	const name = checkText('name', input.name);
	const organisation = checkText('organisation', input.organisation);
	const weak = passwordProblem(input.password, email);
	if (weak) fail('password', weak);
	if (getUserByEmail(db, email))
		fail('email', {
			pl: `Konto ${email} już istnieje.`,
			en: `An account ${email} already exists.`
		});
	const hash = await hashPassword(input.password);
	return db.$client.transaction(() => {
		const id = Number(
			db.$client
				.prepare(
					'INSERT INTO users (email, name, organisation, role, password_hash) VALUES (?, ?, ?, ?, ?)'
				)
				.run(email, name, organisation, role, hash).lastInsertRowid
		);
		setUnits(db, id, units);
		return id;
	})();
}

function setUnits(db: Db, userId: number, units: readonly string[]) {
	db.$client.prepare('DELETE FROM user_units WHERE user_id = ?').run(userId);
	const add = db.$client.prepare('INSERT INTO user_units (user_id, unit_code) VALUES (?, ?)');
	for (const code of units) add.run(userId, code);
}

export interface UserRow {
	id: number;
	email: string;
	name: string | null;
	organisation: string | null;
	role: Role;
	passwordHash: string;
	disabledAt: string | null;
}

const USER_COLUMNS =
	'id, email, name, organisation, role, password_hash AS passwordHash, disabled_at AS disabledAt';

export function getUserByEmail(db: Db, email: string): UserRow | null {
	return (
		(db.$client
			.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE email = ?`)
			.get(normaliseEmail(email)) as UserRow | undefined) ?? null
	);
}

export function getUser(db: Db, id: number): UserRow | null {
	return (
		(db.$client.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id) as
			UserRow | undefined) ?? null
	);
}

export interface UserListRow extends Omit<UserRow, 'passwordHash'> {
	units: { code: string; name: string }[];
	createdAt: string;
	/** When the newest live session began (logins are not stored beyond their sessions). */
	lastLogin: string | null;
}

/** Every account, by e-mail, with its units and their names. */
export function listUsers(db: Db): UserListRow[] {
	const rows = db.$client
		.prepare(
			`SELECT id, email, name, organisation, role, disabled_at AS disabledAt, created_at AS createdAt,
				(SELECT max(created_at) FROM sessions s WHERE s.user_id = users.id) AS lastLogin
			FROM users ORDER BY email`
		)
		.all() as Omit<UserListRow, 'units'>[];
	const units = db.$client
		.prepare(
			'SELECT uu.user_id AS userId, u.code, u.name FROM user_units uu JOIN units u ON u.code = uu.unit_code ORDER BY u.code'
		)
		.all() as { userId: number; code: string; name: string }[];
	return rows.map((r) => ({
		...r,
		units: units.filter((u) => u.userId === r.id).map(({ code, name }) => ({ code, name }))
	}));
}

export interface UserChange {
	role?: string;
	units?: readonly string[];
	name?: string | null;
	organisation?: string | null;
	disabled?: boolean;
}

/**
 * Changes an account. The role and units are checked together (a new role with its units); a
 * disabled account loses its sessions at once.
 */
export function updateUser(db: Db, id: number, change: UserChange): void {
	const user = getUser(db, id);
	if (!user) fail('email', { pl: `Nie ma konta o numerze ${id}.`, en: `No account ${id}.` });
	const u = user;
	const role = change.role === undefined ? u.role : checkRole(change.role);
	const current = db.$client
		.prepare('SELECT unit_code FROM user_units WHERE user_id = ?')
		.pluck()
		.all(id) as string[];
	const touchesUnits = change.units !== undefined || role !== u.role;
	const units = touchesUnits
		? checkUnits(db, role, change.units ?? (roleInfo(role).everyRecord ? [] : current))
		: current;
	const name = change.name === undefined ? u.name : checkText('name', change.name);
	const organisation =
		change.organisation === undefined
			? u.organisation
			: checkText('organisation', change.organisation);
	const disabledAt =
		change.disabled === undefined
			? u.disabledAt
			: change.disabled
				? (u.disabledAt ?? new Date().toISOString())
				: null;
	db.$client.transaction(() => {
		db.$client
			.prepare(
				`UPDATE users SET role = ?, name = ?, organisation = ?, disabled_at = ?,
					updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`
			)
			.run(role, name, organisation, disabledAt, id);
		if (touchesUnits) setUnits(db, id, units);
		if (change.disabled) invalidateUserSessions(db, id);
	})();
}

/** A new password (the policy's checks), which also ends every session of the user. */
export async function setPassword(db: Db, id: number, password: string): Promise<void> {
	const user = getUser(db, id);
	if (!user) fail('password', { pl: `Nie ma konta o numerze ${id}.`, en: `No account ${id}.` });
	const weak = passwordProblem(password, user.email);
	if (weak) fail('password', weak);
	const hash = await hashPassword(password);
	db.$client.transaction(() => {
		db.$client
			.prepare(
				"UPDATE users SET password_hash = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"
			)
			.run(hash, id);
		invalidateUserSessions(db, id);
	})();
}
