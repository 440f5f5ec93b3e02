import type { RequestHandler } from './$types';
import { landing } from '$lib/server/ogc/pages';

/** GET /ogc: the OGC API – Features landing page (JSON, or HTML for people; `?f=`). */
export const GET: RequestHandler = ({ url, request }) =>
	landing(url, request.headers.get('accept'));
