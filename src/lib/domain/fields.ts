/**
 * The record fields of practices and partnerships, in one declarative table each: name, type,
 * labels, the old database's Metryka label, column, API and CSV names, validation and where the
 * field is shown. Row mapping (server/records/rows.ts), the write path's column lists and checks
 * (write.ts), the page parser's labels (server/import/), the importer's merge, the panel's
 * Metryka list (PracticeView.svelte) and the API's CSV columns are driven from here; the editing
 * forms and diffs of issue 13 are meant to be too.
 *
 * Adding a practice field (a Metryka line) takes:
 *   1. an entry in METRYKA_FIELDS below (labels, column, the old database's label, limit, shown);
 *   2. the column in src/lib/server/db/schema.ts (tests/unit/fields.test.ts checks they agree);
 *   3. only when it needs a limit of its own: an entry in src/lib/limits.ts (else reuse one);
 * then `npm run db:generate` writes the migration. (Over 300 lines: three tables of data, one
 * entry per field, which read best in one place.) Fields with their own reading rule (`parse`)
 * are read by src/lib/server/import/page-metryka.ts.
 */
import type { LimitedField } from '../limits';

export type Contact = { name: string; role: string | null };

/** How a value is stored: text and dates as TEXT, integers as INTEGER, lists as JSON text. */
export type FieldType = 'text' | 'date' | 'integer' | 'list' | 'contacts';

/** A value of each type, as records carry it. */
export interface FieldValue {
	text: string | null;
	date: string | null;
	integer: number | null;
	list: string[];
	contacts: Contact[];
}

export interface Bilingual {
	pl: string;
	en: string;
}

export interface RecordField {
	/** The property of the record (and its name in the API's JSON). */
	name: string;
	type: FieldType;
	/** The SQL column. */
	column: string;
	/** The label shown in the UI (null: shown only as part of a group, see METRYKA_GROUPS). */
	label: Bilingual | null;
	/** Size limit (src/lib/limits.ts); each item for lists. */
	limit?: LimitedField;
	/** Each value is a link checked by src/lib/safe-url.ts (http/https/mailto). */
	url?: boolean;
	/**
	 * The old database's "Metryka praktyki" labels, as written on its pages (the first is the
	 * one messages name); compared folded (lower case, no diacritics). `required`: a complete
	 * page always has it. `parse`: a reading rule of its own (page-metryka.ts), else plain text.
	 */
	metryka?: {
		labels: readonly string[];
		required?: boolean;
		parse?: 'date' | 'postal' | 'phone' | 'websites' | 'population' | 'contacts';
	};
	/** Where the field is shown: the side panel, the record page /praktyki/{id}, the API. */
	shown: { panel: boolean; page: boolean; api: boolean };
}

const everywhere = { panel: true, page: true, api: true } as const;

