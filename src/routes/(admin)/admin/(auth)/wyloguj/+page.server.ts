/**
 * Logging out (public: it needs no rights, only its own session). POST ends the session and
 * deletes the cookie; a GET shows a button for it (no state changes on GET).
 */
import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { loginNoticeUrl } from '$lib/server/auth/login';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ signedIn: !!locals.user });

export const actions: Actions = {
	default: ({ locals, cookies, url }) => {
		if (locals.sessionId) invalidateSession(getDb(), locals.sessionId);
		deleteSessionCookie(cookies, url);
		redirect(303, loginNoticeUrl('loggedOut', locals.lang));
	}
};
