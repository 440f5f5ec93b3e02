/**
 * The member picker's pure parts: how a unit is named in it, and the list operations (add,
 * remove, which members make the area). The components only draw what these give.
 */
import { dictionaries } from '$lib/i18n';
import { levelOfCode, unitTypeLabel } from '$lib/teryt';
import type { Lang } from '$lib/format';
import type { MemberUnit, UnitInfo } from '$lib/domain/members';

/** "Skawina (gmina miejsko-wiejska, powiat krakowski, woj. małopolskie)"; the code when unknown. */
export function unitLabel(info: UnitInfo | undefined, code: string, lang: Lang): string {
	if (!info) return code;
	const t = dictionaries[lang];
	const parts = [
		unitTypeLabel({ code: info.code, level: info.level, gminaType: info.gminaType }, lang),
		info.level === 'gmi' ? info.powiat : null,
		info.wojewodztwo ? t.record.inVoivodeship(info.wojewodztwo) : null
	].filter(Boolean);
	return `${info.name} (${parts.join(', ')})`;
}

/** What little is known of a unit named on the map or in a suggestion (the rest comes later). */
export function partialInfo(code: string, name: string, gminaType: number | null): UnitInfo {
	return {
		code,
		name,
		level: levelOfCode(code) ?? 'gmi',
		gminaType,
		powiat: null,
		wojewodztwo: null
	};
}

/** The list with `code` added as a plain member (unchanged when it is one already). */
export function withMember(members: readonly MemberUnit[], code: string): MemberUnit[] {
	if (members.some((m) => m.teryt === code)) return [...members];
	return [...members, { teryt: code, role: 'member', joined: null, left: null }];
}

export function withoutMember(members: readonly MemberUnit[], code: string): MemberUnit[] {
	return members.filter((m) => m.teryt !== code);
}

/** The members that make the merged area: those that have not left (as partnerships/area.ts). */
export function currentCodes(members: readonly MemberUnit[]): string[] {
	return members.filter((m) => !m.left).map((m) => m.teryt);
}

/** The address of the area preview of `codes`. */
export function areaUrl(codes: readonly string[], lang: Lang, base = '/admin/api'): string {
	const q = new URLSearchParams(codes.map((c) => ['units', c]));
	q.set('lang', lang);
	return `${base}/obszar?${q}`;
}
