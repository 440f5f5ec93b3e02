/**
 * The pages of the OGC API – Features at /ogc: landing page, conformance, collections, one
 * collection, its queryables, its items and one item, each as JSON and as HTML. The routes in
 * src/routes/(machine)/ogc call these with the request's URL and Accept header.
 */
import { getDb } from '../db';
import { publicOrigin } from '../origin';
import { escapeHtml as e } from '../rich-text';
import { formatNumber } from '../../format';
import { RIGHTS } from '../../docs/datasets';
import { COLLECTIONS, collectionById, type Collection } from './collections';
import {
	COMMON_PARAMS,
	CRS84,
	formatOf,
	itemsQuery,
	langOf,
	refuseUnknown,
	type Format,
	type Lang
} from './query';
import {
	facts,
	GEOJSON_TYPE,
	HTML_TYPE,
	JSON_TYPE,
	notFound,
	ogcError,
	ogcHtml,
	ogcJson,
	OPENAPI_TYPE,
	selfLinks,
	type Link
} from './respond';

export const CONFORMANCE = [
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
	'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
	'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters'
];

/** The licence link of every page: the terms of the data on /dane (src/lib/docs/datasets.ts). */
const licence = (ctx: Ctx): Link => ({
	href: `${ctx.origin}/dane#licencja`,
	rel: 'license',
	type: HTML_TYPE,
	title: RIGHTS[ctx.lang]
});

interface Ctx {
	url: URL;
	origin: string;
	format: Format;
	lang: Lang;
	base: string;
}

type Page = (ctx: Ctx) => Response;

/** Runs `page` for the request: its format and language, and its errors as JSON. */
function answer(url: URL, accept: string | null, allowed: readonly string[] | null, page: Page) {
	try {
		if (allowed) refuseUnknown(url, allowed);
		const origin = publicOrigin(url);
		return page({
			url: new URL(url.pathname + url.search, origin),
			origin,
			format: formatOf(url, accept),
			lang: langOf(url),
			base: `${origin}/ogc`
		});
	} catch (err) {
		return ogcError(err);
	}
}

const t = (lang: Lang, pl: string, en: string) => (lang === 'pl' ? pl : en);
const langQuery = (ctx: Ctx) => (ctx.lang === 'en' ? '?lang=en' : '');
const htmlHref = (ctx: Ctx, path: string) => `${ctx.base}${path}${langQuery(ctx)}`;

export function landing(url: URL, accept: string | null): Response {
	return answer(url, accept, COMMON_PARAMS, (ctx) => {
		const title = t(
			ctx.lang,
			'Mapa Partnerstw: dane przestrzenne',
			'Mapa Partnerstw: spatial data'
		);
		const description = t(
			ctx.lang,
			'Partnerstwa i dobre praktyki polskich samorządów oraz granice gmin, powiatów i województw jako OGC API – Features (GeoJSON, CRS84). W QGIS: Warstwa → Dodaj warstwę → WFS / OGC API – Features, adres tej strony.',
			'Partnerships and good practices of Polish local governments, and the boundaries of gminy, powiaty and voivodeships, as OGC API – Features (GeoJSON, CRS84). In QGIS: Layer → Add Layer → WFS / OGC API – Features, with this page’s address.'
		);
		const links: Link[] = [
			...selfLinks(ctx.url.href, ctx.format),
			{
				href: `${ctx.origin}/api/v1/openapi.json`,
				rel: 'service-desc',
				type: OPENAPI_TYPE,
				title: 'OpenAPI 3.0'
			},
			{ href: `${ctx.origin}/api`, rel: 'service-doc', type: HTML_TYPE, title: 'API' },
			{
				href: `${ctx.base}/conformance`,
				rel: 'conformance',
				type: JSON_TYPE,
				title: t(ctx.lang, 'Zgodność', 'Conformance')
			},
			{
				href: `${ctx.base}/collections`,
				rel: 'data',
				type: JSON_TYPE,
				title: t(ctx.lang, 'Kolekcje', 'Collections')
			},
			licence(ctx)
		];
		if (ctx.format === 'json') return ogcJson({ title, description, links });
		const body = `<p>${e(description)}</p>
<ul>
<li><a href="${e(htmlHref(ctx, '/collections'))}">${t(ctx.lang, 'Kolekcje', 'Collections')}</a></li>
<li><a href="${e(htmlHref(ctx, '/conformance'))}">${t(ctx.lang, 'Zgodność ze standardem', 'Conformance')}</a></li>
<li><a href="${e(`${ctx.origin}/api`)}">${t(ctx.lang, 'Dokumentacja API', 'API documentation')}</a> (<a href="${e(`${ctx.origin}/api/v1/openapi.json`)}">OpenAPI 3.0</a>)</li>
<li><a href="${e(`${ctx.origin}/dane`)}">${t(ctx.lang, 'Pełne zbiory danych i licencja', 'Complete datasets and licence')}</a></li>
</ul>`;
		return ogcHtml(ctx.lang, title, [{ href: '', label: 'OGC API' }], body, links);
	});
}