/** Every field of the old database's "Metryka praktyki", in the order the panel lists them. */
export const METRYKA_FIELDS = [
	{
		name: 'dateAdded',
		type: 'date',
		column: 'date_added',
		label: { pl: 'Data wprowadzenia do bazy', en: 'Added to the database' },
		// Dates and the population are short: the longest short limit bounds what the parser reads.
		limit: 'locality',
		metryka: {
			labels: ['Data wprowadzenia do BDP', 'Data wprowadzenia'],
			required: true,
			parse: 'date'
		},
		shown: everywhere
	},
	{
		name: 'dateUpdated',
		type: 'date',
		column: 'date_updated',
		label: { pl: 'Data aktualizacji', en: 'Updated' },
		limit: 'locality',
		metryka: { labels: ['Data aktualizacji'], parse: 'date' },
		shown: everywhere
	},
	{
		name: 'unitType',
		type: 'text',
		column: 'unit_type',
		label: { pl: 'Typ jednostki', en: 'Type of unit' },
		limit: 'unitType',
		metryka: { labels: ['Typ jednostki'] },
		shown: everywhere
	},
	{
		name: 'locality',
		type: 'text',
		column: 'locality',
		label: { pl: 'Miejscowość', en: 'Locality' },
		limit: 'locality',
		metryka: { labels: ['Miejscowość'], required: true },
		shown: everywhere
	},
	{
		name: 'powiat',
		type: 'text',
		column: 'powiat_name',
		label: { pl: 'Powiat', en: 'Powiat' },
		limit: 'powiat',
		metryka: { labels: ['Powiat'] },
		shown: everywhere
	},
	{
		name: 'wojewodztwo',
		type: 'text',
		column: 'wojewodztwo_name',
		label: { pl: 'Województwo', en: 'Voivodeship' },
		limit: 'wojewodztwo',
		metryka: { labels: ['Województwo'] },
		shown: everywhere
	},
	{
		name: 'postalCode',
		type: 'text',
		column: 'postal_code',
		label: null,
		limit: 'postalCode',
		// One line of the page ("30-001 Kraków") gives both the code and the post office.
		metryka: { labels: ['Kod pocztowy i poczta', 'Kod pocztowy'], parse: 'postal' },
		shown: everywhere
	},
	{
		name: 'postOffice',
		type: 'text',
		column: 'post_office',
		label: null,
		limit: 'postOffice',
		shown: everywhere
	},
	{
		name: 'implementingUnit',
		type: 'text',
		column: 'implementing_unit',
		label: { pl: 'Jednostka wdrażająca', en: 'Implementing unit' },
		limit: 'implementingUnit',
		metryka: { labels: ['Jednostka wdrażająca'] },
		shown: everywhere
	},
	{
		name: 'street',
		type: 'text',
		column: 'street',
		label: { pl: 'Ulica', en: 'Street' },
		limit: 'street',
		metryka: { labels: ['Ulica', 'Adres'] },
		shown: everywhere
	},
	{
		name: 'phone',
		type: 'text',
		column: 'phone',
		label: { pl: 'Telefon', en: 'Phone' },
		limit: 'phone',
		metryka: { labels: ['Telefon'], parse: 'phone' },
		shown: everywhere
	},
	{
		name: 'websites',
		type: 'list',
		column: 'websites',
		label: { pl: 'Witryna internetowa', en: 'Website' },
		limit: 'websites',
		url: true,
		// "Wirtyna" is the old site's own typo.
		metryka: {
			labels: ['Witryna internetowa', 'Wirtyna internetowa', 'Strona internetowa'],
			parse: 'websites'
		},
		shown: everywhere
	},
	{
		name: 'population',
		type: 'integer',
		column: 'population',
		label: { pl: 'Liczba mieszkańców', en: 'Population' },
		limit: 'locality',
		metryka: { labels: ['Liczba mieszkańców'], parse: 'population' },
		shown: everywhere
	},
	{
		name: 'contacts',
		type: 'contacts',
		column: 'contacts',
		label: { pl: 'Osoby kontaktowe', en: 'Contact persons' },
		limit: 'contacts',
		metryka: { labels: ['Osoby kontaktowe', 'Osoba kontaktowa'], parse: 'contacts' },
		shown: everywhere
	}
] as const satisfies readonly RecordField[];

export type MetrykaField = (typeof METRYKA_FIELDS)[number];
export type MetrykaName = MetrykaField['name'];

/** A practice's Metryka: one property per entry of METRYKA_FIELDS, typed by its `type`. */
export type Metryka = { [F in MetrykaField as F['name']]: FieldValue[F['type']] };

/** Fields the panel shows under one label, in the place of the first. */
export const METRYKA_GROUPS: readonly {
	fields: readonly MetrykaName[];
	label: Bilingual;
}[] = [
	{
		fields: ['postalCode', 'postOffice'],
		label: { pl: 'Kod pocztowy i poczta', en: 'Postal code and post office' }
	}
];

