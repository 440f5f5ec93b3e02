import { publicFor } from '$lib/server/http/caching';
import type { RequestHandler } from './$types';
import { oembedFor } from '$lib/server/embed/oembed';
import { apiError } from '$lib/server/api/respond';
import { publicOrigin, siteHosts } from '$lib/server/origin';

/** GET /oembed?url=…[&maxwidth=&maxheight=&format=json] (oEmbed 1.0, type rich). */
export const GET: RequestHandler = ({ url }) => {
	const target = url.searchParams.get('url');
	if (!target) return apiError(400, 'Brak parametru „url” / the "url" parameter is missing');
	const format = url.searchParams.get('format') ?? 'json';
	// The specification's answer to formats a provider does not offer.
	if (format !== 'json')
		return apiError(501, `Dostępny jest tylko format json / only json is offered`);
	const dimension = (name: string) => {
		const v = url.searchParams.get(name);
		return v && /^\d{1,5}$/.test(v) ? Number(v) : null;
	};
	const site = { origin: publicOrigin(url), hosts: siteHosts(url) };
	const result = oembedFor(site, target, {
		width: dimension('maxwidth'),
		height: dimension('maxheight')
	});
	if (!result.ok) return apiError(result.status, result.message);
	return new Response(JSON.stringify(result.body), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': publicFor(3600)
		}
	});
};
