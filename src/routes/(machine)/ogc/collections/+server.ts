import type { RequestHandler } from './$types';
import { collections } from '$lib/server/ogc/pages';

/** GET /ogc/collections: praktyki, partnerstwa, gminy, powiaty, wojewodztwa. */
export const GET: RequestHandler = ({ url, request }) =>
	collections(url, request.headers.get('accept'));
