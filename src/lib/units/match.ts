/**
 * Matching the names Polish local governments go by ("Gmina Świątniki Górne", "Miasto Kraków",
 * "Stadtgemeinde Żary", "Elk County", "Urząd Miasta i Gminy w Skawinie", "Województwo
 * Małopolskie") to TERYT codes.
 *
 * Pure (no I/O): the data build and the app's importer share it. The rule throughout is that a
 * non-match is acceptable and a wrong match is not, so every tie that the name and the hints do
 * not break ends as 'ambiguous' with the candidates listed, never as a guess.
 */

export type UnitLevel = 'woj' | 'pow' | 'gmi';

export interface UnitRef {
	/** TERYT: 2 digits (województwo), 4 (powiat) or 7 (gmina, the last digit being its type). */
	code: string;
	level: UnitLevel;
	name: string;
	wojCode: string;
	powCode: string | null;
}

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

export type MatchResult =
	| { status: 'matched'; teryt: string; level: UnitLevel; unitName: string; why: string }
	| { status: 'ambiguous'; teryt: null; candidates: string[]; why: string }
	| { status: 'not found'; teryt: null; why: string };

import { foldPolish } from '../text';

export { foldPolish };

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

function powiatKey(name: string): string {
	return foldPolish(name).replace(/^powiat /, '');
}

function isCityPowiat(u: UnitRef): boolean {
	return u.level === 'pow' && !/(ski|cki|dzki|zki)$/.test(powiatKey(u.name));
}

// ---------------------------------------------------------------------------------------------
// Reading a name: type words, the name proper, exclusions

/** Words that make a name an institution rather than the local government itself. */
const EXCLUDED =
	/^(szpital|hospital|policj|komend|fire|straz|pozarn|szkol|school|gimnazj|gymnasium|liceum|universit|uniwersyt|politechn|akadem|academy|college|institut|instytut|muze|museum|osrod|centre|center|centrum|agenc|agency|associat|accociat|stowarzysz|zwiazek|union|foundation|fundacj|club|klub|society|towarzyst|chamber|izba|park|company|spolk|ltd|plc|gmbh|parafi|parish|klasztor|zgromadzen|nadlesnictw|directorate|dyrekcj|inspektorat|inspectorate|euroregion|ugrupowan|egtc|headquarters|library|bibliotek|theat|teatr|opera|hotel|port|harbour|utilit|waterworks|wodociag|enterprise|przedsiebiorstw|cluster|klaster|polyclinic|healthcare|zaklad|kosciol|church|office)/;

type Effect = {
	level?: UnitLevel | 'pow+gmi';
	rodz?: '1' | '2' | '3' | 'urban';
	plainGmina?: boolean;
	/** Words after this one are in the genitive ("Urząd Miasta Krakowa"). */
	genitive?: boolean;
	/** Words after this one are in the locative ("w Skawinie"). */
	locative?: boolean;
	connector?: boolean;
	/** Marks a name as a local government without saying which level. */
	marker?: boolean;
};

