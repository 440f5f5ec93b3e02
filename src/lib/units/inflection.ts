/**
 * Polish inflection undone: the nominative forms a locative ("w Skawinie") or genitive
 * ("Urząd Miasta Krakowa") phrase may come from.
 */

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
export function nominatives(phrase: string): string[] {
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
