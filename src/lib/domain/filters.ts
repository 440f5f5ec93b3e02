/**
 * The public filter parameters: one table for the page, the embed, the builder and the API, so
 * they can never disagree. Parsing never throws: what cannot be used is dropped with a note.
 *
 * To add a filter parameter (say one more select), hand-edit two files:
 *   1. this table: key, parsing with its notes, its select's choices, how the embed treats it;
 *   2. src/lib/server/records/filter-sql.ts: its SQL clause for practices and for partnerships
 *      (or null: "does not apply") and how its facet (the counts beside its choices) counts;
 *      it is typed by this table's keys, so a key without its SQL fails `npm run check`;
 *   3. the panel's label and "any" choice are in the table too (pl/en), so nothing else.
 * The page's panel, the builder, the embed's URL and postMessage protocol, the page cache's
 * parameter list, the facets and the list queries read the table.
 */
import { checkTeryt } from '../teryt';
import { SECTIONS, sectionBySlug } from './sections';
import { PARTNERSHIP_KINDS, isPartnershipKind, kindOf } from './kinds';
import type { RecordRef, RecordType } from './records';
import { say, type MessageLang } from '../i18n';
import type { Lang } from '../format';

/** Rows of each list sent with a page; the rest come from the API as the reader asks. */
export const LIST_PAGE = 100;

/** A parameter that cannot be used, in both languages (shown in the asked one). */
interface Note {
	pl: string;
	en: string;
}

export interface FilterDef<T extends string | number> {
	/** A non-empty raw value: what the filter holds, a note on what was dropped, or both. */
	parse(raw: string): { value?: T; note?: Note };
	/** woj, pow and gmi are one region: the narrowest wins, and they clear and count together. */
	group?: 'region';
	/** Its label and its "any" choice, if it is a select (UI text of the filter, both languages). */
	label?: Note;
	all?: Note;
	/**
	 * A plain select of the panel and the builder: `choices` when they are fixed (else the
	 * choices are what its facet counts), `name` of a choice, and whether the panel lists every
	 * fixed choice (with 0) or only those the facet counts.
	 */
	select?: {
		/** Its place among the plain selects of the panel and of the builder. */
		order: number;
		choices?: readonly string[];
		name(value: string, lang: Lang): string;
		panel: 'every' | 'counted';
	};
	/**
	 * The embed: `scope` — an embed's scope (`zakres`) may fix it (the host and the URL then only
	 * narrow it); `host` — a host page may set it with `setFilters`; `builder` — the builder
	 * offers it. Every filter is an URL parameter of the page and of the embed.
	 */
	embed: { scope: boolean; host: boolean; builder: boolean };
}

const clip = (s: string) => (s.length > 30 ? s.slice(0, 30) + '…' : s);
const ignored = (key: string, pl: string, en: string): { note: Note } => ({
	note: { pl: `Pominięto „${key}”: ${pl}`, en: `Ignored "${key}": ${en}` }
});
const def = <T extends string | number>(d: FilterDef<T>) => d;

function region(level: 'woj' | 'pow' | 'gmi', label: Note, all: Note) {
	return def<string>({
		parse(raw) {
			const check = checkTeryt(raw, level, 'pl');
			if (check.ok) return { value: check.code };
			const en = checkTeryt(raw, level, 'en') as { message: string };
			return ignored(level, check.message, en.message);
		},
		group: 'region',
		label,
		all,
		embed: { scope: true, host: true, builder: false }
	});
}

