/**
 * The scope lock of an embedded map: whatever filters the URL or the host page ask for, the
 * embed shows only what lies inside its scope. Filters may narrow the scope, never widen it.
 */
import { EMPTY_FILTERS, SCOPE_KEYS, regionOf, without, type Filters } from '../../domain/filters';
import type { Scope } from '../../embed/protocol';
import { getDb, type Db } from '../db';
import {
	listPartnerships,
	listPractices,
	type PartnershipSummary,
	type PracticeSummary
} from '../records/read';
import { getUnit } from '../units';
import { say, type MessageLang } from '../../i18n';

export interface ScopedLists {
	filters: Filters;
	practices: PracticeSummary[];
	partnerships: PartnershipSummary[];
	scopeName: string | null;
	scopeBBox: [number, number, number, number] | null;
	notes: string[];
}

const LEVEL_KEY = { 2: 'woj', 4: 'pow', 7: 'gmi' } as const;

/** Filters clamped to a region scope: a region outside it is replaced by the scope itself. */
export function clampToRegion(
	filters: Filters,
	scopeCode: string
): { filters: Filters; clamped: boolean } {
	const region = regionOf(filters);
	if (region && region.startsWith(scopeCode)) return { filters, clamped: false };
	const key = LEVEL_KEY[scopeCode.length as 2 | 4 | 7];
	return {
		filters: { ...without(filters, SCOPE_KEYS), [key]: scopeCode },
		clamped: region !== null
	};
}

/** The lists inside a scope; notes in `lang` (the page's language, or both for machines). */
export function scopedLists(
	filters: Filters,
	scope: Scope | null,
	db: Db = getDb(),
	lang: MessageLang = 'both'
): ScopedLists {
	const notes: string[] = [];
	/** The lists with `f` in a place (null: all of Poland), or around one partnership. */
	const lists = (
		f: Filters,
		place: { name: string; bbox: ScopedLists['scopeBBox'] } | null,
		partnershipId?: number
	): ScopedLists => ({
		filters: f,
		practices: listPractices(f, db, { partnershipId }),
		partnerships: listPartnerships(
			f,
			db,
			partnershipId === undefined ? {} : { ids: [partnershipId] }
		),
		scopeName: place?.name ?? null,
		scopeBBox: place?.bbox ?? null,
		notes
	});
	/** All of Poland, with a note saying why (the scope's place is not there). */
	const allOfPoland = (pl: string, en: string): ScopedLists => {
		notes.push(say(lang, pl, en));
		return { ...scopedLists(filters, null, db), notes };
	};
	if (!scope) return lists(filters, null);
	if (scope.type === 'region') {
		const unit = getUnit(scope.code, {}, db);
		if (!unit)
			return allOfPoland(
				`Nie ma jednostki ${scope.code}; pokazano całą Polskę`,
				`There is no unit ${scope.code}; showing all of Poland`
			);
		const { filters: f, clamped } = clampToRegion(filters, scope.code);
		if (clamped)
			notes.push(
				say(lang, `Ta mapa pokazuje tylko: ${unit.name}`, `This map is limited to ${unit.name}`)
			);
		return lists(f, unit);
	}
	// Whether the partnership is there at all, whatever the filters.
	const [partnership] = listPartnerships(EMPTY_FILTERS, db, { ids: [scope.id] });
	if (!partnership)
		return allOfPoland(
			`Nie ma partnerstwa ${scope.id}; pokazano całą Polskę`,
			`There is no partnership ${scope.id}; showing all of Poland`
		);
	return lists(filters, partnership, scope.id);
}
