/**
 * Polish text helpers for the interface: plural forms and highlighting of search matches.
 */

/**
 * Lower case, no diacritics, punctuation and runs of white space folded to one space.
 * "ł" needs its own rule: Unicode has no decomposition for it, so NFD leaves it alone.
 */
export function foldPolish(s: string): string {
	return s
		.toLowerCase()
		.replace(/ł/g, 'l')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.replace(/ø/g, 'o')
		.replace(/æ/g, 'ae')
		.replace(/đ/g, 'd')
		.replace(/ı/g, 'i')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

// Case and adjective endings, longest first; stripping leaves a stem that prefixes the other forms.
const ENDINGS = [
	'skiego',
	'owego',
	'owie',
	'skie',
	'ska',
	'ski',
	'ami',
	'ach',
	'ego',
	'emu',
	'owi',
	'iej',
	'ych',
	'ymi',
	'imi',
	'ich',
	'om',
	'ie',
	'ia',
	'iu',
	'a',
	'e',
	'i',
	'o',
	'u',
	'y'
];

/** A prefix stem of one folded word; short words are kept whole. */
export function stem(word: string): string {
	if (word.length < 5 || /^\d+$/.test(word)) return word;
	for (const ending of ENDINGS)
		if (word.endsWith(ending) && word.length - ending.length >= 4)
			return word.slice(0, -ending.length);
	return word;
}

/** The stems of what a person typed (also used to highlight matches). */
export function queryStems(q: string): string[] {
	return foldPolish(q).split(' ').filter(Boolean).slice(0, 12).map(stem);
}

/** Polish plural: 1 praktyka, 2–4 praktyki (but 12–14 praktyk), 5+ praktyk. */
export function pluralPl(n: number, forms: [one: string, few: string, many: string]): string {
	const abs = Math.abs(n);
	if (abs === 1) return forms[0];
	const last = abs % 10;
	const lastTwo = abs % 100;
	if (last >= 2 && last <= 4 && !(lastTwo >= 12 && lastTwo <= 14)) return forms[1];
	return forms[2];
}

export function countPl(n: number, forms: [string, string, string]): string {
	return `${n} ${pluralPl(n, forms)}`;
}

export function countEn(n: number, forms: [string, string]): string {
	return `${n} ${n === 1 ? forms[0] : forms[1]}`;
}

/**
 * Splits text into parts, marking words that start with a stem of a query word (folded, so
 * "swiatniki" marks "Świątniki" and "krakowa" marks "Krakowa"); the stems come from the search.
 */
export function highlight(text: string, stems: string[]): { text: string; mark: boolean }[] {
	if (stems.length === 0) return [{ text, mark: false }];
	const parts: { text: string; mark: boolean }[] = [];
	for (const piece of text.split(/(\p{L}[\p{L}\p{N}]*|\d+)/u)) {
		if (!piece) continue;
		const f = foldPolish(piece);
		const mark = f !== '' && stems.some((s) => f.startsWith(s));
		const last = parts.at(-1);
		if (last && last.mark === mark) last.text += piece;
		else parts.push({ text: piece, mark });
	}
	return parts;
}

const PL_ALPHABET = 'aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż';

/**
 * A key that sorts like Polish collation in plain binary comparison (so SQLite can ORDER BY an
 * index): letters by their place in the Polish alphabet, digits before letters, case and
 * punctuation ignored.
 */
export function polishSortKey(s: string): string {
	// Parts collected in an array and joined once: `key += …` with `key.endsWith(' ')` made V8
	// flatten the growing string on every character (quadratic: over 90 s on a 1 MB title).
	const key: string[] = [];
	let lastSpace = true; // no space at the start
	for (const ch of s.toLowerCase()) {
		const i = PL_ALPHABET.indexOf(ch);
		let out: string | null = null;
		if (i >= 0) out = String.fromCharCode(0x41 + i);
		else if (ch >= '0' && ch <= '9') out = ch;
		else if (/\p{L}/u.test(ch)) {
			// Other letters (é, ü, č…) sort as their base letter.
			const base = ch.normalize('NFD')[0];
			const j = PL_ALPHABET.indexOf(base);
			out = j >= 0 ? String.fromCharCode(0x41 + j) : 'z';
		} else if (/\s/.test(ch) && !lastSpace) {
			key.push(' ');
			lastSpace = true;
		}
		if (out !== null) {
			key.push(out);
			lastSpace = false;
		}
	}
	if (key.at(-1) === ' ') key.pop();
	return key.join('');
}
