import type { RequestHandler } from './$types';
import { suggest } from '$lib/server/suggest';
import { apiJson } from '$lib/server/api/respond';

/** GET /api/v1/suggest?q=: units and records for the search box, as one types. */
export const GET: RequestHandler = ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 100);
	return apiJson({ q, suggestions: suggest(q) });
};