export function conformance(url: URL, accept: string | null): Response {
	return answer(url, accept, COMMON_PARAMS, (ctx) => {
		const links = selfLinks(ctx.url.href, ctx.format);
		if (ctx.format === 'json') return ogcJson({ conformsTo: CONFORMANCE, links });
		const title = t(ctx.lang, 'Zgodność ze standardem', 'Conformance');
		const body = `<ul>${CONFORMANCE.map((c) => `<li><code>${e(c)}</code></li>`).join('')}</ul>`;
		return ogcHtml(
			ctx.lang,
			title,
			[
				{ href: htmlHref(ctx, ''), label: 'OGC API' },
				{ href: '', label: title }
			],
			body,
			links
		);
	});
}

function collectionJson(c: Collection, ctx: Ctx) {
	const db = getDb();
	const extent = c.extent(db);
	const self = `${ctx.base}/collections/${c.id}`;
	return {
		id: c.id,
		title: c.title[ctx.lang],
		description: c.description[ctx.lang],
		itemType: 'feature',
		crs: [CRS84],
		storageCrs: CRS84,
		extent: { spatial: { bbox: extent ? [extent] : [], crs: CRS84 } },
		links: [
			{ href: self, rel: 'self', type: JSON_TYPE, title: c.title[ctx.lang] },
			{ href: `${self}?f=html`, rel: 'alternate', type: HTML_TYPE, title: 'HTML' },
			{ href: `${self}/items`, rel: 'items', type: GEOJSON_TYPE, title: 'GeoJSON' },
			{ href: `${self}/items?f=html`, rel: 'items', type: HTML_TYPE, title: 'HTML' },
			{
				href: `${self}/queryables`,
				rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables',
				type: 'application/schema+json',
				title: 'Queryables'
			},
			licence(ctx)
		]
	};
}

function collectionOf(id: string): Collection {
	const c = collectionById(id);
	if (!c)
		throw notFound(
			`Nie ma kolekcji „${id.slice(0, 30)}”; są: ${COLLECTIONS.map((x) => x.id).join(', ')}`,
			`No collection "${id.slice(0, 30)}"; there are: ${COLLECTIONS.map((x) => x.id).join(', ')}`
		);
	return c;
}

const crumbsTo = (ctx: Ctx, c?: Collection) => [
	{ href: htmlHref(ctx, ''), label: 'OGC API' },
	{ href: htmlHref(ctx, '/collections'), label: t(ctx.lang, 'Kolekcje', 'Collections') },
	...(c ? [{ href: htmlHref(ctx, `/collections/${c.id}`), label: c.title[ctx.lang] }] : [])
];

export function collections(url: URL, accept: string | null): Response {
	return answer(url, accept, COMMON_PARAMS, (ctx) => {
		const links = selfLinks(ctx.url.href, ctx.format);
		const list = COLLECTIONS.map((c) => collectionJson(c, ctx));
		if (ctx.format === 'json') return ogcJson({ links, collections: list });
		const title = t(ctx.lang, 'Kolekcje', 'Collections');
		const body = `<ul class="collections">${COLLECTIONS.map(
			(c) =>
				`<li><a href="${e(htmlHref(ctx, `/collections/${c.id}`))}">${e(c.title[ctx.lang])}</a> (<code>${c.id}</code>): ${e(c.description[ctx.lang])}</li>`
		).join('')}</ul>`;
		return ogcHtml(
			ctx.lang,
			title,
			crumbsTo(ctx).slice(0, 1).concat({ href: '', label: title }),
			body,
			links
		);
	});
}

