import type { RequestHandler } from './$types';
import { conformance } from '$lib/server/ogc/pages';

/** GET /ogc/conformance: the conformance classes the API implements. */
export const GET: RequestHandler = ({ url, request }) =>
	conformance(url, request.headers.get('accept'));
