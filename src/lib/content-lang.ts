/**
 * The language a record's title or summary is written in, for the `lang` attribute that lets a
 * screen reader switch voice (WCAG 3.1.2). Record content is never translated; this only says what
 * it is. The rule is small, deterministic and committed (the data build and the write path use it):
 *
 * 1. Every word is a vote: a common English word (the, of, and, for, border, …) votes English; a
 *    common Polish word (i, w, na, dla, gmina, …) or a word with Polish letters (ą ć ę ł ń ó ś ź ż)
 *    votes Polish. Place names keep their Polish letters inside English titles („Cycle region of
 *    Nowa Ruda-Radków-Broumov”), so the function words around them outvote them.
 * 2. The majority decides.
 * 3. A tie or no evidence (an acronym such as „BLUACT”): the record's programme decides. Interreg
 *    projects and URBACT networks are named in English, their programmes' working language;
 *    everything else is Polish.
 */
import type { Lang } from './format';

const POLISH_LETTERS = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/;

const EN_WORDS = new Set(
	(
		'the of and for in on with to a an by from at into towards through between across ' +
		'development cross border borderland area areas city cities network region regional ' +
		'heritage tourism tourist cooperation common joint green smart urban rural sustainable ' +
		'energy efficient management improvement support protection cultural natural active ' +
		'together people river mountains valley trail trails routes route second chance new our ' +
		'project projects education health social services is are be road roads street section ' +
		'stage including towns history without against children'
	).split(' ')
);

const PL_WORDS = new Set(
	(
		'w we na z ze do dla oraz od po przez pod nad przy o u lub czyli jako ' +
		'gmina gminy gmin miasto miasta powiat powiatu rozwoj rozwoju wspolpraca wspolpracy ' +
		'partnerstwo partnerstwa zwiazek obszar obszaru projekt transgraniczny transgraniczna ' +
		'transgraniczne pogranicza polsko czesko slowackie niemieckie'
	).split(' ')
);

/** Kinds whose names come from an English-speaking programme (see rule 3). */
const ENGLISH_NAMED_KINDS = new Set(['interreg_project', 'city_network']);

const fold = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ł/g, 'l');

/** The language of a piece of record text; `kind` is the partnership kind, if the text names one. */
export function contentLang(text: string | null | undefined, kind?: string | null): Lang {
	const fallback: Lang = kind && ENGLISH_NAMED_KINDS.has(kind) ? 'en' : 'pl';
	if (!text || !text.trim()) return fallback;
	let en = 0;
	let pl = 0;
	for (const word of text.split(/[^\p{L}]+/u)) {
		if (!word) continue;
		const folded = fold(word);
		// „i” is the Polish „and” only in lower case: „URBAMECO I” is a numeral.
		if (word === 'i') pl++;
		else if (EN_WORDS.has(folded)) en++;
		else if (PL_WORDS.has(folded) || POLISH_LETTERS.test(word)) pl++;
	}
	if (en > pl) return 'en';
	if (pl > en) return 'pl';
	return fallback;
}
