import { publicFor } from '$lib/server/http/caching';
import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { tileVersions } from '$lib/server/tiles';
import { parseFilters, regionOf } from '$lib/domain/filters';
import { parseEmbedOptions, formatScope } from '$lib/embed/protocol';
import { scopedLists } from '$lib/server/embed/scope';
import { getUnit } from '$lib/server/units';
import { firstView, forPage, NOMINAL } from '$lib/server/picture/first-view';
import { firstFrame } from '$lib/map/frame';
import { withShapes } from '$lib/server/picture/thumbs';
import { withNeighbours } from '$lib/map/zoom';

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, s.lastIndexOf(' ', n)) + '…' : s);

export const load: PageServerLoad = ({ url, setHeaders, locals, isDataRequest }) => {
	// Notes are shown in the frame: in its language only.
	const parsed = parseFilters(url.searchParams, locals.lang);
	const { options, notes: optionNotes } = parseEmbedOptions(url.searchParams, locals.lang);
	const scoped = scopedLists(parsed.filters, options.scope, undefined, locals.lang);
	const regionCode = regionOf(scoped.filters);
	const region = regionCode ? getUnit(regionCode) : null;
	// Short-lived: an embedded map on a busy municipal page is fetched often, and changes rarely.
	setHeaders({ 'cache-control': publicFor(60) });
	// The frame the embed opens on: its region or scope with its neighbours (as +page.svelte).
	const frameBox = region?.bbox ?? scoped.scopeBBox ?? null;
	return {
		versions: tileVersions(),
		basemapStyleUrl: env.BASEMAP_STYLE_URL || null,
		filters: scoped.filters,
		sel: parsed.sel,
		notes: [...parsed.notes, ...optionNotes, ...scoped.notes],
		options,
		scope: formatScope(options.scope),
		scopeName: scoped.scopeName,
		scopeBBox: scoped.scopeBBox,
		region: region ? { code: region.code, name: region.name, bbox: region.bbox } : null,
		practices: scoped.practices.map((p) => ({ ...p, summary: clip(p.summary, 180) })),
		partnerships: withShapes(scoped.partnerships),
		firstView: forPage(
			firstView({
				frame: firstFrame(frameBox && withNeighbours(frameBox)),
				nominal: NOMINAL.embed,
				partnershipIds: scoped.partnerships.map((p) => p.id),
				counts: [],
				focus: region?.code ?? null
			}),
			isDataRequest
		)
	};
};
