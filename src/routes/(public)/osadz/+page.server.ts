import type { PageServerLoad } from './$types';
import {
	BUILDER_FILTER_KEYS,
	EMPTY_FILTERS,
	FILTERS,
	parseFilters,
	regionOf,
	type FilterDef,
	type FilterKey
} from '$lib/domain/filters';
import { formatScope, parseEmbedOptions, type Scope } from '$lib/embed/protocol';
import type { BuilderStart, ScopeChoice } from './builder.svelte';
import { facets } from '$lib/server/records/facets';
import { getPartnership } from '$lib/server/records/read';
import { getUnit } from '$lib/server/units';

/**
 * The builder starts from the address, so a link from a map view (`/osadz?gmi=1206113&typ=…`) or
 * from an embed (`/osadz?zakres=partnerstwo:3&lista=1`) opens it set up for that view.
 */
export const load: PageServerLoad = ({ url }) => {
	const { filters } = parseFilters(url.searchParams);
	const { options } = parseEmbedOptions(url.searchParams);
	const region = regionOf(filters);
	const scope: Scope | null = options.scope ?? (region ? { type: 'region', code: region } : null);
	let choice: ScopeChoice | null = null;
	if (scope?.type === 'region') {
		const unit = getUnit(scope.code);
		if (unit)
			choice = {
				value: formatScope(scope)!,
				level: unit.level,
				label: unit.name,
				// As the search suggestions describe units: type, powiat, województwo.
				detail: [
					unit.type,
					...unit.parents
						.slice()
						.reverse()
						.map((p) => (p.level === 'woj' ? `woj. ${p.name}` : p.name))
				].join(', ')
			};
	} else if (scope?.type === 'partnerstwo') {
		const p = getPartnership(scope.id);
		if (p)
			choice = {
				value: formatScope(scope)!,
				level: 'partnerstwo',
				label: p.name,
				detail: ''
			};
	}
	const start: BuilderStart = {
		scope: choice,
		filters: Object.fromEntries(BUILDER_FILTER_KEYS.map((k) => [k, filters[k]])),
		list: options.list,
		legend: options.legend,
		height: options.height
	};
	// Filters without fixed choices offer what has records (years, newest first).
	const all = facets(EMPTY_FILTERS) as unknown as Record<string, { value: string | number }[]>;
	const choices: Partial<Record<FilterKey, string[]>> = {};
	for (const key of BUILDER_FILTER_KEYS)
		if (!(FILTERS[key] as FilterDef<string>).select?.choices)
			choices[key] = all[key].map((r) => String(r.value));
	return { start, choices };
};
