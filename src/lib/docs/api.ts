/**
 * Every public endpoint of the site, in one table: the OpenAPI 3.0 document
 * (/api/v1/openapi.json, src/lib/server/api/openapi.ts) and the human page /api are both made from
 * it, so they never disagree. Parameters of the lists come from the filter table
 * (src/lib/domain/filters.ts), the OGC API's collections from src/lib/server/ogc/collections.ts.
 */
import { FILTERS, type FilterKey } from '../domain/filters';
import { SECTIONS } from '../domain/sections';
import { PARTNERSHIP_KINDS } from '../domain/kinds';
import { FORMATS } from '../server/api/formats';

export interface Words {
	pl: string;
	en: string;
}

export interface Param {
	name: string;
	in: 'query' | 'path';
	required?: boolean;
	schema: Record<string, unknown>;
	description: Words;
}

export interface Endpoint {
	path: string;
	/** The group it is shown under on /api. */
	group: 'api' | 'ogc' | 'tiles' | 'embed';
	summary: Words;
	description?: Words;
	params: Param[];
	/** Media types of the 200 answer. */
	produces: string[];
	/** Example requests (path and query), shown as links on /api. */
	examples: string[];
}

const FILTER_DESCRIPTION: Record<FilterKey, Words> = {
	woj: { pl: 'Województwo (TERYT, 2 cyfry), np. 12', en: 'Voivodeship (TERYT, 2 digits), e.g. 12' },
	pow: { pl: 'Powiat (TERYT, 4 cyfry), np. 1206', en: 'Powiat (TERYT, 4 digits), e.g. 1206' },
	gmi: { pl: 'Gmina (TERYT, 7 cyfr), np. 1206113', en: 'Gmina (TERYT, 7 digits), e.g. 1206113' },
	kat: { pl: 'Dział praktyk', en: 'Section of practices' },
	typ: { pl: 'Rodzaj partnerstwa', en: 'Kind of partnership' },
	rok: { pl: 'Rok (1990–2100)', en: 'Year (1990–2100)' },
	q: {
		pl: 'Szukaj w tekście (polskie odmiany, bez znaków diakrytycznych też)',
		en: 'Full-text search (Polish inflections, with or without diacritics)'
	}
};

/** The JSON Schema of each filter's values (shared with the OGC API's queryables). */
export const FILTER_SCHEMA: Record<FilterKey, Record<string, unknown>> = {
	woj: { type: 'string', pattern: '^\\d{2}$' },
	pow: { type: 'string', pattern: '^\\d{4}$' },
	gmi: { type: 'string', pattern: '^\\d{7}$' },
	kat: { type: 'string', enum: SECTIONS.map((s) => s.slug) },
	typ: { type: 'string', enum: [...PARTNERSHIP_KINDS] },
	rok: { type: 'integer', minimum: 1990, maximum: 2100 },
	q: { type: 'string', maxLength: 200 }
};

const filterParam = (key: FilterKey): Param => ({
	name: key,
	in: 'query',
	schema: FILTER_SCHEMA[key],
	description: FILTER_DESCRIPTION[key]
});

const q = (
	name: string,
	schema: Record<string, unknown>,
	pl: string,
	en: string,
	required = false
): Param => ({ name, in: 'query', schema, description: { pl, en }, required });
const p = (name: string, schema: Record<string, unknown>, pl: string, en: string): Param => ({
	name,
	in: 'path',
	required: true,
	schema,
	description: { pl, en }
});

