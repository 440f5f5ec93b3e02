/**
 * The register of local-government units (TERYT codes, names, the powiat and województwo each
 * lies in) and its lookup index by folded name, which the name matcher reads.
 */

import { foldPolish } from '../text';

export type UnitLevel = 'woj' | 'pow' | 'gmi';

export interface UnitRef {
	/** TERYT: 2 digits (województwo), 4 (powiat) or 7 (gmina, the last digit being its type). */
	code: string;
	level: UnitLevel;
	name: string;
	wojCode: string;
	powCode: string | null;
}

/** Gmina type from the TERYT type digit: 1 miejska, 2 wiejska, 3 miejsko-wiejska. */
export function gminaType(code: string): '1' | '2' | '3' | null {
	const d = code.length === 7 ? code[6] : '';
	return d === '1' || d === '2' || d === '3' ? d : null;
}

export interface UnitIndex {
	units: readonly UnitRef[];
	byCode: Map<string, UnitRef>;
	gminyByName: Map<string, UnitRef[]>;
	/** "krakowski" → powiat krakowski; "krakow" → powiat Kraków (the city with powiat rights). */
	powiatyByKey: Map<string, UnitRef[]>;
	wojByKey: Map<string, UnitRef>;
	/** Folded gmina name → the powiaty that hold a gmina of that name. */
	powiatyOfGminaName: Map<string, Set<string>>;
}

const indexCache = new WeakMap<readonly UnitRef[], UnitIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

export function createUnitIndex(units: readonly UnitRef[]): UnitIndex {
	const cached = indexCache.get(units);
	if (cached) return cached;
	const index: UnitIndex = {
		units,
		byCode: new Map(),
		gminyByName: new Map(),
		powiatyByKey: new Map(),
		wojByKey: new Map(),
		powiatyOfGminaName: new Map()
	};
	for (const u of units) {
		index.byCode.set(u.code, u);
		if (u.level === 'gmi') {
			const key = foldPolish(u.name);
			push(index.gminyByName, key, u);
			if (u.powCode) {
				const set = index.powiatyOfGminaName.get(key) ?? new Set<string>();
				set.add(u.powCode);
				index.powiatyOfGminaName.set(key, set);
			}
		} else if (u.level === 'pow') push(index.powiatyByKey, powiatKey(u.name), u);
		else index.wojByKey.set(foldPolish(u.name), u);
	}
	indexCache.set(units, index);
	return index;
}

export function powiatKey(name: string): string {
	return foldPolish(name).replace(/^powiat /, '');
}

export function isCityPowiat(u: UnitRef): boolean {
	return u.level === 'pow' && !/(ski|cki|dzki|zki)$/.test(powiatKey(u.name));
}