export function collection(url: URL, accept: string | null, id: string): Response {
	return answer(url, accept, COMMON_PARAMS, (ctx) => {
		const c = collectionOf(id);
		const json = collectionJson(c, ctx);
		if (ctx.format === 'json') return ogcJson(json);
		const bbox = json.extent.spatial.bbox[0];
		const body = `<p>${e(c.description[ctx.lang])}</p>
${facts([
	[t(ctx.lang, 'Identyfikator', 'Identifier'), `<code>${c.id}</code>`],
	[t(ctx.lang, 'Geometria', 'Geometry'), c.geometryType],
	['CRS', `<code>${CRS84}</code>`],
	[t(ctx.lang, 'Zasięg', 'Extent'), bbox ? e(bbox.map((v) => v.toFixed(4)).join(', ')) : '–'],
	[
		t(ctx.lang, 'Filtry (queryables)', 'Filters (queryables)'),
		c.queryables.map((q) => `<code>${q.key}</code> (${e(q.title[ctx.lang])})`).join(', ') || '–'
	]
])}
<p><a href="${e(htmlHref(ctx, `/collections/${c.id}/items`))}">${t(ctx.lang, 'Obiekty', 'Items')}</a> · <a href="${e(`${ctx.base}/collections/${c.id}/items`)}">GeoJSON</a> · <a href="${e(`${ctx.base}/collections/${c.id}/queryables`)}">Queryables</a></p>`;
		const crumbs = crumbsTo(ctx, c);
		crumbs[crumbs.length - 1].href = '';
		return ogcHtml(ctx.lang, c.title[ctx.lang], crumbs, body, selfLinks(ctx.url.href, 'html'));
	});
}

export function queryables(url: URL, accept: string | null, id: string): Response {
	return answer(url, accept, COMMON_PARAMS, (ctx) => {
		const c = collectionOf(id);
		const schema = {
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			$id: `${ctx.base}/collections/${c.id}/queryables`,
			type: 'object',
			title: c.title[ctx.lang],
			properties: Object.fromEntries(
				c.queryables.map((q) => [q.key, { title: q.title[ctx.lang], ...q.schema }])
			),
			additionalProperties: false
		};
		if (ctx.format === 'json') return ogcJson(schema, 'application/schema+json');
		const title = `${c.title[ctx.lang]}: queryables`;
		const body = `<table><thead><tr><th scope="col">${t(ctx.lang, 'Parametr', 'Parameter')}</th><th scope="col">${t(ctx.lang, 'Znaczenie', 'Meaning')}</th><th scope="col">${t(ctx.lang, 'Wartości', 'Values')}</th></tr></thead><tbody>${c.queryables
			.map(
				(q) =>
					`<tr><th scope="row"><code>${q.key}</code></th><td>${e(q.title[ctx.lang])}</td><td><code>${e(JSON.stringify(q.schema))}</code></td></tr>`
			)
			.join('')}</tbody></table>`;
		return ogcHtml(
			ctx.lang,
			title,
			[...crumbsTo(ctx, c), { href: '', label: 'Queryables' }],
			body,
			selfLinks(ctx.url.href, 'html', 'application/schema+json')
		);
	});
}

/** `url` with `offset` set (the paging links keep every other parameter). */
function pageHref(url: URL, offset: number, format: Format): string {
	const u = new URL(url);
	u.searchParams.set('offset', String(offset));
	if (format === 'html') u.searchParams.set('f', 'html');
	return u.href;
}

