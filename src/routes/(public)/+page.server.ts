import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { tileVersions } from '$lib/server/tiles';
import { LIST_PAGE, filtersToParams } from '$lib/domain/filters';
import { shareImagePath, viewShareImagePath } from '$lib/pictures';
import { listPartnerships, listPractices } from '$lib/server/records/read';
import { firstView, forPage, NOMINAL } from '$lib/server/picture/first-view';
import { mapView } from '$lib/server/picture/view';
import { withShapes } from '$lib/server/picture/thumbs';

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, s.lastIndexOf(' ', n)) + '…' : s);

export const load: PageServerLoad = ({ url, locals, isDataRequest }) => {
	// Notes are shown on the page: in its language only.
	const view = mapView(url.searchParams, locals.lang);
	const { filters } = view;
	return {
		versions: tileVersions(),
		// Off by default: the map is complete without it and makes no request to another host.
		basemapStyleUrl: env.BASEMAP_STYLE_URL || null,
		filters,
		sel: view.sel,
		notes: view.notes,
		region: view.region,
		// og:image: the selected record's share image, else the filtered view's.
		shareImage: view.sel
			? shareImagePath(view.sel.type, view.sel.id, locals.lang)
			: viewShareImagePath(filtersToParams(filters).toString(), locals.lang),
		// The list needs only the opening of each summary; the panel loads the whole record.
		practices: listPractices(filters, undefined, { limit: LIST_PAGE }).map((p) => ({
			...p,
			summary: clip(p.summary, 180)
		})),
		practiceTotal: view.practiceCount,
		partnerships: withShapes(listPartnerships(filters, undefined, { limit: LIST_PAGE })),
		partnershipTotal: view.partnershipCount,
		// Which areas the map draws when a filter is set (all of them otherwise).
		partnershipIds: view.partnershipIds,
		facets: view.facets!,
		// The map opens on the selected record, else the region, else Poland (src/lib/map/frame.ts).
		firstBBox: view.bbox,
		// The first view, drawn here so it paints with the HTML (issue 16).
		firstView: forPage(
			firstView({
				frame: view.frame,
				nominal: NOMINAL.page,
				partnershipIds: view.partnershipIds,
				counts: view.counts,
				focus: view.focus
			}),
			isDataRequest
		)
	};
};
