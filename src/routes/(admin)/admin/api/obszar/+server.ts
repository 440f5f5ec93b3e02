import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { adminLang } from '$lib/server/curation/admin-json';
import { memberArea } from '$lib/server/curation/helper-endpoints';

/** GET /admin/api/obszar?units=…: the merged area of an unsaved member list (helper-endpoints.ts). */
export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	return memberArea(event, adminLang(event, user));
};
