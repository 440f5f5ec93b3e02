/**
 * Reading a unit's name: the type words ("Gmina Miejska", "Powiat", "City of", "Urząd Miasta"),
 * the name proper (and whether it is inflected) and any institution word that makes the name an
 * institution rather than the local government itself.
 */

import { foldPolish } from '../text';
import type { UnitLevel } from './unit-index';

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
export function segments(name: string): string[] {
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
