import type { RequestHandler } from './$types';
import { collection } from '$lib/server/ogc/pages';

/** GET /ogc/collections/{id}: one collection with its extent and links. */
export const GET: RequestHandler = ({ url, request, params }) =>
	collection(url, request.headers.get('accept'), params.id);
