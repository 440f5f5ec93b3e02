import type { RequestHandler } from './$types';
import { getPartnership } from '$lib/server/records/read';
import { apiError, apiJson } from '$lib/server/api/respond';
import { parseId } from '$lib/server/api/formats';

/** GET /api/v1/partnerships/{id}: a GeoJSON Feature with the merged area and the member list. */
export const GET: RequestHandler = ({ params, url }) => {
	const id = parseId(params.id, 'partnerstwa');
	if (id instanceof Response) return id;
	// `?geometry=0` leaves the merged area out (for tooltips and lists).
	const p = getPartnership(id, { geometry: url.searchParams.get('geometry') !== '0' });
	if (!p) return apiError(404, `Nie ma partnerstwa o identyfikatorze ${id} / No partnership ${id}`);
	const { geometry, ...properties } = p;
	return apiJson({ type: 'Feature', id: p.id, geometry, properties });
};
