/**
 * The hints that come with a name (powiat, województwo, NUTS 3, town, "urban") and the filters
 * they make: the units a match may fall among.
 */

import { resolvePowiatHint, resolveWojewodztwo } from './unit-names';
import type { UnitIndex, UnitRef } from './unit-index';

export interface MatchHints {
	/** Powiat: 4-digit code, "krakowski", "powiat krakowski" or "Kraków" (city with powiat rights). */
	powiat?: string | null;
	/** Województwo: 2-digit code, "małopolskie", "Województwo Małopolskie" or a NUTS 2 label. */
	wojewodztwo?: string | null;
	/** Town of the address: completes truncated names ("Miasto Gorzów Wielkopolsk"). */
	town?: string | null;
	/**
	 * Carried for reports only: there is no offline postal-code → gmina table here, and a postal
	 * zone spans several gminy, so it cannot pick between namesakes.
	 */
	postalCode?: string | null;
	/** NUTS 3 label ("PL219  / Nowotarski"): its code gives the województwo when none is given. */
	nuts3?: string | null;
	/** The caller knows the name is a town (e.g. an URBACT member city): urban gminy only. */
	urban?: boolean;
}

export interface Filters {
	woj: UnitRef | null;
	powCodes: Set<string> | null;
	notes: string[];
}

export function hintFilters(index: UnitIndex, hints: MatchHints): Filters {
	const notes: string[] = [];
	let woj: UnitRef | null = null;
	if (hints.wojewodztwo) {
		woj = resolveWojewodztwo(index, hints.wojewodztwo);
		notes.push(woj ? `woj. ${woj.name}` : `woj. hint "${hints.wojewodztwo}" not understood`);
	} else if (hints.nuts3) {
		woj = resolveWojewodztwo(index, hints.nuts3);
		if (woj) notes.push(`woj. ${woj.name} (from NUTS ${hints.nuts3.split('/')[0].trim()})`);
	}
	let powCodes: Set<string> | null = null;
	if (hints.powiat) {
		const found = resolvePowiatHint(index, hints.powiat, woj?.code ?? null);
		if (found.size) {
			powCodes = found;
			notes.push(`powiat ${[...found].map((c) => index.byCode.get(c)?.name).join(' / ')}`);
		} else notes.push(`powiat hint "${hints.powiat}" not understood`);
	}
	return { woj, powCodes, notes };
}

export function passes(u: UnitRef, f: Filters): boolean {
	if (f.woj && u.wojCode !== f.woj.code) return false;
	if (f.powCodes && !f.powCodes.has(u.level === 'pow' ? u.code : (u.powCode ?? ''))) return false;
	return true;
}
