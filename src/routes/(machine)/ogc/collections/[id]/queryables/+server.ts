import type { RequestHandler } from './$types';
import { queryables } from '$lib/server/ogc/pages';

/** GET /ogc/collections/{id}/queryables: the collection's filters as a JSON Schema. */
export const GET: RequestHandler = ({ url, request, params }) =>
	queryables(url, request.headers.get('accept'), params.id);
