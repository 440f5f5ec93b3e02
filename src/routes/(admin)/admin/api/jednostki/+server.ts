import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { suggestUnits } from '$lib/server/suggest';
import { adminJson, adminLang } from '$lib/server/curation/admin-json';

/**
 * GET /admin/api/jednostki?q=ska&lang=: units whose name or TERYT code starts with `q`, for the
 * member picker's search box: `{ q, suggestions: [{ id (TERYT), label, detail, level }] }`.
 */
export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	const q = (event.url.searchParams.get('q') ?? '').slice(0, 100);
	return adminJson({ q, suggestions: suggestUnits(q, 10, getDb(), adminLang(event, user)) });
};
