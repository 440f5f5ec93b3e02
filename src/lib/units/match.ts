/**
 * Matching the names Polish local governments go by ("Gmina Świątniki Górne", "Miasto Kraków",
 * "Stadtgemeinde Żary", "Elk County", "Urząd Miasta i Gminy w Skawinie", "Województwo
 * Małopolskie") to TERYT codes.
 *
 * Pure (no I/O): the data build and the app's importer share it. The rule throughout is that a
 * non-match is acceptable and a wrong match is not, so every tie that the name and the hints do
 * not break ends as 'ambiguous' with the candidates listed, never as a guess.
 *
 * This file is the entry (import from here): the matching itself. Its parts are unit-index.ts
 * (the register and its lookups), parse-name.ts (type words and the name proper), unit-names.ts
 * (exonyms, województwa and powiaty by name), inflection.ts and hints.ts.
 */

import { foldPolish } from '../text';
import { hintFilters, passes, type Filters, type MatchHints } from './hints';
import { nominatives } from './inflection';
import { parseUnitName, segments, type ParsedName } from './parse-name';
import {
	createUnitIndex,
	gminaType,
	type UnitIndex,
	type UnitLevel,
	type UnitRef
} from './unit-index';
import { gminyNamed, powiatyNamed, resolveWojewodztwo } from './unit-names';

export { foldPolish, createUnitIndex, gminaType, parseUnitName, resolveWojewodztwo };
export type { MatchHints, ParsedName, UnitIndex, UnitLevel, UnitRef };

export type MatchResult =
	| { status: 'matched'; teryt: string; level: UnitLevel; unitName: string; why: string }
	| { status: 'ambiguous'; teryt: null; candidates: string[]; why: string }
	| { status: 'not found'; teryt: null; why: string };

/** ASCII slug: folded words joined by hyphens, cut at a word boundary. */
export function slugify(s: string, maxLength = 60): string {
	const words = foldPolish(s).split(' ').filter(Boolean);
	let slug = '';
	for (const w of words) {
		const next = slug ? `${slug}-${w}` : w;
		if (next.length > maxLength && slug) break;
		slug = next.slice(0, maxLength);
	}
	return slug;
}

function describe(u: UnitRef): string {
	return `${u.code} ${u.name}`;
}

function isNameIn(index: UnitIndex): (phrase: string) => boolean {
	return (phrase) => index.gminyByName.has(phrase);
}

/**
 * Whether a partner name reads as a local government itself (not one of its institutions), by
 * its type words, or by being nothing but the name of a gmina ("Lublin", "KRAKOW").
 */
export function looksLikeLocalGovernment(
	units: readonly UnitRef[] | UnitIndex,
	name: string
): boolean {
	const index = 'byCode' in units ? units : createUnitIndex(units);
	return segments(name).some((s) => {
		const p = parseUnitName(s, isNameIn(index));
		if (p.excludedBy) return false;
		if (p.levels.size > 0) return p.core !== '';
		return p.core !== '' && gminyNamed(index, p.core).length > 0;
	});
}

/**
 * The TERYT of the local government a name denotes, when the name and the hints leave exactly one
 * candidate. Type words pick the level ("Powiat", "County", "Województwo", "Voivodeship") and the
 * gmina type ("Miasto", "Gmina Miejska", "City" → urban; "Gmina Wiejska", "Rural" → rural); the
 * bare Polish "Gmina X" denotes the rural gmina when a town gmina of the same name sits beside it,
 * because such towns call themselves "Miasto X" or "Gmina Miejska X".
 */
export function matchUnit(
	units: readonly UnitRef[] | UnitIndex,
	name: string,
	hints: MatchHints = {}
): MatchResult {
	const index = 'byCode' in units ? units : createUnitIndex(units);
	const filters = hintFilters(index, hints);
	let ambiguous: MatchResult | null = null;
	let notFound: MatchResult | null = null;
	for (const segment of segments(name)) {
		const parsed = parseUnitName(segment, isNameIn(index));
		if (parsed.excludedBy) {
			notFound ??= {
				status: 'not found',
				teryt: null,
				why: `"${segment}" names an institution ("${parsed.excludedBy}"), not a local government`
			};
			continue;
		}
		if (!parsed.core) continue;
		const result = matchParsed(index, parsed, filters, hints);
		if (result.status === 'matched') return result;
		if (result.status === 'ambiguous') ambiguous ??= result;
		else notFound ??= result;
	}
	return (
		ambiguous ?? notFound ?? { status: 'not found', teryt: null, why: `no unit name in "${name}"` }
	);
}

