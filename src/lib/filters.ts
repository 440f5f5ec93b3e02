/**
 * The public filter parameters, one module for the page, the embed and the API, so the three
 * can never disagree. Parsing never throws: what cannot be used is dropped with a note.
 */
import { checkTeryt } from './teryt';
import { SECTIONS } from './domain/sections';
import { isPartnershipKind } from './domain/kinds';
import { say, type MessageLang } from './i18n';

/** Rows of each list sent with a page; the rest come from the API as the reader asks. */
export const LIST_PAGE = 100;

export interface Filters {
	woj: string | null;
	pow: string | null;
	gmi: string | null;
	kat: string | null;
	typ: string | null;
	rok: number | null;
	q: string | null;
}

export type Selection = { type: 'praktyka' | 'partnerstwo'; id: number } | null;

export interface ParsedFilters {
	filters: Filters;
	sel: Selection;
	/** One note per ignored parameter, in the asked language (both for the API), safe to show. */
	notes: string[];
}

export const EMPTY_FILTERS: Filters = {
	woj: null,
	pow: null,
	gmi: null,
	kat: null,
	typ: null,
	rok: null,
	q: null
};

const clip = (s: string) => (s.length > 30 ? s.slice(0, 30) + '…' : s);

/**
 * The filters of a query string. Notes are in `lang`: the page's language for what a page shows,
 * `both` ("polski / english") for the API.
 */
export function parseFilters(params: URLSearchParams, lang: MessageLang = 'both'): ParsedFilters {
	const filters: Filters = { ...EMPTY_FILTERS };
	const notes: string[] = [];
	const note = (pl: string, en: string) => notes.push(say(lang, pl, en));
	const regionParam = (name: 'woj' | 'pow' | 'gmi', level: 'woj' | 'pow' | 'gmi') => {
		const raw = params.get(name);
		if (raw === null || raw === '') return;
		const check = checkTeryt(raw, level, 'pl');
		if (check.ok) filters[name] = check.code;
		else {
			const en = checkTeryt(raw, level, 'en') as { message: string };
			note(`Pominięto „${name}”: ${check.message}`, `Ignored "${name}": ${en.message}`);
		}
	};
	regionParam('woj', 'woj');
	regionParam('pow', 'pow');
	regionParam('gmi', 'gmi');
	// A narrower region must lie in the wider one; otherwise the narrower wins and the note says so.
	if (filters.gmi && filters.pow && !filters.gmi.startsWith(filters.pow)) {
		note(
			`Gmina ${filters.gmi} nie leży w powiecie ${filters.pow}; pominięto „pow”`,
			`Gmina ${filters.gmi} does not lie in powiat ${filters.pow}; ignored "pow"`
		);
		filters.pow = null;
	}
	if (
		(filters.gmi || filters.pow) &&
		filters.woj &&
		!(filters.gmi ?? filters.pow)!.startsWith(filters.woj)
	) {
		note(
			`Jednostka nie leży w województwie ${filters.woj}; pominięto „woj”`,
			`The unit does not lie in voivodeship ${filters.woj}; ignored "woj"`
		);
		filters.woj = null;
	}
	const kat = params.get('kat');
	if (kat) {
		if (SECTIONS.some((s) => s.slug === kat)) filters.kat = kat;
		else
			note(
				`Pominięto „kat”: nieznany dział „${clip(kat)}”`,
				`Ignored "kat": unknown section "${clip(kat)}"`
			);
	}
	const typ = params.get('typ');
	if (typ) {
		if (isPartnershipKind(typ)) filters.typ = typ;
		else
			note(
				`Pominięto „typ”: nieznany rodzaj partnerstwa „${clip(typ)}”`,
				`Ignored "typ": unknown kind of partnership "${clip(typ)}"`
			);
	}
	const rok = params.get('rok');
	if (rok) {
		if (/^\d{4}$/.test(rok) && Number(rok) >= 1990 && Number(rok) <= 2100)
			filters.rok = Number(rok);
		else
			note(
				`Pominięto „rok”: „${clip(rok)}” nie jest rokiem 1990–2100`,
				`Ignored "rok": "${clip(rok)}" is not a year 1990–2100`
			);
	}
	const q = params.get('q');
	if (q && q.trim()) {
		if (q.length > 200) note('Skrócono „q” do 200 znaków', 'Cut "q" to 200 characters');
		filters.q = q.trim().slice(0, 200);
	}
	let sel: Selection = null;
	const selRaw = params.get('sel');
	if (selRaw) {
		const m = /^(praktyka|partnerstwo):(\d{1,9})$/.exec(selRaw);
		if (m) sel = { type: m[1] as 'praktyka' | 'partnerstwo', id: Number(m[2]) };
		else
			note(
				`Pominięto „sel”: „${clip(selRaw)}” (oczekiwano np. praktyka:12)`,
				`Ignored "sel": "${clip(selRaw)}" (expected e.g. praktyka:12)`
			);
	}
	return { filters, sel, notes };
}

/** The narrowest region chosen, if any. */
export function regionOf(f: Filters): string | null {
	return f.gmi ?? f.pow ?? f.woj;
}

/** Filters back to URL parameters (only those set), in a stable order. */
export function filtersToParams(f: Filters, sel: Selection = null): URLSearchParams {
	const p = new URLSearchParams();
	for (const key of ['woj', 'pow', 'gmi', 'kat', 'typ', 'rok', 'q'] as const) {
		const v = f[key];
		if (v !== null && v !== '') p.set(key, String(v));
	}
	if (sel) p.set('sel', `${sel.type}:${sel.id}`);
	return p;
}
