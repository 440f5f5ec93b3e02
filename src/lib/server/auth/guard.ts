/**
 * The checks every admin load, action and endpoint makes (the layout's check alone is not
 * enough: actions and endpoints answer without it). No session: 303 to the login page, back
 * here afterwards. A session without the role or the unit: 403. tests/unit/admin-guard.test.ts
 * reads every module under src/routes/(admin) and fails when one lacks these calls.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { roleInfo, unitInScopes, type Role, type RoleInfo } from '../../domain/roles';

/** The signed-in user, as hooks put it on `event.locals.user` (auth/session.ts). */
export interface SessionUser {
	id: number;
	email: string;
	name: string | null;
	organisation: string | null;
	role: Role;
	/** An editor's units (TERYT codes: 2, 4 or 7 digits); empty for admins and curators. */
	units: string[];
	lang: 'pl' | 'en';
}

type Event = Pick<RequestEvent, 'locals' | 'url'>;

export const LOGIN_PATH = '/admin/logowanie';

/** The login page, with where to come back to (only a path of this site). */
export function loginUrl(url: URL): string {
	const next = url.pathname + url.search;
	return `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;
}

/** The signed-in user; without a session, 303 to the login page. */
export function requireUser(event: Event): SessionUser {
	const user = event.locals.user;
	if (!user) redirect(303, loginUrl(event.url));
	return user;
}

/** The signed-in user if their role is one of `roles`; else 403. */
export function requireRole(event: Event, ...roles: Role[]): SessionUser {
	const user = requireUser(event);
	if (!roles.includes(user.role)) error(403, forbidden(user));
	return user;
}

/** The signed-in user if their role may do `what` (a permission of the roles table); else 403. */
export function requirePermission(
	event: Event,
	what: keyof Pick<RoleInfo, 'everyRecord' | 'publishes' | 'verifies' | 'keepsUsers'>
): SessionUser {
	const user = requireUser(event);
	if (!roleInfo(user.role)[what]) error(403, forbidden(user));
	return user;
}

/**
 * Whether the user may edit a record that lies in `recordUnits` (its gminy, or its members'):
 * admins and curators every record; an editor when one of the record's units lies in theirs.
 */
export function mayEditUnits(user: SessionUser, recordUnits: readonly string[]): boolean {
	if (roleInfo(user.role).everyRecord) return true;
	return recordUnits.some((code) => unitInScopes(code, user.units));
}

/** 403 unless the user may edit a record in `recordUnits`. */
export function requireUnits(user: SessionUser, recordUnits: readonly string[]): void {
	if (!mayEditUnits(user, recordUnits)) error(403, forbidden(user));
}

function forbidden(user: SessionUser): string {
	return user.lang === 'en'
		? 'You do not have the rights for this (403).'
		: 'Nie masz uprawnień do tej czynności (403).';
}
