/**
 * The login page (public: outside the signed-in group's guard). A plain POST form: it works
 * without JavaScript. Every login makes a new session (the one before, if any, ends), whose
 * token only the cookie holds.
 */
import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { attemptLogin, safeNext } from '$lib/server/auth/login';
import { createSession, invalidateSession, setSessionCookie } from '$lib/server/auth/session';
import { adminDictionaries } from '$lib/i18n/admin';
import type { Actions, PageServerLoad } from './$types';

const NOTICES = ['passwordSet', 'loggedOut', 'loggedOutEverywhere'] as const;
type Notice = (typeof NOTICES)[number];

export const load: PageServerLoad = ({ url }) => {
	const notice = url.searchParams.get('notice');
	return {
		next: safeNext(url.searchParams.get('next')),
		notice: NOTICES.includes(notice as Notice) ? (notice as Notice) : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { request, locals, cookies, url } = event;
		const t = adminDictionaries[locals.lang].login;
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const password = String(form.get('password') ?? '');
		const next = safeNext(String(form.get('next') ?? ''));
		const errors: Record<string, string> = {};
		if (!email.trim()) errors.email = t.missingEmail;
		if (!password) errors.password = t.missingPassword;
		if (Object.keys(errors).length) return fail(400, { email, errors });
		const db = getDb();
		const result = await attemptLogin(
			db,
			{ email, password },
			event.getClientAddress(),
			locals.lang
		);
		if (!result.ok) return fail(result.status, { email, errors: { form: result.message } });
		if (locals.sessionId) invalidateSession(db, locals.sessionId);
		const session = createSession(db, result.userId);
		setSessionCookie(cookies, url, session.token, session.expiresAt);
		redirect(303, next);
	}
};