const listParams = (keys: FilterKey[]): Param[] => [
	...keys.map(filterParam),
	q(
		'format',
		{ type: 'string', enum: [...FORMATS], default: 'json' },
		'json (strony po 100), geojson, csv, xlsx (wszystkie wyniki)',
		'json (pages of 100), geojson, csv, xlsx (every match)'
	),
	q(
		'limit',
		{ type: 'integer', minimum: 1, maximum: 1000, default: 100 },
		'Ile wyników na stronie (json)',
		'How many results a page (json)'
	),
	q(
		'offset',
		{ type: 'integer', minimum: 0, default: 0 },
		'Od którego wyniku (json)',
		'Skip this many results (json)'
	)
];

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const JSON_ = 'application/json';
const GEOJSON = 'application/geo+json';
const HTML = 'text/html';
const fParam = q(
	'f',
	{ type: 'string', enum: ['json', 'html'] },
	'Format odpowiedzi (domyślnie wg nagłówka Accept)',
	'Answer format (by the Accept header by default)'
);
const collectionParam = p(
	'collectionId',
	{ type: 'string', enum: ['praktyki', 'partnerstwa', 'gminy', 'powiaty', 'wojewodztwa'] },
	'Kolekcja',
	'Collection'
);

export const ENDPOINTS: Endpoint[] = [
	{
		path: '/api/v1/practices',
		group: 'api',
		summary: { pl: 'Lista dobrych praktyk', en: 'List of good practices' },
		description: {
			pl: 'Filtry jak na mapie. `format=geojson|csv|xlsx` daje wszystkie wyniki; `format=points` daje [id, lon, lat] dla znaczników.',
			en: 'Filters as on the map. `format=geojson|csv|xlsx` gives every match; `format=points` gives [id, lon, lat] for markers.'
		},
		params: listParams(['woj', 'pow', 'gmi', 'kat', 'rok', 'q']),
		produces: [JSON_, GEOJSON, CSV, XLSX],
		examples: ['/api/v1/practices?woj=12', '/api/v1/practices?q=transport&format=csv']
	},
	{
		path: '/api/v1/practices/{id}',
		group: 'api',
		summary: { pl: 'Jedna praktyka z Metryką', en: 'One practice with its Metryka' },
		params: [p('id', { type: 'integer', minimum: 1 }, 'Identyfikator', 'Identifier')],
		produces: [JSON_],
		examples: ['/api/v1/practices/1']
	},
	{
		path: '/api/v1/partnerships',
		group: 'api',
		summary: { pl: 'Lista partnerstw', en: 'List of partnerships' },
		description: {
			pl: 'Daty jako pełna data ISO i jej dokładność (`startDatePrecision`: year, month, day). Eksporty podają członków (TERYT i nazwy).',
			en: 'Dates as a full ISO date and its precision (`startDatePrecision`: year, month, day). Exports list the members (TERYT and names).'
		},
		params: listParams(['woj', 'pow', 'gmi', 'typ', 'rok', 'q']),
		produces: [JSON_, GEOJSON, CSV, XLSX],
		examples: [
			'/api/v1/partnerships?woj=12&typ=functional_area',
			'/api/v1/partnerships?pow=1206&format=xlsx',
			'/api/v1/partnerships?gmi=1206113&format=geojson'
		]
	},
	{
		path: '/api/v1/partnerships/{id}',
		group: 'api',
		summary: {
			pl: 'Jedno partnerstwo: obszar (GeoJSON Feature) i członkowie',
			en: 'One partnership: its area (GeoJSON Feature) and members'
		},
		params: [
			p('id', { type: 'integer', minimum: 1 }, 'Identyfikator', 'Identifier'),
			q('geometry', { type: 'string', enum: ['0', '1'] }, '0: bez obszaru', '0: without the area')
		],
		produces: [JSON_],
		examples: ['/api/v1/partnerships/1', '/api/v1/partnerships/1?geometry=0']
	},
	{
		path: '/api/v1/units',
		group: 'api',
		summary: { pl: 'Jednostki jednego poziomu', en: 'Units of one level' },
		params: [
			q(
				'level',
				{ type: 'string', enum: ['woj', 'pow', 'gmi'], default: 'woj' },
				'Poziom',
				'Level'
			),
			q(
				'parent',
				{ type: 'string', pattern: '^\\d{2}(\\d{2})?$' },
				'Jednostka nadrzędna (TERYT)',
				'Parent unit (TERYT)'
			)
		],
		produces: [JSON_],
		examples: ['/api/v1/units', '/api/v1/units?level=gmi&parent=1206']
	},
	{
		path: '/api/v1/units/{teryt}',
		group: 'api',
		summary: {
			pl: 'Jedna jednostka: typ, nadrzędne, powierzchnia, ludność',
			en: 'One unit: type, parents, area, population'
		},
		params: [
			p('teryt', { type: 'string', pattern: '^\\d{2}(\\d{2}(\\d{3})?)?$' }, 'TERYT', 'TERYT'),
			q('geometry', { type: 'string', enum: ['0', '1'] }, '1: z granicą', '1: with the boundary')
		],
		produces: [JSON_],
		examples: ['/api/v1/units/1206113', '/api/v1/units/12?geometry=1']
	},
	{
		path: '/api/v1/suggest',
		group: 'api',
		summary: { pl: 'Podpowiedzi wyszukiwarki', en: 'Search suggestions' },
		params: [
			q('q', { type: 'string', maxLength: 100 }, 'Wpisany tekst', 'Typed text', true),
			q('lang', { type: 'string', enum: ['pl', 'en'] }, 'Język', 'Language')
		],
		produces: [JSON_],
		examples: ['/api/v1/suggest?q=skaw']
	},
	{
		path: '/api/v1/openapi.json',
		group: 'api',
		summary: { pl: 'Ten opis jako OpenAPI 3.0', en: 'This description as OpenAPI 3.0' },
		params: [],
		produces: ['application/vnd.oai.openapi+json;version=3.0'],
		examples: ['/api/v1/openapi.json']
	},
	{
		path: '/ogc',
		group: 'ogc',
		summary: { pl: 'OGC API – Features: strona startowa', en: 'OGC API – Features: landing page' },
		description: {
			pl: 'Dla QGIS i GDAL: Warstwa → Dodaj warstwę → WFS / OGC API – Features, adres …/ogc.',
			en: 'For QGIS and GDAL: Layer → Add Layer → WFS / OGC API – Features, address …/ogc.'
		},
		params: [fParam],
		produces: [JSON_, HTML],
		examples: ['/ogc', '/ogc?f=html']
	},
	{
		path: '/ogc/conformance',
		group: 'ogc',
		summary: { pl: 'Klasy zgodności', en: 'Conformance classes' },
		params: [fParam],
		produces: [JSON_, HTML],
		examples: ['/ogc/conformance']
	},
	{
		path: '/ogc/collections',
		group: 'ogc',
		summary: { pl: 'Kolekcje', en: 'Collections' },
		params: [fParam],
		produces: [JSON_, HTML],
		examples: ['/ogc/collections']
	},
	{
		path: '/ogc/collections/{collectionId}',
		group: 'ogc',
		summary: { pl: 'Jedna kolekcja z zasięgiem', en: 'One collection with its extent' },
		params: [collectionParam, fParam],
		produces: [JSON_, HTML],
		examples: ['/ogc/collections/partnerstwa']
	},
	{
		path: '/ogc/collections/{collectionId}/queryables',
		group: 'ogc',
		summary: { pl: 'Filtry kolekcji (JSON Schema)', en: 'The collection’s filters (JSON Schema)' },
		params: [collectionParam, fParam],
		produces: ['application/schema+json', HTML],
		examples: ['/ogc/collections/partnerstwa/queryables']
	},
	{
		path: '/ogc/collections/{collectionId}/items',
		group: 'ogc',
		summary: { pl: 'Obiekty kolekcji (GeoJSON)', en: 'The collection’s items (GeoJSON)' },
		description: {
			pl: 'Filtry kolekcji (queryables) jako parametry: praktyki woj, pow, gmi, kat, rok, q; partnerstwa woj, pow, gmi, typ, rok, q; gminy woj, pow; powiaty woj. Nieznany parametr daje 400.',
			en: 'The collection’s queryables as parameters: praktyki woj, pow, gmi, kat, rok, q; partnerstwa woj, pow, gmi, typ, rok, q; gminy woj, pow; powiaty woj. An unknown parameter is 400.'
		},
		params: [
			collectionParam,
			q(
				'bbox',
				{
					type: 'array',
					minItems: 4,
					maxItems: 6,
					items: { type: 'number' },
					style: 'form',
					explode: false
				},
				'Zachód,południe,wschód,północ (CRS84)',
				'West,south,east,north (CRS84)'
			),
			q(
				'limit',
				{ type: 'integer', minimum: 1, maximum: 10000, default: 100 },
				'Ile obiektów na stronie (więcej niż 10 000 znaczy 10 000)',
				'How many items a page (more than 10 000 means 10 000)'
			),
			q('offset', { type: 'integer', minimum: 0, default: 0 }, 'Od którego', 'Skip this many'),
			...(['woj', 'pow', 'gmi', 'kat', 'typ', 'rok', 'q'] as FilterKey[]).map(filterParam),
			fParam
		],
		produces: [GEOJSON, HTML],
		examples: [
			'/ogc/collections/partnerstwa/items?typ=leader_group',
			'/ogc/collections/gminy/items?pow=1206',
			'/ogc/collections/praktyki/items?bbox=19.5,49.8,20.3,50.3'
		]
	},
	{
		path: '/ogc/collections/{collectionId}/items/{featureId}',
		group: 'ogc',
		summary: { pl: 'Jeden obiekt', en: 'One item' },
		params: [
			collectionParam,
			p('featureId', { type: 'string' }, 'id rekordu albo TERYT', 'record id or TERYT'),
			fParam
		],
		produces: [GEOJSON, HTML],
		examples: ['/ogc/collections/gminy/items/1206113']
	},
	{
		path: '/tiles/{set}.json',
		group: 'tiles',
		summary: { pl: 'TileJSON 3.0 zestawu kafli', en: 'TileJSON 3.0 of a tile set' },
		params: [
			p('set', { type: 'string', enum: ['boundaries', 'partnerships'] }, 'Zestaw', 'Tile set')
		],
		produces: [JSON_],
		examples: ['/tiles/boundaries.json', '/tiles/partnerships.json']
	},
	{
		path: '/tiles/{set}/{version}/{z}/{x}/{y}.pbf',
		group: 'tiles',
		summary: { pl: 'Kafel wektorowy (MVT)', en: 'Vector tile (MVT)' },
		description: {
			pl: 'Adres z aktualną wersją podaje TileJSON. Powyżej zoomu 12 kafel jest pusty (204); nieznana wersja daje 404.',
			en: 'TileJSON names the address with the current version. Above zoom 12 a tile is empty (204); an unknown version is 404.'
		},
		params: [
			p('set', { type: 'string', enum: ['boundaries', 'partnerships'] }, 'Zestaw', 'Tile set'),
			p('version', { type: 'string' }, 'Wersja danych', 'Data version'),
			p('z', { type: 'integer', minimum: 0, maximum: 24 }, 'Zoom', 'Zoom'),
			p('x', { type: 'integer', minimum: 0 }, 'Kolumna', 'Column'),
			p('y', { type: 'integer', minimum: 0 }, 'Wiersz', 'Row')
		],
		produces: ['application/vnd.mapbox-vector-tile'],
		examples: []
	},
	{
		path: '/oembed',
		group: 'embed',
		summary: { pl: 'oEmbed 1.0 (typ rich)', en: 'oEmbed 1.0 (type rich)' },
		params: [
			q(
				'url',
				{ type: 'string', format: 'uri' },
				'Adres strony mapy lub rekordu',
				'Address of a map or record page',
				true
			),
			q('maxwidth', { type: 'integer', minimum: 1 }, 'Największa szerokość', 'Largest width'),
			q('maxheight', { type: 'integer', minimum: 1 }, 'Największa wysokość', 'Largest height'),
			q('format', { type: 'string', enum: ['json'] }, 'Tylko json', 'json only')
		],
		produces: [JSON_],
		examples: ['/oembed?url=/partnerstwa/1']
	}
];

/** The filter table's labels, for the page's words about a filter. */
export const filterLabel = (key: FilterKey): Words => FILTERS[key].label ?? FILTER_DESCRIPTION.q;
