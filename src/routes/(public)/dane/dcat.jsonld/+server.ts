import type { RequestHandler } from './$types';
import { dcatCatalog } from '$lib/server/api/dcat';
import { publicOrigin } from '$lib/server/origin';
import { publicFor } from '$lib/server/http/caching';

/** GET /dane/dcat.jsonld: the datasets as DCAT-AP (JSON-LD), for dane.gov.pl and data.europa.eu. */
export const GET: RequestHandler = ({ url }) =>
	new Response(JSON.stringify(dcatCatalog(publicOrigin(url)), null, 1), {
		headers: {
			'content-type': 'application/ld+json; charset=utf-8',
			'cache-control': publicFor(3600)
		}
	});
