import type { RequestHandler } from './$types';
import { openApiDocument } from '$lib/server/api/openapi';
import { publicOrigin } from '$lib/server/origin';
import { publicFor } from '$lib/server/http/caching';

/** GET /api/v1/openapi.json: the OpenAPI 3.0 document of every public endpoint. */
export const GET: RequestHandler = ({ url }) =>
	new Response(JSON.stringify(openApiDocument(publicOrigin(url))), {
		headers: {
			'content-type': 'application/vnd.oai.openapi+json;version=3.0; charset=utf-8',
			'cache-control': publicFor(3600)
		}
	});
