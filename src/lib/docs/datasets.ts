/**
 * The site's datasets as open data: what each holds, its files (the complete dumps of /dane), its
 * sources and their terms, as data/README.md and data/records/README.md state them. One home for
 * the /dane page, its DCAT-AP catalogue (src/lib/server/api/dcat.ts) and the OGC API's licence
 * link. No licence is claimed beyond what the sources give: our own descriptions are EUPL-1.2,
 * with the project; facts keep their sources' terms.
 */

export interface Words {
	pl: string;
	en: string;
}

export interface DumpFile {
	/** File name under /dane/ (the route /dane/[file] serves it). */
	name: string;
	format: 'GeoJSON' | 'CSV' | 'XLSX';
	mediaType: string;
}

export interface Dataset {
	id: 'praktyki' | 'partnerstwa' | 'gminy' | 'powiaty' | 'wojewodztwa';
	title: Words;
	description: Words;
	keywords: string[];
	files: DumpFile[];
	/** The OGC API collection with the same data. */
	collection: string;
	sources: { name: string; url: string; terms: Words }[];
}

const file = (name: string): DumpFile => {
	const ext = name.split('.').pop();
	if (ext === 'geojson') return { name, format: 'GeoJSON', mediaType: 'application/geo+json' };
	if (ext === 'csv') return { name, format: 'CSV', mediaType: 'text/csv' };
	return {
		name,
		format: 'XLSX',
		mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	};
};

/** Our own text (descriptions, summaries): licensed with the project. */
export const OWN_TEXT_LICENCE = {
	name: 'EUPL-1.2',
	url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
	authority: 'http://publications.europa.eu/resource/authority/licence/EUPL_1_2'
};

export const RIGHTS: Words = {
	pl: 'Opisy i streszczenia napisane dla projektu: EUPL-1.2. Fakty (członkostwa, daty, kody, granice) pochodzą ze źródeł wymienionych przy każdym zbiorze i zachowują ich warunki; przy ponownym użyciu podaj źródło.',
	en: 'Descriptions and summaries written for the project: EUPL-1.2. Facts (memberships, dates, codes, boundaries) come from the sources listed with each dataset and keep their terms; name the source when reusing them.'
};

const TERYT_SOURCE = {
	name: 'GUS, rejestr TERC 2026 (przez GUGiK pobierz_dane_GUGiK)',
	url: 'https://github.com/GlownyUrzadGeodezjiIKartografii/pobierz_dane_GUGiK',
	terms: { pl: 'rejestr urzędowy, do ponownego użycia', en: 'official register, free to reuse' }
};
const PRG_SOURCE = {
	name: 'PRG (GUGiK) przez jusuff/PolandGeoJson (2020)',
	url: 'https://github.com/jusuff/PolandGeoJson',
	terms: {
		pl: 'repozytorium na licencji Unlicense (domena publiczna); dane PRG GUGiK do ponownego użycia',
		en: 'repository under the Unlicense (public domain); GUGiK’s PRG data free to reuse'
	}
};
const POPULATION_SOURCE = {
	name: 'GUS, Bank Danych Lokalnych, LUDN_2137 (31.12.2020)',
	url: 'https://bdl.stat.gov.pl/',
	terms: { pl: 'Źródło: GUS', en: 'Source: Statistics Poland (GUS)' }
};

const units = (id: 'gminy' | 'powiaty' | 'wojewodztwa', title: Words): Dataset => ({
	id,
	title,
	description: {
		pl: `${title.pl} według rejestru TERC 2026 z granicami PRG (uproszczonymi), kodem TERYT, typem, powierzchnią i ludnością (2020).`,
		en: `${title.en} of the TERC 2026 register with (simplified) PRG boundaries, TERYT code, type, area and population (2020).`
	},
	keywords: ['TERYT', 'PRG', 'granice administracyjne', title.pl.toLowerCase()],
	files: [file(`${id}.geojson`)],
	collection: id,
	sources: [PRG_SOURCE, TERYT_SOURCE, POPULATION_SOURCE]
});

export const DATASETS: Dataset[] = [
	{
		id: 'partnerstwa',
		title: { pl: 'Partnerstwa samorządów', en: 'Partnerships of local governments' },
		description: {
			pl: 'Partnerstwa polskich samorządów (obszary funkcjonalne, związki metropolitalne i międzygminne, LGD, ZIT, projekty Interreg, sieci URBACT) z gminami członkowskimi (TERYT), datami i połączonym obszarem.',
			en: 'Partnerships of Polish local governments (functional areas, metropolitan and inter-municipal unions, LEADER groups, ZIT, Interreg projects, URBACT networks) with their member gminy (TERYT), dates and merged area.'
		},
		keywords: ['współpraca międzygminna', 'partnerstwa', 'samorząd', 'ZIT', 'LGD', 'Interreg'],
		files: ['partnerstwa.geojson', 'partnerstwa.csv', 'partnerstwa.xlsx'].map(file),
		collection: 'partnerstwa',
		sources: [
			{
				name: 'keep.eu (Interact), eksport 2019-11-23',
				url: 'https://keep.eu/',
				terms: {
					pl: 'dane programów; eksport bez własnej licencji, użyte tylko fakty ze wskazaniem źródła',
					en: 'programme data; the export carries no licence, only facts are reused with the source named'
				}
			},
			{
				name: 'urbact.eu (strony sieci, 2018)',
				url: 'https://urbact.eu/',
				terms: { pl: 'fakty ze wskazaniem źródła', en: 'facts with the source named' }
			},
			{
				name: 'Strony partnerstw i gmin (adres przy każdym partnerstwie)',
				url: 'https://archiwum.dobrepraktyki.pl/',
				terms: { pl: 'fakty ze wskazaniem źródła', en: 'facts with the source named' }
			},
			TERYT_SOURCE
		]
	},
	{
		id: 'praktyki',
		title: { pl: 'Dobre praktyki samorządów', en: 'Good practices of local governments' },
		description: {
			pl: 'Dobre praktyki współpracy samorządów z Bazy Dobrych Praktyk, każda przypisana do gminy (TERYT).',
			en: 'Good practices of cooperation of local governments from the Baza Dobrych Praktyk, each placed by its gmina (TERYT).'
		},
		keywords: ['dobre praktyki', 'samorząd', 'współpraca'],
		files: ['praktyki.geojson', 'praktyki.csv', 'praktyki.xlsx'].map(file),
		collection: 'praktyki',
		sources: [
			{
				name: 'Baza Dobrych Praktyk (archiwum.dobrepraktyki.pl)',
				url: 'https://archiwum.dobrepraktyki.pl/',
				terms: {
					pl: 'dane faktograficzne Metryki; tytuły cytowane',
					en: 'factual Metryka data; titles quoted'
				}
			},
			TERYT_SOURCE
		]
	},
	units('gminy', { pl: 'Gminy', en: 'Gminy (municipalities)' }),
	units('powiaty', { pl: 'Powiaty', en: 'Powiaty (counties)' }),
	units('wojewodztwa', { pl: 'Województwa', en: 'Voivodeships' })
];

/** The dataset and file of a dump's name ("partnerstwa.csv"), or null. */
export function dumpOf(name: string): { dataset: Dataset; file: DumpFile } | null {
	for (const dataset of DATASETS)
		for (const f of dataset.files) if (f.name === name) return { dataset, file: f };
	return null;
}