/** A practice's own fields beside its Metryka, as the write path stores them. */
export const PRACTICE_FIELDS = [
	{ name: 'artId', type: 'integer', column: 'art_id', label: null, shown: everywhere },
	{
		name: 'sourceUrl',
		type: 'text',
		column: 'source_url',
		label: null,
		limit: 'sourceUrl',
		url: true,
		shown: everywhere
	},
	{
		name: 'title',
		type: 'text',
		column: 'title',
		label: null,
		limit: 'title',
		shown: everywhere
	},
	{ name: 'section', type: 'text', column: 'section', label: null, shown: everywhere },
	{
		name: 'summary',
		type: 'text',
		column: 'summary',
		label: { pl: 'Skrót', en: 'Summary' },
		limit: 'summary',
		shown: everywhere
	},
	{
		name: 'presentation',
		type: 'text',
		column: 'presentation',
		label: { pl: 'Pełna prezentacja', en: 'Full presentation' },
		limit: 'presentation',
		shown: everywhere
	},
	{
		name: 'keywords',
		type: 'list',
		column: 'keywords',
		label: { pl: 'Słowa kluczowe', en: 'Keywords' },
		limit: 'keywords',
		shown: everywhere
	},
	{ name: 'status', type: 'text', column: 'status', label: null, shown: everywhere },
	{ name: 'unitCode', type: 'text', column: 'unit_code', label: null, shown: everywhere },
	{ name: 'titleLang', type: 'text', column: 'title_lang', label: null, shown: everywhere },
	{ name: 'summaryLang', type: 'text', column: 'summary_lang', label: null, shown: everywhere }
] as const satisfies readonly RecordField[];

/** A partnership's own fields, as the write path stores them. */
export const PARTNERSHIP_FIELDS = [
	{ name: 'name', type: 'text', column: 'name', label: null, limit: 'name', shown: everywhere },
	{
		name: 'kind',
		type: 'text',
		column: 'kind',
		label: { pl: 'Rodzaj', en: 'Kind' },
		shown: everywhere
	},
	{ name: 'startDate', type: 'date', column: 'start_date', label: null, shown: everywhere },
	{ name: 'endDate', type: 'date', column: 'end_date', label: null, shown: everywhere },
	{
		name: 'website',
		type: 'text',
		column: 'website',
		label: { pl: 'Strona internetowa', en: 'Website' },
		limit: 'website',
		url: true,
		shown: everywhere
	},
	{
		name: 'description',
		type: 'text',
		column: 'description',
		label: null,
		limit: 'description',
		shown: everywhere
	},
	{ name: 'extra', type: 'text', column: 'extra', label: null, shown: everywhere },
	{ name: 'nameLang', type: 'text', column: 'name_lang', label: null, shown: everywhere },
	{
		name: 'descriptionLang',
		type: 'text',
		column: 'description_lang',
		label: null,
		shown: everywhere
	}
] as const satisfies readonly RecordField[];

/** Types stored as JSON text. */
export const isJsonType = (type: FieldType) => type === 'list' || type === 'contacts';

/** The value of a field as a row of the database holds it. */
export function fromColumn<T extends FieldType>(type: T, raw: unknown): FieldValue[T] {
	if (isJsonType(type)) return JSON.parse((raw as string | null) ?? '[]');
	return ((raw as FieldValue[T] | undefined) ?? null) as FieldValue[T];
}

/** The value of a field as it is bound to an SQL statement. */
export function toColumn(type: FieldType, value: unknown): string | number | null {
	if (isJsonType(type)) return JSON.stringify(value ?? []);
	return (value as string | number | null | undefined) ?? null;
}

/** A Metryka with nothing in it: null values, empty lists. */
/** The Metryka fields of anything that carries them under their names (a parsed page). */
export function metrykaOf(source: Metryka): Metryka {
	return Object.fromEntries(METRYKA_FIELDS.map((f) => [f.name, source[f.name]])) as Metryka;
}

export function emptyMetryka(): Metryka {
	return Object.fromEntries(
		METRYKA_FIELDS.map((f) => [f.name, isJsonType(f.type) ? [] : null] as [string, unknown])
	) as Metryka;
}

/** One line of the panel's Metryka list: a field, or a group shown under one label. */
export interface MetrykaRow {
	fields: readonly MetrykaName[];
	type: FieldType;
	url: boolean;
	label: Bilingual;
}