export const FILTERS = {
	woj: region(
		'woj',
		{ pl: 'Województwo', en: 'Voivodeship' },
		{ pl: 'Wszystkie województwa', en: 'All voivodeships' }
	),
	pow: region(
		'pow',
		{ pl: 'Powiat', en: 'Powiat' },
		{ pl: 'Wszystkie powiaty', en: 'All powiaty' }
	),
	gmi: region('gmi', { pl: 'Gmina', en: 'Gmina' }, { pl: 'Wszystkie gminy', en: 'All gminy' }),
	kat: def<string>({
		parse: (raw) =>
			SECTIONS.some((s) => s.slug === raw)
				? { value: raw }
				: ignored('kat', `nieznany dział „${clip(raw)}”`, `unknown section "${clip(raw)}"`),
		label: { pl: 'Dział praktyk', en: 'Practice section' },
		all: { pl: 'Wszystkie działy', en: 'All sections' },
		select: {
			order: 2,
			choices: SECTIONS.map((s) => s.slug),
			name: (v, lang) => sectionBySlug(v)?.[lang] ?? v,
			panel: 'every'
		},
		embed: { scope: false, host: true, builder: true }
	}),
	typ: def<string>({
		parse: (raw) =>
			isPartnershipKind(raw)
				? { value: raw }
				: ignored(
						'typ',
						`nieznany rodzaj partnerstwa „${clip(raw)}”`,
						`unknown kind of partnership "${clip(raw)}"`
					),
		label: { pl: 'Rodzaj partnerstwa', en: 'Kind of partnership' },
		all: { pl: 'Wszystkie rodzaje', en: 'All kinds' },
		select: {
			order: 1,
			choices: PARTNERSHIP_KINDS,
			name: (v, lang) => kindOf(v)[lang],
			panel: 'counted'
		},
		embed: { scope: false, host: true, builder: true }
	}),
	rok: def<number>({
		parse: (raw) =>
			/^\d{4}$/.test(raw) && Number(raw) >= 1990 && Number(raw) <= 2100
				? { value: Number(raw) }
				: ignored(
						'rok',
						`„${clip(raw)}” nie jest rokiem 1990–2100`,
						`"${clip(raw)}" is not a year 1990–2100`
					),
		label: { pl: 'Rok', en: 'Year' },
		all: { pl: 'Dowolny rok', en: 'Any year' },
		select: { order: 3, name: (v) => v, panel: 'counted' },
		embed: { scope: false, host: true, builder: true }
	}),
	q: def<string>({
		parse(raw) {
			if (!raw.trim()) return {};
			return {
				value: raw.trim().slice(0, 200),
				note:
					raw.length > 200
						? { pl: 'Skrócono „q” do 200 znaków', en: 'Cut "q" to 200 characters' }
						: undefined
			};
		},
		embed: { scope: false, host: true, builder: false }
	})
};

export type FilterKey = keyof typeof FILTERS;
type ValueOf<D> = D extends FilterDef<infer T> ? T : never;
export type Filters = { [K in FilterKey]: ValueOf<(typeof FILTERS)[K]> | null };

/** Every filter key, in the table's (and the URL's) order. */
export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];
/** The keys `setFilters` of the embed's protocol accepts. */
export const HOST_FILTER_KEYS = FILTER_KEYS.filter((k) => FILTERS[k].embed.host);
const selectOrder = (k: FilterKey) => (FILTERS[k] as FilterDef<string>).select?.order ?? 0;
/** The plain selects of the panel, in their order. */
export const SELECT_KEYS = FILTER_KEYS.filter((k) => selectOrder(k) > 0).sort(
	(a, b) => selectOrder(a) - selectOrder(b)
);
/** The selects the builder offers. */
export const BUILDER_FILTER_KEYS = SELECT_KEYS.filter((k) => FILTERS[k].embed.builder);
/** The keys an embed's scope fixes: a region scope clears them and sets the one of its level. */
export const SCOPE_KEYS = FILTER_KEYS.filter((k) => FILTERS[k].embed.scope);
/** The region's keys, narrowest last. */
export const REGION_KEYS = FILTER_KEYS.filter((k) => FILTERS[k].group === 'region') as (
	'woj' | 'pow' | 'gmi'
)[];

export const EMPTY_FILTERS: Filters = Object.fromEntries(
	FILTER_KEYS.map((k) => [k, null])
) as unknown as Filters;

/** The filters with every key of `keys` cleared. */
export function without(filters: Filters, keys: readonly FilterKey[]): Filters {
	return { ...filters, ...Object.fromEntries(keys.map((k) => [k, null])) };
}

export type Selection = RecordRef | null;

export interface ParsedFilters {
	filters: Filters;
	sel: Selection;
	/** One note per ignored parameter, in the asked language (both for the API), safe to show. */
	notes: string[];
}

/**
 * The filters of a query string. Notes are in `lang`: the page's language for what a page shows,
 * `both` ("polski / english") for the API.
 */
