/**
 * /zglos-problem?record=praktyka:12: "Zgłoś problem" — the form (GET) and `POST /zglos-problem`
 * (the default action; works without JavaScript). submissions/reports.ts checks and stores it.
 */
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { say } from '$lib/i18n';
import { parseRecordRef } from '$lib/domain/submissions';
import { liveSnapshot, liveState, titleOf } from '$lib/server/curation/snapshots';
import { addressHash } from '$lib/server/secret';
import { createReport } from '$lib/server/submissions/reports';

export const load: PageServerLoad = ({ url, locals, setHeaders, request }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const raw = url.searchParams.get('record') ?? '';
	const ref = parseRecordRef(raw);
	const db = getDb();
	if (!ref || liveState(db, ref.type, ref.id)?.status !== 'published') {
		// After a refused POST the action's message says what was wrong with the record.
		if (request.method === 'POST') return { ref: null, title: null };
		error(
			404,
			say(
				locals.lang,
				`Nie ma opublikowanego rekordu „${raw.slice(0, 40)}”.`,
				`There is no published record "${raw.slice(0, 40)}".`
			)
		);
	}
	return { ref, title: titleOf(ref.type, liveSnapshot(db, ref.type, ref.id)!) };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const db = getDb();
		const r = createReport(db, form, addressHash(db, event.getClientAddress()), event.locals.lang);
		if (!r.ok)
			return fail(r.status, {
				errors: r.errors,
				reason: String(form.get('reason') ?? '').slice(0, 20),
				message: String(form.get('message') ?? '').slice(0, 2000),
				email: String(form.get('email') ?? '').slice(0, 200)
			});
		return { reported: true };
	}
};
