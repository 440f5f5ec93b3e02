/**
 * The site's datasets as a DCAT-AP 2 catalogue in JSON-LD (/dane/dcat.jsonld), made from
 * src/lib/docs/datasets.ts: a dataset per collection with its dumps and the OGC API as
 * distributions, its sources and terms, Poland as its spatial coverage. The national portal
 * (dane.gov.pl) and data.europa.eu harvest DCAT-AP.
 */
import { getDb } from '../db';
import { DATASETS, OWN_TEXT_LICENCE, RIGHTS, type Dataset, type Words } from '../../docs/datasets';

const EU = 'http://publications.europa.eu/resource/authority';
const FORMAT: Record<string, string> = {
	GeoJSON: `${EU}/file-type/GEOJSON`,
	CSV: `${EU}/file-type/CSV`,
	XLSX: `${EU}/file-type/XLSX`
};

const words = (w: Words) => [
	{ '@language': 'pl', '@value': w.pl },
	{ '@language': 'en', '@value': w.en }
];

/** When a dataset's data last changed: its records' latest update, or the boundaries' load. */
function modified(d: Dataset): string | null {
	const c = getDb().$client;
	const row =
		d.id === 'partnerstwa' || d.id === 'praktyki'
			? c
					.prepare(
						`SELECT max(updated_at) AS at FROM ${d.id === 'partnerstwa' ? 'partnerships' : 'practices'} WHERE status = 'published'`
					)
					.get()
			: c.prepare(`SELECT updated_at AS at FROM meta WHERE key = 'boundaries_version'`).get();
	const at = (row as { at: string | null } | undefined)?.at;
	return at ? at.slice(0, 10) : null;
}

export function dcatCatalog(origin: string) {
	const publisher = {
		'@id': `${origin}/#publisher`,
		'@type': 'foaf:Agent',
		'foaf:name': 'Mapa Partnerstw',
		'foaf:homepage': { '@id': `${origin}/` }
	};
	const licence = { '@id': OWN_TEXT_LICENCE.authority };
	return {
		'@context': {
			dcat: 'http://www.w3.org/ns/dcat#',
			dct: 'http://purl.org/dc/terms/',
			foaf: 'http://xmlns.com/foaf/0.1/',
			vcard: 'http://www.w3.org/2006/vcard/ns#',
			xsd: 'http://www.w3.org/2001/XMLSchema#'
		},
		'@id': `${origin}/dane#catalog`,
		'@type': 'dcat:Catalog',
		'dct:title': words({ pl: 'Mapa Partnerstw: dane', en: 'Mapa Partnerstw: data' }),
		'dct:description': words({
			pl: 'Partnerstwa i dobre praktyki polskich samorządów oraz granice jednostek (TERYT).',
			en: 'Partnerships and good practices of Polish local governments, and unit boundaries (TERYT).'
		}),
		'dct:publisher': publisher,
		'foaf:homepage': { '@id': `${origin}/dane` },
		'dct:language': [{ '@id': `${EU}/language/POL` }, { '@id': `${EU}/language/ENG` }],
		'dct:license': licence,
		'dcat:service': {
			'@id': `${origin}/ogc#service`,
			'@type': 'dcat:DataService',
			'dct:title': 'OGC API – Features',
			'dcat:endpointURL': { '@id': `${origin}/ogc` },
			'dcat:endpointDescription': { '@id': `${origin}/api/v1/openapi.json` },
			'dct:conformsTo': { '@id': 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core' }
		},
		'dcat:dataset': DATASETS.map((d) => {
			const at = modified(d);
			return {
				'@id': `${origin}/dane#${d.id}`,
				'@type': 'dcat:Dataset',
				'dct:identifier': `mapa-partnerstw-${d.id}`,
				'dct:title': words(d.title),
				'dct:description': words(d.description),
				'dcat:keyword': d.keywords.map((k) => ({ '@language': 'pl', '@value': k })),
				'dcat:theme': [{ '@id': `${EU}/data-theme/GOVE` }, { '@id': `${EU}/data-theme/REGI` }],
				'dct:spatial': { '@id': `${EU}/country/POL` },
				'dct:publisher': publisher,
				'dcat:contactPoint': {
					'@type': 'vcard:Organization',
					'vcard:fn': 'Mapa Partnerstw',
					'vcard:hasURL': { '@id': `${origin}/zglos-problem` }
				},
				'dcat:landingPage': { '@id': `${origin}/dane#${d.id}` },
				...(at ? { 'dct:modified': { '@value': at, '@type': 'xsd:date' } } : {}),
				'dct:accessRights': { '@id': `${EU}/access-right/PUBLIC` },
				'dct:rights': { '@type': 'dct:RightsStatement', 'dct:description': words(RIGHTS) },
				'dct:source': d.sources.map((s) => ({ '@id': s.url, 'dct:title': s.name })),
				'dcat:distribution': [
					...d.files.map((f) => ({
						'@id': `${origin}/dane/${f.name}`,
						'@type': 'dcat:Distribution',
						'dct:title': `${d.title.pl} (${f.format})`,
						'dcat:accessURL': { '@id': `${origin}/dane` },
						'dcat:downloadURL': { '@id': `${origin}/dane/${f.name}` },
						'dct:format': { '@id': FORMAT[f.format] },
						'dcat:mediaType': {
							'@id': `https://www.iana.org/assignments/media-types/${f.mediaType}`
						},
						'dct:license': licence
					})),
					{
						'@id': `${origin}/ogc/collections/${d.collection}`,
						'@type': 'dcat:Distribution',
						'dct:title': `${d.title.pl} (OGC API – Features)`,
						'dcat:accessURL': { '@id': `${origin}/ogc/collections/${d.collection}` },
						'dcat:accessService': { '@id': `${origin}/ogc#service` },
						'dct:format': { '@id': FORMAT.GeoJSON },
						'dct:license': licence
					}
				]
			};
		})
	};
}
