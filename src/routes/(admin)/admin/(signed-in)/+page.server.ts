/**
 * The dashboard: who you are, your units, where to work, what waits (records and submissions by
 * state, stale records, per województwo); "log out everywhere".
 */
import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { loginNoticeUrl } from '$lib/server/auth/login';
import { deleteSessionCookie, invalidateUserSessions } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';
import { dashboard } from '$lib/server/submissions/dashboard';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const name = getDb().$client.prepare('SELECT name FROM units WHERE code = ?').pluck();
	return {
		units: user.units.map((code) => ({ code, name: name.get(code) as string })),
		figures: dashboard(getDb(), user)
	};
};

export const actions: Actions = {
	everywhere: (event) => {
		const user = requireUser(event);
		invalidateUserSessions(getDb(), user.id);
		deleteSessionCookie(event.cookies, event.url);
		redirect(303, loginNoticeUrl('loggedOutEverywhere', event.locals.lang));
	}
};
