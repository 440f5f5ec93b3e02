/**
 * /zglos: the public submission form (`?typ=praktyka|partnerstwo`, or `?correction_of=praktyka:12`
 * prefilled with the published record), action `?/send` (submissions/send.ts). Refusals answer
 * 400 (429 over the per-address limit) with every typed value and a message per field.
 */
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { publicOrigin } from '$lib/server/origin';
import { senderPath } from '$lib/server/submissions/mails';
import { formPageData } from '$lib/server/submissions/form-page';
import { readTarget, sendForm } from '$lib/server/submissions/send';

export const load: PageServerLoad = ({ url, locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const db = getDb();
	const t = readTarget(db, (n) => url.searchParams.get(n), locals.lang);
	if ('problem' in t) error(t.field === 'correction_of' ? 404 : 400, t.problem);
	return formPageData(db, t.target);
};

export const actions: Actions = {
	send: async (event) => {
		const db = getDb();
		const lang = event.locals.lang;
		const r = await sendForm(db, event, lang, publicOrigin(event.url));
		if (!r.ok)
			return fail(r.status, {
				errors: r.errors,
				input: r.input,
				memberList: r.memberList,
				sender: r.sender,
				...(r.target ? formPageData(db, r.target, r.input) : {})
			});
		return {
			sent: true,
			id: r.id,
			confirm: r.confirm,
			link: r.editToken ? publicOrigin(event.url) + senderPath(r.editToken) : null
		};
	}
};
