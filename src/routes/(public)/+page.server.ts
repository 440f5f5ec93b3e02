import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { tileVersions } from '$lib/server/tiles';
import { LIST_PAGE, parseFilters, regionOf } from '$lib/domain/filters';
import {
	countPartnerships,
	countPractices,
	listPartnerships,
	listPractices,
	partnershipIds
} from '$lib/server/records/read';
import { facets } from '$lib/server/records/facets';
import { getUnit } from '$lib/server/units';
import { say } from '$lib/i18n';
import { firstView, NOMINAL } from '$lib/server/picture/first-view';
import { selectionBBox } from '$lib/server/picture/frames';
import { firstFrame } from '$lib/map/frame';

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, s.lastIndexOf(' ', n)) + '…' : s);

export const load: PageServerLoad = ({ url, locals }) => {
	// Notes are shown on the page: in its language only.
	const { filters, sel, notes } = parseFilters(url.searchParams, locals.lang);
	const regionCode = regionOf(filters);
	const region = regionCode ? getUnit(regionCode) : null;
	if (regionCode && !region)
		notes.push(
			say(
				locals.lang,
				`Nie ma jednostki o kodzie TERYT ${regionCode}; pokazano całą Polskę`,
				`There is no unit with the TERYT code ${regionCode}; showing all of Poland`
			)
		);
	const effective = region ? filters : { ...filters, woj: null, pow: null, gmi: null };
	const filtered = Object.values(effective).some((v) => v !== null);
	const shownIds = filtered ? partnershipIds(effective) : null;
	const facetCounts = facets(effective);
	// The map opens on the selected record, else the region, else Poland (src/lib/map/frame.ts).
	const firstBBox = selectionBBox(sel) ?? region?.bbox ?? null;
	return {
		versions: tileVersions(),
		// Off by default: the map is complete without it and makes no request to another host.
		basemapStyleUrl: env.BASEMAP_STYLE_URL || null,
		filters: effective,
		sel,
		notes,
		region: region ? { code: region.code, name: region.name, bbox: region.bbox } : null,
		// The list needs only the opening of each summary; the panel loads the whole record.
		practices: listPractices(effective, undefined, { limit: LIST_PAGE }).map((p) => ({
			...p,
			summary: clip(p.summary, 180)
		})),
		practiceTotal: countPractices(effective),
		partnerships: listPartnerships(effective, undefined, { limit: LIST_PAGE }),
		partnershipTotal: countPartnerships(effective),
		// Which areas the map draws when a filter is set (all of them otherwise).
		partnershipIds: shownIds,
		facets: facetCounts,
		firstBBox,
		// The first view, drawn here so it paints with the HTML (issue 16).
		firstView: firstView({
			frame: firstFrame(firstBBox),
			nominal: NOMINAL.page,
			partnershipIds: shownIds,
			counts: region?.code.length === 7 ? [] : region ? facetCounts.pow : facetCounts.woj,
			focus: region?.code ?? null
		})
	};
};
