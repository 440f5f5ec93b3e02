/**
 * Answers of the OGC API: JSON (GeoJSON for items) for clients such as GDAL and QGIS, and the same
 * pages as plain HTML for people (every value escaped; a stylesheet of our own, no scripts). Errors
 * are JSON with the standard's `code` and `description` beside the API's own error shape.
 */
import { json } from '@sveltejs/kit';
import { publicFor } from '../http/caching';
import { escapeHtml } from '../rich-text';
import { OgcError, type Format, type Lang } from './query';

export interface Link {
	href: string;
	rel: string;
	type: string;
	title?: string;
}

export const JSON_TYPE = 'application/json';
export const GEOJSON_TYPE = 'application/geo+json';
export const HTML_TYPE = 'text/html';
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';

/** The page's own links in both formats: self in the asked one, alternate in the other. */
export function selfLinks(href: string, format: Format, jsonType = JSON_TYPE): Link[] {
	const u = new URL(href);
	const as = (f: Format) => {
		const v = new URL(u);
		v.searchParams.set('f', f);
		return v.href;
	};
	return [
		{ href: as(format), rel: 'self', type: format === 'html' ? HTML_TYPE : jsonType },
		format === 'html'
			? { href: as('json'), rel: 'alternate', type: jsonType, title: 'JSON' }
			: { href: as('html'), rel: 'alternate', type: HTML_TYPE, title: 'HTML' }
	];
}

export function ogcJson(body: unknown, type = JSON_TYPE): Response {
	return new Response(JSON.stringify(body), {
		headers: { 'content-type': `${type}; charset=utf-8`, 'cache-control': publicFor() }
	});
}

export function ogcError(e: unknown): Response {
	if (!(e instanceof OgcError)) throw e;
	return json(
		{
			code: e.code,
			description: `${e.pl} / ${e.en}`,
			error: { status: e.status, message: `${e.pl} / ${e.en}` }
		},
		{ status: e.status }
	);
}

export const notFound = (pl: string, en: string) => new OgcError(404, 'NotFound', pl, en);

/** One HTML page of the OGC API: a title, a breadcrumb of links and the body (already escaped). */
export function ogcHtml(
	lang: Lang,
	title: string,
	crumbs: { href: string; label: string }[],
	body: string,
	links: Link[]
): Response {
	const e = escapeHtml;
	const nav = crumbs
		.map((c, i) =>
			i === crumbs.length - 1
				? `<li aria-current="page">${e(c.label)}</li>`
				: `<li><a href="${e(c.href)}">${e(c.label)}</a></li>`
		)
		.join('');
	const alt = links
		.filter((l) => l.rel === 'alternate')
		.map((l) => `<a href="${e(l.href)}" type="${e(l.type)}">${e(l.title ?? l.type)}</a>`)
		.join(' · ');
	const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} – OGC API – Mapa Partnerstw</title>
<link rel="stylesheet" href="/ogc.css">
${links.map((l) => `<link rel="${e(l.rel)}" type="${e(l.type)}" href="${e(l.href)}">`).join('\n')}
</head>
<body>
<a class="skip" href="#main">${lang === 'pl' ? 'Przejdź do treści' : 'Skip to content'}</a>
<header><a href="/">Mapa Partnerstw</a> · OGC API – Features</header>
<nav aria-label="${lang === 'pl' ? 'Ścieżka' : 'Breadcrumb'}"><ol>${nav}</ol></nav>
<main id="main">
<h1>${e(title)}</h1>
${body}
<p class="alt">${lang === 'pl' ? 'Ta strona w formacie' : 'This page as'}: ${alt}</p>
</main>
</body>
</html>`;
	return new Response(html, {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'cache-control': publicFor(),
			'content-security-policy':
				"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
		}
	});
}

/** A definition list of `rows` (label, value already escaped). */
export function facts(rows: [string, string][]): string {
	return `<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}
