/**
 * /zglos/stan/{token}: the sender's private page — the submission's state, the curator's message
 * when it was rejected or returned, and, when returned, the form again (`?/resubmit`).
 */
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { say } from '$lib/i18n';
import { RECORD_TYPES } from '$lib/domain/records';
import { resubmitForm, senderView } from '$lib/server/submissions/sender-page';

export const load: PageServerLoad = ({ params, locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'same-origin' });
	const view = senderView(getDb(), params.token);
	if (!view)
		error(
			404,
			say(
				locals.lang,
				'Ten link jest nieważny. Jeśli zgłoszenie zwrócono do poprawy, nowy link przyszedł e-mailem.',
				'This link is not valid. If the submission was returned for changes, a new link came by e-mail.'
			)
		);
	return {
		...view,
		recordPage:
			view.status === 'published' && view.resultId !== null
				? `/${RECORD_TYPES[view.target.type].page}/${view.resultId}`
				: null
	};
};

export const actions: Actions = {
	resubmit: async (event) => {
		const r = await resubmitForm(getDb(), event.params.token, event.request, event.locals.lang);
		if (!r.ok)
			return fail(r.status, { errors: r.errors, input: r.input, memberList: r.memberList });
		return { resubmitted: true };
	}
};
