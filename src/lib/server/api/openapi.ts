/**
 * The OpenAPI 3.0 document of /api/v1, /ogc, the tiles and oEmbed (GET /api/v1/openapi.json),
 * made from the one endpoint table of src/lib/docs/api.ts, which the human page /api shows too.
 * GDAL's OGC API driver reads it (the landing page's `service-desc`) for the items' limit.
 */
import { ENDPOINTS, type Endpoint } from '../../docs/api';
import { OWN_TEXT_LICENCE, RIGHTS } from '../../docs/datasets';

const ERROR = {
	description: 'Błąd / error: { error: { status, message } } (OGC API: also code, description)',
	content: {
		'application/json': {
			schema: {
				type: 'object',
				properties: {
					error: {
						type: 'object',
						properties: { status: { type: 'integer' }, message: { type: 'string' } }
					}
				}
			}
		}
	}
};

function operation(e: Endpoint) {
	const id = e.path
		.replace(/[{}]/g, '')
		.split(/[/.]/)
		.filter(Boolean)
		.map((s, i) => (i ? s[0].toUpperCase() + s.slice(1) : s))
		.join('');
	return {
		operationId: id,
		summary: `${e.summary.pl} / ${e.summary.en}`,
		...(e.description ? { description: `${e.description.pl}\n\n${e.description.en}` } : {}),
		tags: [e.group],
		parameters: e.params.map((p) => ({
			name: p.name,
			in: p.in,
			required: p.required ?? false,
			description: `${p.description.pl} / ${p.description.en}`,
			...(p.schema.style ? { style: p.schema.style, explode: p.schema.explode } : {}),
			schema: Object.fromEntries(
				Object.entries(p.schema).filter(([k]) => k !== 'style' && k !== 'explode')
			)
		})),
		responses: {
			'200': {
				description: 'OK',
				content: Object.fromEntries(e.produces.map((type) => [type, {}]))
			},
			'400': ERROR,
			'404': ERROR
		}
	};
}

export function openApiDocument(origin: string) {
	return {
		openapi: '3.0.3',
		info: {
			title: 'Mapa Partnerstw API',
			version: '1.0.0',
			description:
				'Partnerstwa i dobre praktyki polskich samorządów: JSON, GeoJSON, CSV, XLSX, OGC API – Features, kafle wektorowe. / Partnerships and good practices of Polish local governments: JSON, GeoJSON, CSV, XLSX, OGC API – Features, vector tiles.\n\n' +
				`${RIGHTS.pl}\n\n${RIGHTS.en}`,
			license: { name: OWN_TEXT_LICENCE.name, url: OWN_TEXT_LICENCE.url }
		},
		servers: [{ url: origin }],
		externalDocs: { description: 'API (HTML)', url: `${origin}/api` },
		tags: [
			{ name: 'api', description: 'JSON API /api/v1' },
			{ name: 'ogc', description: 'OGC API – Features /ogc' },
			{ name: 'tiles', description: 'Vector tiles / kafle wektorowe' },
			{ name: 'embed', description: 'oEmbed' }
		],
		paths: Object.fromEntries(ENDPOINTS.map((e) => [e.path, { get: operation(e) }]))
	};
}
