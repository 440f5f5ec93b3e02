/**
 * The users' page (admins only: the load and every action check the role). Adding an account,
 * changing its role, units, name and organisation (nobody their own role or units), disabling
 * and enabling it, and making a one-time password link, e-mailed when SMTP_URL is set, else
 * shown to the admin once. Every bad input answers with the field's message and changes nothing.
 */
import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireRole, type SessionUser } from '$lib/server/auth/guard';
import { createReset, resetPath } from '$lib/server/auth/resets';
import { newToken } from '$lib/server/auth/token';
import {
	AccountError,
	createUser,
	getUser,
	listUsers,
	updateUser,
	type UserRow
} from '$lib/server/auth/users';
import { sendMail } from '$lib/server/mail/send';
import { publicOrigin } from '$lib/server/origin';
import { isRole, mayChangeRole, roleInfo } from '$lib/domain/roles';
import { adminDictionaries } from '$lib/i18n/admin';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	return { users: listUsers(getDb()) };
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '');
/** Units as typed: repeated `units` fields, each of codes separated by spaces, commas or semicolons. */
const unitCodes = (form: FormData) =>
	form
		.getAll('units')
		.flatMap((v) => String(v).split(/[\s,;]+/))
		.filter(Boolean);

/** The failure of a form (`prefix` names it: "add" or "u12") with the field's message. */
function accountFailure(event: RequestEvent, prefix: string, err: unknown, values: object) {
	if (!(err instanceof AccountError)) throw err;
	const message = event.locals.lang === 'en' ? err.en : err.pl;
	return fail(400, { form: prefix, values, errors: { [`${prefix}-${err.field}`]: message } });
}

function target(event: RequestEvent, form: FormData): UserRow {
	const user = getUser(getDb(), Number(text(form, 'id')));
	if (!user) error(404, adminDictionaries[event.locals.lang].users.noUser);
	return user;
}

/** A one-time password link for `user`: e-mailed when possible, else returned to show once. */
async function passwordLink(event: RequestEvent, user: UserRow, actorId: number) {
	const t = adminDictionaries[event.locals.lang].users;
	const link = publicOrigin(event.url) + resetPath(createReset(getDb(), user.id, actorId));
	const sent = await sendMail({ to: user.email, subject: t.mailSubject, text: t.mailText(link) });
	return sent ? { notice: t.resetMailed(user.email) } : { notice: t.resetShown(user.email), link };
}

export const actions: Actions = {
	add: async (event) => {
		const actor = requireRole(event, 'admin');
		const form = await event.request.formData();
		const values = {
			email: text(form, 'email'),
			name: text(form, 'name'),
			organisation: text(form, 'organisation'),
			role: text(form, 'role'),
			units: unitCodes(form).join(' ')
		};
		const typed = text(form, 'password');
		let id: number;
		try {
			// No password given: one nobody knows, and a link for the user to set theirs.
			id = await createUser(getDb(), {
				...values,
				units: unitCodes(form),
				password: typed || newToken() + newToken()
			});
		} catch (err) {
			return accountFailure(event, 'add', err, values);
		}
		const user = getUser(getDb(), id)!;
		const added = adminDictionaries[event.locals.lang].users.added(user.email);
		if (typed) return { notice: added };
		const link = await passwordLink(event, user, actor.id);
		return { ...link, notice: `${added} ${link.notice}` };
	},

	update: async (event): Promise<ActionFailure<object> | { notice: string }> => {
		const actor = requireRole(event, 'admin');
		const form = await event.request.formData();
		const user = target(event, form);
		const t = adminDictionaries[event.locals.lang].users;
		const prefix = `u${user.id}`;
		const role = form.has('role') ? text(form, 'role') : undefined;
		// A role over every record takes no units: what the units field still holds is dropped.
		const units =
			isRole(role) && roleInfo(role).everyRecord
				? []
				: form.has('units')
					? unitCodes(form)
					: undefined;
		const current = listUsers(getDb())
			.find((u) => u.id === user.id)!
			.units.map((u) => u.code);
		const changesRole =
			(role !== undefined && role !== user.role) ||
			(units !== undefined && [...new Set(units)].sort().join(' ') !== current.join(' '));
		if (changesRole && !mayChangeRole(actor, user))
			return fail(403, { form: prefix, errors: { [`${prefix}-role`]: t.ownRole } });
		const values = {
			name: text(form, 'name'),
			organisation: text(form, 'organisation'),
			role: role ?? user.role,
			units: (units ?? current).join(' ')
		};
		try {
			updateUser(getDb(), user.id, {
				name: values.name,
				organisation: values.organisation,
				...(changesRole ? { role, units } : {})
			});
		} catch (err) {
			return accountFailure(event, prefix, err, values);
		}
		return { notice: t.saved(user.email) };
	},

	disable: (event) => switchAccount(event, requireRole(event, 'admin'), true),
	enable: (event) => switchAccount(event, requireRole(event, 'admin'), false),

	reset: async (event) => {
		const actor = requireRole(event, 'admin');
		const user = target(event, await event.request.formData());
		return passwordLink(event, user, actor.id);
	}
};

/** Disables or enables an account (never one's own); `actor` has passed the action's guard. */
async function switchAccount(event: RequestEvent, actor: SessionUser, disabled: boolean) {
	const user = target(event, await event.request.formData());
	const t = adminDictionaries[event.locals.lang].users;
	if (user.id === actor.id)
		return fail(403, { form: `u${user.id}`, errors: { [`u${user.id}-status`]: t.ownDisable } });
	updateUser(getDb(), user.id, { disabled });
	return { notice: disabled ? t.disabledDone(user.email) : t.enabledDone(user.email) };
}