const PHRASE_LIST: [string, Effect][] = [
	['urzad marszalkowski wojewodztwa', { level: 'woj', genitive: true }],
	['samorzad wojewodztwa', { level: 'woj', genitive: true }],
	['marshal office of the', { level: 'woj' }],
	['marshal office of', { level: 'woj' }],
	['marshal office', { level: 'woj' }],
	['self government of the', { marker: true }],
	['self government of', { marker: true }],
	['self government', { marker: true }],
	['urzad miasta i gminy', { level: 'gmi', rodz: '3', genitive: true }],
	['urzad gminy i miasta', { level: 'gmi', rodz: '3', genitive: true }],
	['miasto i gmina', { level: 'gmi', rodz: '3' }],
	['miasta i gminy', { level: 'gmi', rodz: '3', genitive: true }],
	['gmina i miasto', { level: 'gmi', rodz: '3' }],
	['gmina miejsko wiejska', { level: 'gmi', rodz: '3' }],
	// "Gmina Miejska" / "Gmina Miasto" is how a gmina that is all town (type 1) styles itself.
	['gmina miejska', { level: 'gmi', rodz: '1' }],
	['gmina miasto', { level: 'gmi', rodz: '1' }],
	['gmina miasta', { level: 'gmi', rodz: '1', genitive: true }],
	['gmina wiejska', { level: 'gmi', rodz: '2' }],
	['urzad miasta', { level: 'gmi', rodz: 'urban', genitive: true }],
	['urzad miejski', { level: 'gmi', rodz: 'urban' }],
	['urzad gminy', { level: 'gmi', genitive: true }],
	['o statusie miejskim', { level: 'gmi', rodz: '1' }],
	['starostwo powiatowe', { level: 'pow' }],
	['rural municipality of', { level: 'gmi', rodz: '2' }],
	['rural municipality', { level: 'gmi', rodz: '2' }],
	['rural commune of', { level: 'gmi', rodz: '2' }],
	['rural commune', { level: 'gmi', rodz: '2' }],
	['city municipality', { level: 'gmi', rodz: 'urban' }],
	['city hall of', { level: 'gmi', rodz: 'urban' }],
	['city hall', { level: 'gmi', rodz: 'urban' }],
	['town hall of', { level: 'gmi', rodz: 'urban' }],
	['city of', { level: 'gmi', rodz: 'urban' }],
	['town of', { level: 'gmi', rodz: 'urban' }],
	['municipality of', { level: 'gmi' }],
	['commune of', { level: 'gmi' }],
	['district municipality', { level: 'pow+gmi' }],
	['county of', { level: 'pow' }],
	['district of', { level: 'pow' }]
];

/** Longest first, so that "gmina miejska" wins over "gmina" at the same position. */
const PHRASES = [...PHRASE_LIST].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** One effect for each of some words. */
const each = (words: readonly string[], effect: Effect): Record<string, Effect> =>
	Object.fromEntries(words.map((w) => [w, effect]));

const WORDS: Record<string, Effect> = {
	gmina: { level: 'gmi', plainGmina: true },
	gminy: { level: 'gmi', genitive: true },
	...each(['miasto', 'mesto', 'city', 'town', 'stadtgemeinde', 'stadt'], {
		level: 'gmi',
		rodz: 'urban'
	}),
	miasta: { level: 'gmi', rodz: 'urban', genitive: true },
	...each(['gemeinde', 'obec', 'municipality', 'commune', 'community'], { level: 'gmi' }),
	landgemeinde: { level: 'gmi', rodz: '2' },
	...each(['powiat', 'county', 'district', 'landkreis', 'okres'], { level: 'pow' }),
	powiatu: { level: 'pow', genitive: true },
	...each(['wojewodztwo', 'region'], { level: 'woj' }),
	wojewodztwa: { level: 'woj', genitive: true },
	...each(['of', 'the', 'uzdrowiskowa', 'uzdrowiskowe', 'administration', 'stoleczne'], {
		connector: true
	}),
	...each(['w', 'we', 'in'], { connector: true, locative: true })
};

const VOIVODESHIP = /^voivod/;

export interface ParsedName {
	/** Levels the type words allow; empty when the name has no type word. */
	levels: Set<UnitLevel>;
	/** Gmina types the type words allow (null: any). */
	rodz: Set<string> | null;
	/** The bare Polish "Gmina X", whose X is the rural gmina of an urban/rural pair. */
	plainGmina: boolean;
	/** Some local-government marker was present ("Self-Government of ..."). */
	marker: boolean;
	/** The name proper, folded. */
	core: string;
	/** The core follows a preposition or a genitive head, so it may be inflected. */
	inflected: boolean;
	/** Why the name does not name a local government (an institution word), if it does not. */
	excludedBy: string | null;
	typeWords: string[];
}

/**
 * Readings of a name, most specific first: the partner proper (before a slash, a spaced dash,
 * a comma or "represented by"), the whole name, and the partner proper without a bracketed
 * remark. Brackets stay in the first reading because official names carry them
 * ("Słupia (Jędrzejowska)").
 */