function matchParsed(
	index: UnitIndex,
	parsed: ParsedName,
	filters: Filters,
	hints: MatchHints
): MatchResult {
	const core = parsed.core;
	const hintNote = filters.notes.length ? `; hints: ${filters.notes.join(', ')}` : '';
	const kinds = parsed.typeWords.length ? ` (type words: ${parsed.typeWords.join(', ')})` : '';

	if (parsed.levels.has('woj')) {
		const woj = resolveWojewodztwo(index, core);
		if (woj && (!filters.woj || filters.woj.code === woj.code))
			return {
				status: 'matched',
				teryt: woj.code,
				level: 'woj',
				unitName: woj.name,
				why: `województwo "${core}"${kinds}`
			};
		return { status: 'not found', teryt: null, why: `no województwo "${core}"${kinds}` };
	}

	const levels: UnitLevel[] = parsed.levels.size ? [...parsed.levels] : ['gmi'];
	const wantGmi = levels.includes('gmi');
	const wantPow = levels.includes('pow');
	let rodz = parsed.rodz;
	if (hints.urban) rodz = new Set([...(rodz ?? ['1', '3'])].filter((r) => r !== '2'));

	const polishPowiat = parsed.typeWords.some((w) => w.startsWith('powiat'));
	const collect = (key: string): UnitRef[] => [
		...(wantGmi ? gminyNamed(index, key) : []),
		...(wantPow ? powiatyNamed(index, key, polishPowiat) : [])
	];
	let how = `name "${core}"`;
	let all = collect(core);
	if (!all.length && parsed.inflected) {
		const forms = nominatives(core).filter((f) => collect(f).length);
		if (forms.length === 1) {
			how = `inflected "${core}" read as "${forms[0]}"`;
			all = collect(forms[0]);
		} else if (forms.length > 1)
			return {
				status: 'ambiguous',
				teryt: null,
				candidates: forms.flatMap((f) => collect(f).map((u) => u.code)).sort(),
				why: `inflected "${core}" could be any of: ${forms.join(', ')}`
			};
	}
	if (!parsed.levels.size && !all.length)
		return { status: 'not found', teryt: null, why: `no gmina named "${core}"` };

	const narrow = (list: UnitRef[]) => {
		let out = list.filter((u) => passes(u, filters));
		if (rodz) {
			const allowed = rodz;
			out = out.filter((u) => u.level !== 'gmi' || allowed.has(gminaType(u.code) ?? ''));
		}
		if (parsed.plainGmina) {
			// Drop the town of an urban/rural pair: the bare "Gmina X" is the rural one.
			out = out.filter(
				(u) =>
					gminaType(u.code) !== '1' ||
					!out.some(
						(v) =>
							v !== u && v.wojCode === u.wojCode && v.name === u.name && gminaType(v.code) === '2'
					)
			);
		}
		return out;
	};
	let candidates = narrow(all);

	// A truncated or shortened name completed from the address ("Gorzów Wielkopolsk", "Grodzisk").
	if (!candidates.length && wantGmi && hints.town) {
		const town = foldPolish(hints.town);
		const prefix =
			town !== core &&
			(town.startsWith(`${core} `) || (town.startsWith(core) && town.length - core.length <= 2));
		if (prefix) {
			const completed = narrow(gminyNamed(index, town));
			if (completed.length === 1) {
				const u = completed[0];
				return {
					status: 'matched',
					teryt: u.code,
					level: u.level,
					unitName: u.name,
					why: `name "${core}" completed from the town "${hints.town}"${kinds}${hintNote}`
				};
			}
		}
	}

	if (candidates.length === 1) {
		const u = candidates[0];
		const pair =
			parsed.plainGmina && narrow(all).length < all.filter((v) => passes(v, filters)).length
				? '; "Gmina X" beside a town gmina "Miasto X" is the rural one'
				: '';
		return {
			status: 'matched',
			teryt: u.code,
			level: u.level,
			unitName: u.name,
			why: `${how}${kinds}${hintNote}${pair}`
		};
	}
	if (candidates.length > 1) {
		candidates = [...candidates].sort((a, b) => a.code.localeCompare(b.code));
		return {
			status: 'ambiguous',
			teryt: null,
			candidates: candidates.map((u) => u.code),
			why: `${how}${kinds}${hintNote} fits ${candidates.map(describe).join('; ')}`
		};
	}
	const excluded = all.length ? `; ${all.map(describe).join('; ')} ruled out by type or hints` : '';
	return {
		status: 'not found',
		teryt: null,
		why: `no ${levels.join('/')} named "${core}"${kinds}${hintNote}${excluded}`
	};
}
