/** Vocabulary: Polish labels for what the sources (keep.eu, URBACT, the old database) say. */
import { SECTIONS } from '../../src/lib/domain/sections.ts';

/** The old database's section names (its Polish labels) → section slugs. */
export const SECTION_SLUGS: Record<string, string> = Object.fromEntries(
	SECTIONS.map((s) => [s.pl, s.slug])
);

/** Country → ISO 3166-1 alpha-2 and its Polish name. keep.eu spells names, URBACT uses codes. */
export const COUNTRIES: Record<string, [string, string]> = {
	Austria: ['AT', 'Austria'],
	Belgium: ['BE', 'Belgia'],
	Bulgaria: ['BG', 'Bułgaria'],
	Croatia: ['HR', 'Chorwacja'],
	Cyprus: ['CY', 'Cypr'],
	'Czech Republic': ['CZ', 'Czechy'],
	Denmark: ['DK', 'Dania'],
	Estonia: ['EE', 'Estonia'],
	Finland: ['FI', 'Finlandia'],
	France: ['FR', 'Francja'],
	Germany: ['DE', 'Niemcy'],
	Greece: ['GR', 'Grecja'],
	Hungary: ['HU', 'Węgry'],
	Iceland: ['IS', 'Islandia'],
	Ireland: ['IE', 'Irlandia'],
	Italy: ['IT', 'Włochy'],
	Latvia: ['LV', 'Łotwa'],
	Lithuania: ['LT', 'Litwa'],
	Luxembourg: ['LU', 'Luksemburg'],
	Malta: ['MT', 'Malta'],
	Netherlands: ['NL', 'Holandia'],
	Norway: ['NO', 'Norwegia'],
	Poland: ['PL', 'Polska'],
	Portugal: ['PT', 'Portugalia'],
	Romania: ['RO', 'Rumunia'],
	Slovakia: ['SK', 'Słowacja'],
	Slovenia: ['SI', 'Słowenia'],
	Spain: ['ES', 'Hiszpania'],
	Sweden: ['SE', 'Szwecja'],
	Switzerland: ['CH', 'Szwajcaria'],
	Tunisia: ['TN', 'Tunezja'],
	Turkey: ['TR', 'Turcja'],
	'United Kingdom': ['GB', 'Wielka Brytania']
};
const COUNTRY_BY_ISO = new Map(Object.values(COUNTRIES).map(([iso, pl]) => [iso, pl]));
/** URBACT and keep.eu write the EU's "UK" and "EL" where ISO has GB and GR. */
export const ISO_FIX: Record<string, string> = { UK: 'GB', EL: 'GR' };

export function countryIso(name: string, where: string): string {
	const c = COUNTRIES[name.trim()];
	if (!c) throw new Error(`${where}: unknown country "${name}" (add it to COUNTRIES)`);
	return c[0];
}

export function countryPl(iso: string): string {
	return COUNTRY_BY_ISO.get(iso) ?? iso;
}

export const PROGRAMMES: Record<string, { pl: string; strand: string }> = {
	'2014 - 2020 INTERREG V-A Lithuania - Poland': {
		pl: 'Interreg V-A Litwa – Polska 2014–2020',
		strand: 'współpracy transgranicznej'
	},
	'2014 - 2020 INTERREG V-A Poland - Denmark - Germany - Lithuania - Sweden (South Baltic)': {
		pl: 'Interreg V-A Południowy Bałtyk 2014–2020',
		strand: 'współpracy transgranicznej'
	},
	'2014 - 2020 INTERREG V-A Czech Republic - Poland': {
		pl: 'Interreg V-A Czechy – Polska 2014–2020',
		strand: 'współpracy transgranicznej'
	},
	'2014 - 2020 INTERREG V-A Poland - Slovakia': {
		pl: 'Interreg V-A Polska – Słowacja 2014–2020',
		strand: 'współpracy transgranicznej'
	},
	'2014 - 2020 INTERREG V-A Poland - Germany / Saxony': {
		pl: 'Interreg V-A Polska – Saksonia 2014–2020',
		strand: 'współpracy transgranicznej'
	},
	'2014 - 2020 INTERREG V-A Germany / Brandenburg - Poland': {
		pl: 'Interreg V-A Brandenburgia – Polska 2014–2020',
		strand: 'współpracy transgranicznej'
	},
	'2014 - 2020 INTERREG VB Central Europe': {
		pl: 'Interreg Europa Środkowa 2014–2020',
		strand: 'współpracy transnarodowej'
	},
	'2014 - 2020 INTERREG VB Baltic Sea': {
		pl: 'Interreg Region Morza Bałtyckiego 2014–2020',
		strand: 'współpracy transnarodowej'
	},
	'2014 - 2020 URBACT III': { pl: 'URBACT III', strand: 'sieci miast' },
	'2014 - 2020 ESPON 2020': { pl: 'ESPON 2020', strand: 'badań terytorialnych' }
};

