import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { tileVersions } from '$lib/server/tiles';
import { parseFilters } from '$lib/filters';
import { listPartnerships, listPractices } from '$lib/server/records/read';

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, s.lastIndexOf(' ', n)) + '…' : s);

export const load: PageServerLoad = ({ url }) => {
	const { filters, sel, notes } = parseFilters(url.searchParams);
	return {
		versions: tileVersions(),
		// Off by default: the map is complete without it and makes no request to another host.
		basemapStyleUrl: env.BASEMAP_STYLE_URL || null,
		filters,
		sel,
		notes,
		// The list needs only the opening of each summary; the panel loads the whole record.
		practices: listPractices(filters).map((p) => ({ ...p, summary: clip(p.summary, 180) })),
		partnerships: listPartnerships(filters)
	};
};
