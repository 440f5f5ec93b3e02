import type { RequestHandler } from './$types';
import { items } from '$lib/server/ogc/pages';

/** GET /ogc/collections/{id}/items?bbox&limit&offset&…queryables: a page of features. */
export const GET: RequestHandler = ({ url, request, params }) =>
	items(url, request.headers.get('accept'), params.id);