export function parseFilters(params: URLSearchParams, lang: MessageLang = 'both'): ParsedFilters {
	const filters: Record<string, string | number | null> = { ...EMPTY_FILTERS };
	const notes: string[] = [];
	const note = (n: Note) => notes.push(say(lang, n.pl, n.en));
	const parseOne = (key: FilterKey) => {
		const raw = params.get(key);
		if (raw === null || raw === '') return;
		const r = (FILTERS[key] as FilterDef<string | number>).parse(raw);
		if (r.note) note(r.note);
		if (r.value !== undefined) filters[key] = r.value;
	};
	for (const key of REGION_KEYS) parseOne(key);
	reconcileRegion(filters as Filters, note);
	for (const key of FILTER_KEYS) if (!FILTERS[key].group) parseOne(key);
	let sel: Selection = null;
	const selRaw = params.get('sel');
	if (selRaw) {
		const m = /^(praktyka|partnerstwo):(\d{1,9})$/.exec(selRaw);
		if (m) sel = { type: m[1] as RecordType, id: Number(m[2]) };
		else
			note({
				pl: `Pominięto „sel”: „${clip(selRaw)}” (oczekiwano np. praktyka:12)`,
				en: `Ignored "sel": "${clip(selRaw)}" (expected e.g. praktyka:12)`
			});
	}
	return { filters: filters as Filters, sel, notes };
}

/** A narrower region must lie in the wider one; otherwise the narrower wins and the note says so. */
function reconcileRegion(filters: Filters, note: (n: Note) => void) {
	if (filters.gmi && filters.pow && !filters.gmi.startsWith(filters.pow)) {
		note({
			pl: `Gmina ${filters.gmi} nie leży w powiecie ${filters.pow}; pominięto „pow”`,
			en: `Gmina ${filters.gmi} does not lie in powiat ${filters.pow}; ignored "pow"`
		});
		filters.pow = null;
	}
	const narrower = filters.gmi ?? filters.pow;
	if (narrower && filters.woj && !narrower.startsWith(filters.woj)) {
		note({
			pl: `Jednostka nie leży w województwie ${filters.woj}; pominięto „woj”`,
			en: `The unit does not lie in voivodeship ${filters.woj}; ignored "woj"`
		});
		filters.woj = null;
	}
}

/** The narrowest region chosen, if any. */
export function regionOf(f: Filters): string | null {
	return f.gmi ?? f.pow ?? f.woj;
}

/** Filters back to URL parameters (only those set), in a stable order. */
export function filtersToParams(f: Partial<Filters>, sel: Selection = null): URLSearchParams {
	const p = new URLSearchParams();
	for (const key of FILTER_KEYS) {
		const v = f[key];
		if (v !== null && v !== undefined && v !== '') p.set(key, String(v));
	}
	if (sel) p.set('sel', `${sel.type}:${sel.id}`);
	return p;
}

/** The keys that go with `key`: its group's (the region's three), or itself alone. */
export function groupOf(key: FilterKey): FilterKey[] {
	const group = FILTERS[key].group;
	return group ? FILTER_KEYS.filter((k) => FILTERS[k].group === group) : [key];
}

/** One choice of a select, with the count of records it would give when known. */
export interface Choice {
	value: string;
	count?: number;
}

/**
 * The panel's choices of select `key`, with `counts` from its facet: every fixed choice (0 where
 * the facet has none) or only those the facet counts, as the table says.
 */
export function panelChoices(
	key: FilterKey,
	counts: readonly { value: string | number; count: number }[]
): Choice[] {
	const select = (FILTERS[key] as FilterDef<string>).select;
	if (select?.panel === 'every' && select.choices)
		return select.choices.map((value) => ({
			value,
			count: counts.find((c) => String(c.value) === value)?.count ?? 0
		}));
	return counts.map((c) => ({ value: String(c.value), count: c.count }));
}

/** A choice of select `key` as the filter holds it (a year as a number); '' clears it. */
export function choiceValue<K extends FilterKey>(key: K, raw: string): Filters[K] {
	if (!raw) return null;
	return ((FILTERS[key] as FilterDef<string | number>).parse(raw).value ?? null) as Filters[K];
}

/** The label of a choice of select `key` in `lang`. */
export function choiceName(key: FilterKey, value: string, lang: Lang): string {
	return (FILTERS[key] as FilterDef<string>).select?.name(value, lang) ?? value;
}
