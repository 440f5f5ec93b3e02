import type { RequestHandler } from './$types';
import { item } from '$lib/server/ogc/pages';

/** GET /ogc/collections/{id}/items/{fid}: one feature. */
export const GET: RequestHandler = ({ url, request, params }) =>
	item(url, request.headers.get('accept'), params.id, params.fid);
