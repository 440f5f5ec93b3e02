/**
 * Names of the units themselves: exonyms ("Cracow", "Lesser Poland"), NUTS 2 codes and the forms
 * in which sources write a województwo, a powiat or a gmina, resolved against the unit index.
 */

import { foldPolish } from '../text';
import { isCityPowiat, powiatKey, type UnitIndex, type UnitRef } from './unit-index';

const CITY_EXONYMS: Record<string, string> = {
	warsaw: 'warszawa',
	warschau: 'warszawa',
	varsovie: 'warszawa',
	cracow: 'krakow',
	krakau: 'krakow'
};

const WOJ_EXONYMS: Record<string, string> = {
	'lower silesia': 'dolnoslaskie',
	'lower silesian': 'dolnoslaskie',
	'dolny slask': 'dolnoslaskie',
	'kuyavian pomeranian': 'kujawsko pomorskie',
	'kuyavia pomerania': 'kujawsko pomorskie',
	lublin: 'lubelskie',
	lubusz: 'lubuskie',
	lodz: 'lodzkie',
	'lesser poland': 'malopolskie',
	malopolska: 'malopolskie',
	masovian: 'mazowieckie',
	mazovian: 'mazowieckie',
	mazovia: 'mazowieckie',
	mazowsze: 'mazowieckie',
	opole: 'opolskie',
	subcarpathian: 'podkarpackie',
	podkarpacie: 'podkarpackie',
	podlasie: 'podlaskie',
	podlachian: 'podlaskie',
	pomeranian: 'pomorskie',
	pomerania: 'pomorskie',
	silesian: 'slaskie',
	silesia: 'slaskie',
	'holy cross': 'swietokrzyskie',
	'warmian masurian': 'warminsko mazurskie',
	'warmia masuria': 'warminsko mazurskie',
	'warmia and mazury': 'warminsko mazurskie',
	'greater poland': 'wielkopolskie',
	wielkopolska: 'wielkopolskie',
	'west pomeranian': 'zachodniopomorskie',
	'western pomerania': 'zachodniopomorskie',
	'west pomerania': 'zachodniopomorskie'
};

/** NUTS 2 codes of the 2013 and 2016 versions (keep.eu uses the former) → TERYT województwo. */
const NUTS2_TO_WOJ: Record<string, string> = {
	PL11: '10',
	PL12: '14',
	PL21: '12',
	PL22: '24',
	PL31: '06',
	PL32: '18',
	PL33: '26',
	PL34: '20',
	PL41: '30',
	PL42: '32',
	PL43: '08',
	PL51: '02',
	PL52: '16',
	PL61: '04',
	PL62: '28',
	PL63: '22',
	PL71: '10',
	PL72: '26',
	PL81: '06',
	PL82: '18',
	PL84: '20',
	PL91: '14',
	PL92: '14'
};

function levenshtein(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0];
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = prev[j];
			prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = tmp;
		}
	}
	return prev[b.length];
}

/** Województwo from its name in any of the forms the sources use; null if unknown. */
export function resolveWojewodztwo(index: UnitIndex, text: string): UnitRef | null {
	const code = text.trim();
	if (/^\d{2}$/.test(code)) return index.byCode.get(code) ?? null;
	const nuts = /\b(PL\d[0-9A-Z])/i.exec(code);
	if (nuts && NUTS2_TO_WOJ[nuts[1].toUpperCase()])
		return index.byCode.get(NUTS2_TO_WOJ[nuts[1].toUpperCase()]) ?? null;
	let key = foldPolish(code)
		.replace(
			/^(urzad marszalkowski wojewodztwa|samorzad wojewodztwa|wojewodztwo|wojewodztwa|woj) /,
			''
		)
		.replace(/ (voivodeship|voivodship|region)$/, '');
	key = key.replace(/iego\b/g, 'ie').replace(/kiej\b/g, 'kie');
	key = WOJ_EXONYMS[key] ?? key;
	const exact = index.wojByKey.get(key);
	if (exact) return exact;
	// One typo ("Masowieckie") is safe among 16 names that differ by far more.
	const near = [...index.wojByKey.entries()].filter(
		([k]) => key.length >= 6 && levenshtein(k.replace(/ /g, ''), key.replace(/ /g, '')) <= 1
	);
	return near.length === 1 ? near[0][1] : null;
}

export function resolvePowiatHint(
	index: UnitIndex,
	text: string,
	wojCode: string | null
): Set<string> {
	const t = text.trim();
	if (/^\d{4}$/.test(t)) return new Set(index.byCode.has(t) ? [t] : []);
	let key = powiatKey(t)
		.replace(/iego$/, 'i')
		.replace(/kiego$/, 'ki');
	key = CITY_EXONYMS[key] ?? key;
	const found = (index.powiatyByKey.get(key) ?? []).filter(
		(p) => !wojCode || p.wojCode === wojCode
	);
	return new Set(found.map((p) => p.code));
}

export function gminyNamed(index: UnitIndex, key: string): UnitRef[] {
	return index.gminyByName.get(CITY_EXONYMS[key] ?? key) ?? [];
}

/** Powiaty a name can denote: the adjective ("krakowski") or a town the powiat is named after. */
export function powiatyNamed(index: UnitIndex, key: string, polishWord: boolean): UnitRef[] {
	const adjective = key.replace(/kiego$/, 'ki').replace(/iego$/, 'i');
	const direct = index.powiatyByKey.get(CITY_EXONYMS[adjective] ?? adjective);
	// "Powiat Krakowski", and "Powiat Kraków", which Polish uses only for the city itself.
	if (direct && (polishWord || /(ski|cki|dzki|zki)$/.test(adjective))) return direct;
	// "Elk County", "Giżycko District": the powiat holds a gmina of that name and its adjective
	// starts like it. A city with powiat rights of that name is a second reading, kept as a tie.
	const out: UnitRef[] = [];
	for (const code of index.powiatyOfGminaName.get(key) ?? []) {
		const p = index.byCode.get(code);
		if (!p) continue;
		if (isCityPowiat(p)) out.push(p);
		else if (powiatKey(p.name).slice(0, 2) === key.slice(0, 2)) out.push(p);
	}
	for (const p of index.powiatyByKey.get(key) ?? []) if (!out.includes(p)) out.push(p);
	return out;
}