function segments(name: string): string[] {
	const whole = name.replace(/\s+[-–—]\s+/g, '-').split('/')[0];
	const first = name
		.split(/\s*\/\s*|\s+[-–—]\s+|\s*[–—]\s*|\s+reprezentowane\s+przez\s+|\s*,\s*/i)[0]
		.trim();
	const bare = first.replace(/\s*[([].*$/, '').trim();
	return [...new Set([first, whole.trim(), bare])].filter(Boolean);
}

const PHRASE_WORDS = new Set(PHRASE_LIST.flatMap(([p]) => p.split(' ')));

function isSpecial(token: string): boolean {
	return (
		token in WORDS || PHRASE_WORDS.has(token) || VOIVODESHIP.test(token) || EXCLUDED.test(token)
	);
}

/**
 * Spans of two or more tokens that are a unit's name although they hold a type or institution
 * word ("Nowe Miasto", "Miejska Górka", "Gołymin-Ośrodek"): read as names, not as type words.
 */
function nameSpans(tokens: string[], isName?: (phrase: string) => boolean): Map<number, number> {
	const spans = new Map<number, number>();
	if (!isName) return spans;
	for (let i = 0; i < tokens.length; i++) {
		for (let j = Math.min(tokens.length, i + 6); j >= i + 2; j--) {
			const span = tokens.slice(i, j);
			if (span.some(isSpecial) && isName(span.join(' '))) {
				spans.set(i, j);
				i = j - 1;
				break;
			}
		}
	}
	return spans;
}

/**
 * Type words, the name proper and any institution word of a name. `isName` (a lookup of unit
 * names) lets names that contain type words ("Nowe Miasto") be read as names.
 */
export function parseUnitName(name: string, isName?: (phrase: string) => boolean): ParsedName {
	const tokens = foldPolish(name).split(' ').filter(Boolean);
	const spans = nameSpans(tokens, isName);
	const inSpan = new Set<number>();
	for (const [from, to] of spans) for (let k = from; k < to; k++) inSpan.add(k);
	const st = {
		levels: new Set<UnitLevel>(),
		rodz: null as Set<string> | null,
		plainGmina: false,
		marker: false,
		excludedBy: null as string | null,
		pendingInflection: false,
		typeWords: [] as string[]
	};
	const runs: { words: string[]; inflected: boolean }[] = [];
	let run: { words: string[]; inflected: boolean } | null = null;
	let seenWord = false;
	let startsWithType = false;
	const closeRun = () => {
		if (run && run.words.length) runs.push(run);
		run = null;
	};
	const apply = (e: Effect, words: string) => {
		if (e.level === 'pow+gmi') {
			st.levels.add('pow');
			st.levels.add('gmi');
		} else if (e.level) st.levels.add(e.level);
		if (e.rodz) {
			const allowed = e.rodz === 'urban' ? ['1', '3'] : [e.rodz];
			const prev = st.rodz;
			st.rodz = new Set(prev ? [...prev].filter((r) => allowed.includes(r)) : allowed);
		}
		if (e.plainGmina) st.plainGmina = true;
		if (e.marker) st.marker = true;
		if (e.genitive || e.locative) st.pendingInflection = true;
		if (!e.connector) {
			st.typeWords.push(words);
			if (!seenWord) startsWithType = true;
			seenWord = true;
		}
	};
	for (let i = 0; i < tokens.length;) {
		const spanEnd = spans.get(i);
		if (spanEnd !== undefined) {
			closeRun();
			runs.push({ words: tokens.slice(i, spanEnd), inflected: st.pendingInflection });
			st.pendingInflection = false;
			seenWord = true;
			i = spanEnd;
			continue;
		}
		const phrase = PHRASES.find(([p]) =>
			p.split(' ').every((w, k) => tokens[i + k] === w && !inSpan.has(i + k))
		);
		if (phrase) {
			closeRun();
			apply(phrase[1], phrase[0]);
			i += phrase[0].split(' ').length;
			continue;
		}
		const t = tokens[i];
		const effect = WORDS[t] ?? (VOIVODESHIP.test(t) ? { level: 'woj' as const } : undefined);
		if (effect) {
			closeRun();
			apply(effect, t);
			i++;
			continue;
		}
		if (EXCLUDED.test(t) && (t !== 'office' || st.levels.has('woj'))) {
			// "Województwo Dolnośląskie-Instytut ...", "Municipality of Kielce Technology Park": a name
			// that opens with the local government names it; what follows is its unit or agency.
			if (startsWithType && runs.length + (run ? 1 : 0) > 0) break;
			st.excludedBy = t;
			break;
		}
		seenWord = true;
		if (!run) {
			run = { words: [], inflected: st.pendingInflection };
			st.pendingInflection = false;
		}
		run.words.push(t);
		i++;
	}
	closeRun();
	// A woj-level "office" is the voivode's (central government) unless it is the marshal's.
	if (
		!st.excludedBy &&
		st.levels.has('woj') &&
		tokens.includes('office') &&
		!tokens.includes('marshal')
	)
		st.excludedBy = 'office';
	const first = runs[0] ?? { words: [], inflected: false };
	return {
		levels: st.levels,
		rodz: st.rodz,
		// "plain" only when nothing qualified the gmina ("Gmina Miejska", "o statusie miejskim").
		plainGmina: st.plainGmina && !st.rodz,
		marker: st.marker,
		core: first.words.join(' '),
		inflected: first.inflected,
		excludedBy: st.excludedBy,
		typeWords: st.typeWords
	};
}

// ---------------------------------------------------------------------------------------------
// Names of the units themselves: exonyms, inflection, województwa

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

function resolvePowiatHint(index: UnitIndex, text: string, wojCode: string | null): Set<string> {
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

const LOCATIVE: [string, string][] = [
	['ach', 'y'],
	['ach', 'i'],
	['ach', 'e'],
	['rze', 'ra'],
	['dze', 'ga'],
	['sze', 'cha'],
	['dzie', 'da'],
	['cie', 'ta'],
	['ce', 'ka'],
	['ie', 'a'],
	['ie', ''],
	['ie', 'o'],
	['iu', ''],
	['iu', 'ie'],
	['u', ''],
	['u', 'o'],
	['u', 'e'],
	['y', 'a'],
	['i', 'ia'],
	['i', 'a'],
	['ym', 'y'],
	['im', 'i'],
	['ej', 'a']
];

const GENITIVE: [string, string][] = [
	['a', ''],
	['a', 'o'],
	['a', 'e'],
	['y', 'a'],
	['i', 'a'],
	['i', 'ia'],
	['iego', 'i'],
	['ego', 'y'],
	['ej', 'a'],
	['ic', 'ice'],
	['ow', 'y']
];

/** Nominative forms a locative or genitive phrase may come from ("w skawinie" → "skawina"). */
function nominatives(phrase: string): string[] {
	const words = phrase.split(' ');
	if (words.length > 4) return [];
	let forms: string[] = [''];
	for (const w of words) {
		const options = new Set([w]);
		for (const [from, to] of [...LOCATIVE, ...GENITIVE])
			if (w.endsWith(from) && w.length - from.length + to.length >= 3)
				options.add(w.slice(0, w.length - from.length) + to);
		forms = forms.flatMap((f) => [...options].map((o) => (f ? `${f} ${o}` : o)));
	}
	return forms.filter((f) => f !== phrase);
}

// ---------------------------------------------------------------------------------------------
// Matching

function describe(u: UnitRef): string {
	return `${u.code} ${u.name}`;
}

interface Filters {
	woj: UnitRef | null;
	powCodes: Set<string> | null;
	notes: string[];
}

function hintFilters(index: UnitIndex, hints: MatchHints): Filters {
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

function passes(u: UnitRef, f: Filters): boolean {
	if (f.woj && u.wojCode !== f.woj.code) return false;
	if (f.powCodes && !f.powCodes.has(u.level === 'pow' ? u.code : (u.powCode ?? ''))) return false;
	return true;
}

function gminyNamed(index: UnitIndex, key: string): UnitRef[] {
	return index.gminyByName.get(CITY_EXONYMS[key] ?? key) ?? [];
}

/** Powiaty a name can denote: the adjective ("krakowski") or a town the powiat is named after. */
function powiatyNamed(index: UnitIndex, key: string, polishWord: boolean): UnitRef[] {
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
