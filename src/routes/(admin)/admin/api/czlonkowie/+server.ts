import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { adminLang } from '$lib/server/curation/admin-json';
import { memberListMatch } from '$lib/server/curation/helper-endpoints';

/** POST /admin/api/czlonkowie `{ "text": "…" }`: a pasted member list matched (helper-endpoints.ts). */
export const POST: RequestHandler = (event) => {
	const user = requireUser(event);
	return memberListMatch(event, adminLang(event, user));
};
