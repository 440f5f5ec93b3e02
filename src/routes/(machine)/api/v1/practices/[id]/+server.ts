import type { RequestHandler } from './$types';
import { getPractice } from '$lib/server/records/read';
import { apiError, apiJson } from '$lib/server/api/respond';
import { parseId } from '$lib/server/api/formats';

/** GET /api/v1/practices/{id}: the whole practice with its Metryka, units, partners and sources. */
export const GET: RequestHandler = ({ params }) => {
	const id = parseId(params.id, 'praktyki');
	if (id instanceof Response) return id;
	const practice = getPractice(id);
	if (!practice)
		return apiError(404, `Nie ma praktyki o identyfikatorze ${id} / No practice ${id}`);
	return apiJson(practice);
};
