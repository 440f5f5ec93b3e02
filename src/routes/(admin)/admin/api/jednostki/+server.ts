import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { adminLang } from '$lib/server/curation/admin-json';
import { unitSuggestions } from '$lib/server/curation/helper-endpoints';

/** GET /admin/api/jednostki?q=ska&lang=: unit suggestions (curation/helper-endpoints.ts). */
export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	return unitSuggestions(event, adminLang(event, user));
};
