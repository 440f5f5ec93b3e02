import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePermission } from '$lib/server/auth/guard';
import { importPartnershipTable } from '$lib/server/curation/partnership-import';
import { signedTable, tableFromForm } from '$lib/server/curation/partnership-import-form';

/**
 * /admin/partnerstwa/import: a CSV or XLSX table of partnerships and their members. `?/preview`
 * reads the uploaded file and shows the report and what importing would do (a dry run);
 * `?/import` applies it when every row is resolved. Between the two the table travels in the
 * page, signed with the site's key; the import checks the signature, then reads, matches and
 * checks every row again. Curators and admins only, in the load and in every action.
 */
export const load: PageServerLoad = (event) => {
	requirePermission(event, 'publishes');
	return {};
};

export const actions: Actions = {
	preview: async (event) => {
		const user = requirePermission(event, 'publishes');
		const db = getDb();
		const read = await tableFromForm(await event.request.formData(), db, user, event.locals.lang);
		if (!read.ok) return fail(400, { fileError: read.message });
		const report = importPartnershipTable(db, read.table, user, { dryRun: true });
		return { report, ...(report.clean ? signedTable(db, user, read.table) : {}) };
	},
	import: async (event) => {
		const user = requirePermission(event, 'publishes');
		const db = getDb();
		const read = await tableFromForm(await event.request.formData(), db, user, event.locals.lang);
		if (!read.ok) return fail(400, { fileError: read.message });
		const report = importPartnershipTable(db, read.table, user);
		if (!report.clean) return fail(400, { report });
		return { report, imported: true };
	}
};