export function items(url: URL, accept: string | null, id: string): Response {
	return answer(url, accept, null, (ctx) => {
		const c = collectionOf(id);
		const q = itemsQuery(url, c);
		const { matched, features } = c.items(q, ctx.origin, getDb());
		const links: Link[] = [
			...selfLinks(ctx.url.href, ctx.format, GEOJSON_TYPE),
			{ href: `${ctx.base}/collections/${c.id}`, rel: 'collection', type: JSON_TYPE }
		];
		const pageType = ctx.format === 'html' ? HTML_TYPE : GEOJSON_TYPE;
		if (q.offset + features.length < matched)
			links.push({
				href: pageHref(ctx.url, q.offset + q.limit, ctx.format),
				rel: 'next',
				type: pageType
			});
		if (q.offset > 0)
			links.push({
				href: pageHref(ctx.url, Math.max(0, q.offset - q.limit), ctx.format),
				rel: 'prev',
				type: pageType
			});
		if (ctx.format === 'json')
			return ogcJson(
				{
					type: 'FeatureCollection',
					numberMatched: matched,
					numberReturned: features.length,
					timeStamp: new Date().toISOString(),
					links,
					features: features.map((f) => ({ type: 'Feature', ...f }))
				},
				GEOJSON_TYPE
			);
		const shown = (v: unknown) =>
			v === null || v === undefined
				? '–'
				: typeof v === 'number'
					? e(formatNumber(v, ctx.lang, Number.isInteger(v) ? 0 : 2))
					: e(String(v));
		const first = features[0]?.properties as Record<string, unknown> | undefined;
		const columns = first ? Object.keys(first).filter((k) => k !== 'url' && k !== 'summary') : [];
		const rows = features
			.map((f) => {
				const p = f.properties as Record<string, unknown>;
				return `<tr><th scope="row"><a href="${e(htmlHref(ctx, `/collections/${c.id}/items/${f.id}`))}">${e(String(f.id))}</a></th>${columns
					.map((k) => `<td>${shown(p[k])}</td>`)
					.join('')}</tr>`;
			})
			.join('');
		const pager = links
			.filter((l) => l.rel === 'next' || l.rel === 'prev')
			.map(
				(l) =>
					`<a href="${e(l.href)}" rel="${l.rel}">${l.rel === 'next' ? t(ctx.lang, 'Następne', 'Next') : t(ctx.lang, 'Poprzednie', 'Previous')}</a>`
			)
			.join(' · ');
		const body = `<p>${t(ctx.lang, 'Pasujących', 'Matched')}: ${formatNumber(matched, ctx.lang)} · ${t(ctx.lang, 'na tej stronie', 'on this page')}: ${features.length} (${q.offset + (features.length ? 1 : 0)}–${q.offset + features.length})</p>
${pager ? `<p class="pager">${pager}</p>` : ''}
<div class="table"><table><thead><tr><th scope="col">id</th>${columns.map((k) => `<th scope="col">${e(k)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div>`;
		return ogcHtml(
			ctx.lang,
			`${c.title[ctx.lang]}: ${t(ctx.lang, 'obiekty', 'items')}`,
			[...crumbsTo(ctx, c), { href: '', label: t(ctx.lang, 'Obiekty', 'Items') }],
			body,
			links
		);
	});
}

export function item(url: URL, accept: string | null, id: string, fid: string): Response {
	return answer(url, accept, COMMON_PARAMS, (ctx) => {
		const c = collectionOf(id);
		const f = c.item(fid, ctx.origin, getDb());
		if (!f)
			throw notFound(
				`W kolekcji „${c.id}” nie ma obiektu „${fid.slice(0, 30)}”`,
				`No item "${fid.slice(0, 30)}" in collection "${c.id}"`
			);
		const links: Link[] = [
			...selfLinks(ctx.url.href, ctx.format, GEOJSON_TYPE),
			{ href: `${ctx.base}/collections/${c.id}`, rel: 'collection', type: JSON_TYPE }
		];
		if (ctx.format === 'json') return ogcJson({ type: 'Feature', ...f, links }, GEOJSON_TYPE);
		const p = f.properties as Record<string, unknown>;
		const body = facts(
			Object.entries(p).map(([k, v]) => [
				k,
				k === 'url' && typeof v === 'string'
					? `<a href="${e(v)}">${e(v)}</a>`
					: v === null
						? '–'
						: e(String(v))
			])
		);
		const title = String(p.name ?? p.title ?? f.id);
		return ogcHtml(
			ctx.lang,
			title,
			[
				...crumbsTo(ctx, c),
				{
					href: htmlHref(ctx, `/collections/${c.id}/items`),
					label: t(ctx.lang, 'Obiekty', 'Items')
				},
				{ href: '', label: String(f.id) }
			],
			body,
			links
		);
	});
}
