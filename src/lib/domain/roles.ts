/**
 * The roles of the admin area, in one table: who may do what. `admin` keeps the users and may do
 * everything; `curator` edits, publishes and verifies every record; `editor` edits (as drafts for a
 * curator to publish) and confirms the records that lie in their units (a gmina, powiat or województwo by TERYT) — what a municipality's staff
 * gets. The checks that use this table live in src/lib/server/auth/guard.ts.
 */
import type { Bilingual } from './fields';

export const ROLES = ['admin', 'curator', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleInfo {
	id: Role;
	label: Bilingual;
	/** Higher ranks include what lower ones may do. */
	rank: number;
	/** Edits every record (not only those in the user's units). */
	everyRecord: boolean;
	/** Publishes and archives records; an editor's changes wait for a curator. */
	publishes: boolean;
	/** Confirms that a record is current ("potwierdzam aktualność"): sets its verified date. */
	verifies: boolean;
	/** Keeps the users (accounts, roles, password resets). */
	keepsUsers: boolean;
}

export const ROLE_TABLE: readonly RoleInfo[] = [
	{
		id: 'admin',
		label: { pl: 'administrator', en: 'administrator' },
		rank: 3,
		everyRecord: true,
		publishes: true,
		verifies: true,
		keepsUsers: true
	},
	{
		id: 'curator',
		label: { pl: 'kurator', en: 'curator' },
		rank: 2,
		everyRecord: true,
		publishes: true,
		verifies: true,
		keepsUsers: false
	},
	{
		id: 'editor',
		label: { pl: 'redaktor jednostki', en: 'unit editor' },
		rank: 1,
		everyRecord: false,
		publishes: false,
		verifies: true,
		keepsUsers: false
	}
];

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

export function roleInfo(role: Role): RoleInfo {
	const info = ROLE_TABLE.find((r) => r.id === role);
	if (!info) throw new Error(`unknown role ${role}`);
	return info;
}

/** Whether `actor` may give `target` the role `to`: only admins, never to themselves. */
export function mayChangeRole(actor: { id: number; role: Role }, target: { id: number }): boolean {
	return roleInfo(actor.role).keepsUsers && actor.id !== target.id;
}

/** Whether a unit code (TERYT, 2/4/7 digits) lies in one of `scopes` (a prefix of it). */
export function unitInScopes(code: string, scopes: readonly string[]): boolean {
	return scopes.some((s) => code.startsWith(s));
}

/**
 * Who confirmed a record, as the public may see it (never a person's e-mail): stored as
 * `role:curator` (shown as the role's name) or as an organisation's name.
 */
export function verifierName(stored: string | null, lang: 'pl' | 'en'): string {
	if (!stored) return '';
	const role = stored.startsWith('role:') ? stored.slice(5) : null;
	if (role && isRole(role)) return roleInfo(role).label[lang];
	return stored;
}
