import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { dataVersion } from '$lib/server/tiles';

export const load: PageServerLoad = () => ({
	tileVersion: dataVersion(),
	// Off by default: the map is complete without it and makes no request to another host.
	basemapStyleUrl: env.BASEMAP_STYLE_URL || null
});
