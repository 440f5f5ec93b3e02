/**
 * Setting a new password through a one-time link an admin made (public: the token is the
 * permission). The password meets the policy; the token is then used up, the user's sessions end,
 * and the login page says so.
 */
import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { loginNoticeUrl } from '$lib/server/auth/login';
import { findReset, useReset } from '$lib/server/auth/resets';
import { AccountError } from '$lib/server/auth/users';
import { adminDictionaries } from '$lib/i18n/admin';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const reset = findReset(getDb(), params.token);
	return { email: reset?.email ?? null };
};

export const actions: Actions = {
	default: async ({ params, request, locals }) => {
		const t = adminDictionaries[locals.lang].resetPage;
		const form = await request.formData();
		const password = String(form.get('password') ?? '');
		const confirm = String(form.get('confirm') ?? '');
		if (password !== confirm) return fail(400, { errors: { confirm: t.mismatch } });
		try {
			if (!(await useReset(getDb(), params.token, password)))
				return fail(400, { errors: { form: t.invalid } });
		} catch (err) {
			if (!(err instanceof AccountError)) throw err;
			return fail(400, { errors: { password: locals.lang === 'en' ? err.en : err.pl } });
		}
		redirect(303, loginNoticeUrl('passwordSet', locals.lang));
	}
};
