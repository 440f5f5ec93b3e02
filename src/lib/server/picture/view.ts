/**
 * A view of the map from a query string, as `/` (or, with `zakres`, an embed) shows it: the
 * filters, the region, the partnerships drawn, the count bubbles, the frame the map opens on, and
 * the filters in words. One home for what the page, its first view, its share image and its picture
 * download must agree on (issue 16).
 */
import { FILTERS, FILTER_KEYS, parseFilters, regionOf, type Filters } from '../../domain/filters';
import type { Selection } from '../../domain/filters';
import { parseEmbedOptions, type Scope } from '../../embed/protocol';
import { say, type MessageLang } from '../../i18n';
import type { Lang } from '../../format';
import { firstFrame, type Frame } from '../../map/frame';
import { withNeighbours } from '../../map/zoom';
import type { RegionCount } from '../../map/layers';
import { getDb, type Db } from '../db';
import { scopedLists } from '../embed/scope';
import { countPartnerships, countPractices, partnershipIds } from '../records/read';
import { facets as facetsOf, type Facets } from '../records/facets';
import { getUnit } from '../units';
import { selectionBBox } from './frames';

export interface MapView {
	/** The filters in effect (an unknown region dropped, clamped to a scope). */
	filters: Filters;
	sel: Selection;
	/** What was ignored, in the asked language. */
	notes: string[];
	region: { code: string; name: string; bbox: [number, number, number, number] | null } | null;
	/** An embed's scope (`zakres`), when one was given. */
	scope: Scope | null;
	scopeName: string | null;
	/** Partnerships drawn (null: every published one). */
	partnershipIds: number[] | null;
	practiceCount: number;
	partnershipCount: number;
	/** The box the map opens on (selection, else region or scope, else Poland) and its frame. */
	bbox: [number, number, number, number] | null;
	frame: Frame;
	/** Count bubbles (per województwo on Poland, per powiat in a województwo, none deeper). */
	counts: RegionCount[];
	/** The region outlined. */
	focus: string | null;
	/** Facets of the page's filters (null for a scoped view, which has none). */
	facets: Facets | null;
}

/** The view of `/` (or an embed, with `zakres`) for a query string; never throws. */
export function mapView(params: URLSearchParams, lang: MessageLang, db: Db = getDb()): MapView {
	const { filters, sel, notes } = parseFilters(params, lang);
	const { options, notes: optionNotes } = params.has('zakres')
		? parseEmbedOptions(new URLSearchParams({ zakres: params.get('zakres')! }), lang)
		: { options: { scope: null }, notes: [] };
	notes.push(...optionNotes);
	const scope = options.scope;
	if (scope) {
		// As the embed: what lies in the scope, framed with its neighbours, without bubbles.
		const scoped = scopedLists(filters, scope, db, lang);
		notes.push(...scoped.notes);
		const code = regionOf(scoped.filters);
		const unit = code ? getUnit(code, {}, db) : null;
		const box = unit?.bbox ?? scoped.scopeBBox ?? null;
		return {
			filters: scoped.filters,
			sel,
			notes,
			region: unit ? { code: unit.code, name: unit.name, bbox: unit.bbox } : null,
			scope,
			scopeName: scoped.scopeName,
			partnershipIds: scoped.partnerships.map((p) => p.id),
			practiceCount: scoped.practices.length,
			partnershipCount: scoped.partnerships.length,
			bbox: box,
			frame: firstFrame(box && withNeighbours(box)),
			counts: [],
			focus: unit?.code ?? null,
			facets: null
		};
	}
	const regionCode = regionOf(filters);
	const unit = regionCode ? getUnit(regionCode, {}, db) : null;
	if (regionCode && !unit)
		notes.push(
			say(
				lang,
				`Nie ma jednostki o kodzie TERYT ${regionCode}; pokazano całą Polskę`,
				`There is no unit with the TERYT code ${regionCode}; showing all of Poland`
			)
		);
	const effective = unit ? filters : { ...filters, woj: null, pow: null, gmi: null };
	const filtered = Object.values(effective).some((v) => v !== null);
	const facets = facetsOf(effective, db);
	// The map opens on the selected record, else the region, else Poland (src/lib/map/frame.ts).
	const bbox = selectionBBox(sel, db) ?? unit?.bbox ?? null;
	return {
		filters: effective,
		sel,
		notes,
		region: unit ? { code: unit.code, name: unit.name, bbox: unit.bbox } : null,
		scope: null,
		scopeName: null,
		partnershipIds: filtered ? partnershipIds(effective, db) : null,
		practiceCount: countPractices(effective, db),
		partnershipCount: countPartnerships(effective, db),
		bbox,
		frame: firstFrame(bbox),
		counts: unit?.code.length === 7 ? [] : unit ? facets.pow : facets.woj,
		focus: unit?.code ?? null,
		facets
	};
}

/**
 * The view's filters in words, one line each ("Województwo: małopolskie", "Rok: 2021",
 * "Szukane: „las”"), for a picture's caption. Empty when nothing narrows the map.
 */
export function viewInWords(view: MapView, lang: Lang): string[] {
	const lines: string[] = [];
	if (view.scopeName) lines.push(`${say(lang, 'Zakres', 'Scope')}: ${view.scopeName}`);
	for (const key of FILTER_KEYS) {
		const value = view.filters[key];
		if (value === null) continue;
		const def = FILTERS[key];
		if (def.group === 'region') {
			if (view.region && view.region.code === value && !view.scopeName)
				lines.push(`${def.label![lang]}: ${view.region.name}`);
		} else if (key === 'q') lines.push(say(lang, `Szukane: „${value}”`, `Search: "${value}"`));
		else if ('select' in def && def.select && def.label)
			lines.push(`${def.label[lang]}: ${def.select.name(String(value), lang)}`);
	}
	return lines;
}
