/**
 * TERYT codes as the public contract uses them: 2 digits for a województwo, 4 for a powiat,
 * 7 for a gmina (the 7th digit is the gmina type from TERC).
 */
import type { Lang } from './format';
import { dictionaries, say, type MessageLang } from './i18n';

export type Level = 'woj' | 'pow' | 'gmi';

export const LEVELS: readonly Level[] = ['woj', 'pow', 'gmi'];

const LENGTH_OF: Record<Level, number> = { woj: 2, pow: 4, gmi: 7 };

const LEVEL_NAMES: Record<Level, { pl: string; en: string }> = {
	woj: { pl: 'województwa', en: 'voivodeship' },
	pow: { pl: 'powiatu', en: 'powiat' },
	gmi: { pl: 'gminy', en: 'gmina' }
};

export type TerytCheck = { ok: true; code: string; level: Level } | { ok: false; message: string };

/**
 * Checks the shape of a code; says precisely what is wrong when it is not a TERYT code, in the
 * asked language (both, "polski / english", for the API).
 */
export function checkTeryt(raw: string, expected?: Level, lang: MessageLang = 'both'): TerytCheck {
	const code = raw.trim();
	const fail = (pl: string, en: string): TerytCheck => ({ ok: false, message: say(lang, pl, en) });
	if (code === '') return fail('Kod TERYT jest pusty', 'The TERYT code is empty');
	if (!/^\d+$/.test(code))
		return fail(
			`Kod TERYT „${clip(code)}” może zawierać tylko cyfry`,
			`The TERYT code "${clip(code)}" may contain digits only`
		);
	const level = (Object.keys(LENGTH_OF) as Level[]).find((l) => LENGTH_OF[l] === code.length);
	if (!level)
		return fail(
			`Kod TERYT „${clip(code)}” ma ${code.length} cyfr; oczekiwano 2 (województwo), 4 (powiat) lub 7 (gmina)`,
			`The TERYT code "${clip(code)}" has ${code.length} digits; expected 2 (voivodeship), 4 (powiat) or 7 (gmina)`
		);
	if (expected && level !== expected)
		return fail(
			`Kod „${code}” nie jest kodem poziomu ${LEVEL_NAMES[expected].pl} (oczekiwano ${LENGTH_OF[expected]} cyfr)`,
			`"${code}" is not a ${LEVEL_NAMES[expected].en} code (${LENGTH_OF[expected]} digits expected)`
		);
	if (
		Number(code.slice(0, 2)) % 2 !== 0 ||
		Number(code.slice(0, 2)) < 2 ||
		Number(code.slice(0, 2)) > 32
	)
		return fail(
			`„${code}”: kod województwa musi być parzystą liczbą 02–32`,
			`"${code}": the voivodeship part must be an even number 02–32`
		);
	if (level === 'gmi' && !/[1-5]$/.test(code))
		return fail(
			`„${code}”: ostatnia cyfra (rodzaj gminy) musi być 1–5`,
			`"${code}": the last digit (gmina type) must be 1–5`
		);
	return { ok: true, code, level };
}

export function levelOfCode(code: string): Level | undefined {
	return code.length === 2
		? 'woj'
		: code.length === 4
			? 'pow'
			: code.length === 7
				? 'gmi'
				: undefined;
}

function clip(s: string): string {
	return s.length > 20 ? s.slice(0, 20) + '…' : s;
}

export const GMINA_TYPES: Record<number, { pl: string; en: string }> = {
	1: { pl: 'gmina miejska', en: 'urban gmina' },
	2: { pl: 'gmina wiejska', en: 'rural gmina' },
	3: { pl: 'gmina miejsko-wiejska', en: 'urban-rural gmina' }
};

/** Powiat codes 61 and above are cities with powiat rights (miasta na prawach powiatu). */
export function isCityWithPowiatRights(code: string): boolean {
	return code.length >= 4 && Number(code.slice(2, 4)) >= 61;
}

/** The type of a unit in words, e.g. "gmina miejsko-wiejska", "miasto na prawach powiatu". */
export function unitTypeLabel(
	unit: { code: string; level: Level; gminaType: number | null },
	lang: Lang = 'pl'
): string {
	const words = dictionaries[lang].unitTypes;
	if (unit.level === 'woj') return words.woj;
	if (isCityWithPowiatRights(unit.code)) return words.city;
	if (unit.level === 'pow') return words.pow;
	return GMINA_TYPES[unit.gminaType ?? 0]?.[lang] ?? words.gmi;
}
