/**
 * /zglos/potwierdz/{token}: the e-mailed confirmation link. Opening it changes nothing (mail
 * scanners open links); the button (a POST) confirms, and the submission joins the queue.
 */
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { confirmSubmission } from '$lib/server/submissions/store';

export const load: PageServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'same-origin' });
	return {};
};

export const actions: Actions = {
	default: ({ params }) => {
		const s = confirmSubmission(getDb(), params.token);
		if (!s) return fail(404, { unknown: true });
		return { confirmed: s.id };
	}
};