/** The panel's and the record page's Metryka list, in the table's order. */
export const METRYKA_ROWS: readonly MetrykaRow[] = (METRYKA_FIELDS as readonly RecordField[])
	.filter((f) => f.shown.panel)
	.flatMap((f): MetrykaRow[] => {
		const name = f.name as MetrykaName;
		const group = METRYKA_GROUPS.find((g) => g.fields.includes(name));
		if (group && group.fields[0] !== name) return [];
		const label = group?.label ?? f.label;
		if (!label) return [];
		return [{ fields: group?.fields ?? [name], type: f.type, url: f.url ?? false, label }];
	});

/** Whether a practice has something to show on a row (a number, including 0, counts). */
export function rowFilled(row: MetrykaRow, m: Metryka): boolean {
	return row.fields.some((name) => {
		const v: unknown = m[name];
		return Array.isArray(v) ? v.length > 0 : typeof v === 'number' || Boolean(v);
	});
}

/**
 * How an export column's values are written: `teryt` is a code that must stay text (0264011 is not
 * the number 264011), `date` a full ISO date (src/lib/dates.ts `dated`) that spreadsheets read as a
 * date, `number` a number, `text` and `url` text.
 */
export type ExportColumnType = 'text' | 'teryt' | 'number' | 'date' | 'url';

/**
 * One column of a list export (CSV, XLSX): its header, the property of the export row it shows
 * (src/lib/server/api/export-rows.ts), how its values are written and its width in characters.
 */
export interface CsvColumn<T> {
	csv: string;
	api: keyof T & string;
	type?: ExportColumnType;
	width?: number;
}

/** The columns of the practice exports (GET /api/v1/practices?format=csv|xlsx), in order. */
export const PRACTICE_CSV = [
	{ csv: 'id', api: 'id', type: 'number', width: 6 },
	{ csv: 'tytul', api: 'title', type: 'text', width: 60 },
	{ csv: 'dzial', api: 'sectionName', type: 'text', width: 28 },
	{ csv: 'gmina', api: 'unitName', type: 'text', width: 22 },
	{ csv: 'teryt', api: 'unitCode', type: 'teryt', width: 9 },
	{ csv: 'miejscowosc', api: 'locality', type: 'text', width: 20 },
	{ csv: 'rok', api: 'year', type: 'number', width: 6 },
	{ csv: 'adres', api: 'url', type: 'url', width: 50 }
] as const;

/**
 * The columns of the partnership exports: dates with their precision (a year, a month or the day),
 * and the member local governments as TERYT codes and names, in the same order, "; " between.
 */
export const PARTNERSHIP_CSV = [
	{ csv: 'id', api: 'id', type: 'number', width: 6 },
	{ csv: 'nazwa', api: 'name', type: 'text', width: 60 },
	{ csv: 'rodzaj', api: 'kindName', type: 'text', width: 24 },
	{ csv: 'poczatek', api: 'startDate', type: 'date', width: 12 },
	{ csv: 'poczatek_dokladnosc', api: 'startDatePrecision', type: 'text', width: 10 },
	{ csv: 'koniec', api: 'endDate', type: 'date', width: 12 },
	{ csv: 'koniec_dokladnosc', api: 'endDatePrecision', type: 'text', width: 10 },
	{ csv: 'czlonkowie_jst', api: 'memberCount', type: 'number', width: 8 },
	{ csv: 'czlonkowie_teryt', api: 'memberTeryt', type: 'teryt', width: 40 },
	{ csv: 'czlonkowie_nazwy', api: 'memberNames', type: 'text', width: 60 },
	{ csv: 'inni_czlonkowie', api: 'otherMemberCount', type: 'number', width: 8 },
	{ csv: 'powierzchnia_km2', api: 'areaKm2', type: 'number', width: 12 },
	{ csv: 'ludnosc', api: 'population', type: 'number', width: 10 },
	{ csv: 'adres', api: 'url', type: 'url', width: 50 }
] as const;