export const THEMES: Record<string, string> = {
	'Agriculture and fisheries and forestry': 'rolnictwo, rybołówstwo i leśnictwo',
	'Climate change and biodiversity': 'zmiany klimatu i bioróżnorodność',
	'Clustering and economic cooperation': 'klastry i współpraca gospodarcza',
	'Coastal management and maritime issues': 'strefa przybrzeżna i sprawy morskie',
	'Community integration and common identity': 'integracja społeczności i wspólna tożsamość',
	'Construction and renovation': 'budownictwo i renowacja',
	'Cooperation between emergency services': 'współpraca służb ratunkowych',
	'Cultural heritage and arts': 'dziedzictwo kulturowe i sztuka',
	'Demographic change and immigration': 'zmiany demograficzne i migracje',
	'Education and training': 'edukacja i szkolenia',
	'Energy efficiency': 'efektywność energetyczna',
	'Evaluation systems and results': 'systemy ewaluacji i rezultaty',
	'Governance, partnership': 'zarządzanie i partnerstwo',
	'Green technologies': 'zielone technologie',
	'Health and social services': 'zdrowie i usługi społeczne',
	'ICT and digital society': 'ICT i społeczeństwo cyfrowe',
	'Improving transport connections': 'poprawa połączeń transportowych',
	Infrastructure: 'infrastruktura',
	'Innovation capacity and awareness-raising': 'zdolność do innowacji i podnoszenie świadomości',
	'Institutional cooperation and cooperation networks':
		'współpraca instytucjonalna i sieci współpracy',
	'Knowledge and technology transfer': 'transfer wiedzy i technologii',
	'Labour market and employment': 'rynek pracy i zatrudnienie',
	'Logistics and freight transport': 'logistyka i transport towarowy',
	'Managing natural and man-made threats, risk management':
		'zagrożenia naturalne i cywilizacyjne, zarządzanie ryzykiem',
	'Multimodal transport': 'transport multimodalny',
	'New products and services': 'nowe produkty i usługi',
	'Regional planning and development': 'planowanie i rozwój regionalny',
	'Renewable energy': 'energia odnawialna',
	'Rural and peripheral development': 'rozwój obszarów wiejskich i peryferyjnych',
	Safety: 'bezpieczeństwo',
	'SME and entrepreneurship': 'MŚP i przedsiębiorczość',
	'Social inclusion and equal opportunities': 'włączenie społeczne i równe szanse',
	'Soil and air quality': 'jakość gleby i powietrza',
	'Sustainable management of natural resources': 'zrównoważone gospodarowanie zasobami naturalnymi',
	Tourism: 'turystyka',
	'Traditional energy': 'energetyka konwencjonalna',
	'Transport and mobility': 'transport i mobilność',
	'Urban development': 'rozwój miast',
	'Waste and pollution': 'odpady i zanieczyszczenia',
	'Water management': 'gospodarka wodna',
	'Waterways, lakes and rivers': 'drogi wodne, jeziora i rzeki'
};

/** Countries as Polish names, each once, in Polish order. */
export function countriesPl(isos: (string | null)[]): string[] {
	return [...new Set(isos.map((c) => c ?? ''))]
		.filter(Boolean)
		.map(countryPl)
		.sort((a, b) => a.localeCompare(b, 'pl'));
}
