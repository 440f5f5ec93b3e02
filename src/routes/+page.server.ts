import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { tileVersions } from '$lib/server/tiles';
import { parseFilters } from '$lib/filters';
import { listPartnerships, listPractices } from '$lib/server/records/read';

export const load: PageServerLoad = ({ url }) => {
	const { filters, sel, notes } = parseFilters(url.searchParams);
	return {
		versions: tileVersions(),
		// Off by default: the map is complete without it and makes no request to another host.
		basemapStyleUrl: env.BASEMAP_STYLE_URL || null,
		filters,
		sel,
		notes,
		practices: listPractices(filters),
		partnerships: listPartnerships(filters)
	};
};
