/**
 * Derives the app's bundled partnerships and practices (data/records/) from the shared sources.
 *
 *   npx tsx scripts/build-records.ts [--source ../shared/data] [--seed ../shared/seeds/000_….txt]
 *
 * Inputs: partnerships/*.csv|jsonl (Blisko Krakowa, Metropolia Krakowska, GZM, five practices of
 * the Baza Dobrych Praktyk, keep.eu Interreg projects, URBACT networks), the seed page of practice
 * 596 and data/boundaries/units.csv (TERC 2026). Outputs (committed): data/records/
 * partnerships.json, practices.json, interreg-match.json and README.md. Deterministic: the same
 * inputs give byte-identical files. Member codes that are not in units.csv stop the build.
 *
 * Descriptions and summaries are written here, in our own words; nothing of the sources' prose is
 * copied. Facts (names, dates, amounts, membership, the Metryka fields) come from the data.
 */
import { parsePracticePage, type ParsedPractice } from '../src/lib/server/import/parse-page.ts';
import type { Metryka } from '../src/lib/server/records/types.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { readCsvObjects } from '../src/lib/csv.ts';
import { contentLang } from '../src/lib/content-lang.ts';
import {
	createUnitIndex,
	foldPolish,
	gminaType,
	looksLikeLocalGovernment,
	matchUnit,
	slugify,
	type MatchHints,
	type MatchResult,
	type UnitIndex,
	type UnitLevel,
	type UnitRef
} from '../src/lib/units/match.ts';
import {
	PARTNERSHIP_KINDS,
	type MemberKind,
	type PartnershipKind
} from '../src/lib/domain/kinds.ts';

// ---------------------------------------------------------------------------------------------
// Output shapes (the app loads exactly these)

interface Source {
	name: string;
	url: string;
	verifiedAt: string | null;
}

interface Member {
	teryt: string;
	role: 'leader' | 'member';
	joined: string | null;
	left: string | null;
}

interface OtherMember {
	name: string;
	kind: MemberKind;
	country: string | null;
	town: string | null;
	role: 'leader' | 'member';
	note: string | null;
}

interface Partnership {
	slug: string;
	name: string;
	/** Set at the end of the build by src/lib/content-lang.ts (the language rule). */
	nameLang?: 'pl' | 'en';
	descriptionLang?: 'pl' | 'en';
	kind: PartnershipKind;
	startDate: string | null;
	endDate: string | null;
	website: string | null;
	description: string;
	sources: Source[];
	members: Member[];
	otherMembers: OtherMember[];
	extra: Record<string, unknown>;
}

interface NamedPartner {
	name: string;
	teryt: string | null;
	reason: string | null;
}

interface Practice {
	slug: string;
	artId: number | null;
	title: string;
	titleLang?: 'pl' | 'en';
	summaryLang?: 'pl' | 'en';
	section: string;
	summary: string;
	presentation: string | null;
	keywords: string[];
	metryka: Metryka;
	/** The gmina the map places the practice in; the app falls back to units[0] without it. */
	unitCode: string | null;
	units: string[];
	namedPartners: NamedPartner[];
	partnershipSlugs: string[];
	sources: Source[];
	status: 'published';
}

// ---------------------------------------------------------------------------------------------
// Arguments and inputs

const args = process.argv.slice(2);
function arg(name: string, fallback: string): string {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}
const sourceDir = resolve(arg('--source', '../shared/data'));
const seedPath = resolve(arg('--seed', '../shared/seeds/000_548dfcfbd9eacb1c.txt'));
const outDir = resolve('data/records');
const unitsPath = resolve('data/boundaries/units.csv');
const started = Date.now();

function read(rel: string): string {
	const path = resolve(sourceDir, rel);
	try {
		return readFileSync(path, 'utf8');
	} catch (e) {
		throw new Error(`Cannot read ${path}: ${(e as Error).message}`);
	}
}

function log(message: string) {
	console.log(`[build-records] ${message}`);
}

// Errors name a file and its "row N": the N-th data row under the header. Quoted fields of the
// keep.eu export span several lines, so physical line numbers would point to the wrong place.
const FILES = {
	krakow: 'partnerships/krakow_area_partnerships.csv',
	gzm: 'partnerships/gzm_metropolia_members_41.csv',
	bdp: 'partnerships/bdp_practices_facts.jsonl',
	keepProjects: 'partnerships/keep_eu_2014-2020_projects_with_pl_partners.csv',
	keepPartners: 'partnerships/keep_eu_2014-2020_partners_of_pl_projects.csv',
	urbact: 'partnerships/urbact_networks_with_pl_members_membership.csv'
};

// ---------------------------------------------------------------------------------------------
// Units

interface UnitRow extends UnitRef {
	lon: number | null;
	lat: number | null;
}

const unitRows: UnitRow[] = readCsvObjects(readFileSync(unitsPath, 'utf8')).map((r) => ({
	code: r.code,
	level: r.level as UnitLevel,
	name: r.name,
	wojCode: r.woj,
	powCode: r.pow || null,
	lon: r.label_lon ? Number(r.label_lon) : null,
	lat: r.label_lat ? Number(r.label_lat) : null
}));
const index: UnitIndex = createUnitIndex(unitRows);
const unitByCode = new Map(unitRows.map((u) => [u.code, u]));
log(`${unitRows.length} units from ${unitsPath}`);

function requireUnit(code: string, where: string, expectedName?: string): UnitRow {
	const u = unitByCode.get(code);
	if (!u) throw new Error(`${where}: TERYT ${code} is not in data/boundaries/units.csv`);
	if (expectedName && foldPolish(expectedName) !== foldPolish(u.name))
		throw new Error(
			`${where}: TERYT ${code} is "${u.name}" in units.csv, the row says "${expectedName}"`
		);
	return u;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: Polish labels for what the English-language sources say

const SECTIONS: Record<string, string> = {
	'Usługi społeczne': 'uslugi-spoleczne',
	'Usługi techniczne': 'uslugi-techniczne',
	'Rozwój instytucjonalny': 'rozwoj-instytucjonalny',
	'Efektywność energetyczna': 'efektywnosc-energetyczna',
	'Współpraca JST-NGO': 'wspolpraca-jst-ngo',
	'Współpraca między JST': 'wspolpraca-miedzy-jst',
	'Dialog społeczny': 'dialog-spoleczny'
};

/** Country → ISO 3166-1 alpha-2 and its Polish name. keep.eu spells names, URBACT uses codes. */
const COUNTRIES: Record<string, [string, string]> = {
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
const ISO_FIX: Record<string, string> = { UK: 'GB', EL: 'GR' };

function countryIso(name: string, where: string): string {
	const c = COUNTRIES[name.trim()];
	if (!c) throw new Error(`${where}: unknown country "${name}" (add it to COUNTRIES)`);
	return c[0];
}

function countryPl(iso: string): string {
	return COUNTRY_BY_ISO.get(iso) ?? iso;
}

const PROGRAMMES: Record<string, { pl: string; strand: string }> = {
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

const THEMES: Record<string, string> = {
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

// ---------------------------------------------------------------------------------------------
// Small helpers

function clean(s: string | undefined | null): string {
	return (s ?? '').replace(/\s+/g, ' ').trim();
}

function orNull(s: string | undefined | null): string | null {
	const c = clean(s);
	return c === '' || c === 'NA' ? null : c;
}

/** "2016/09/04" → "2016-09-04"; a bare year stays a year. */
function isoDate(s: string | undefined, where: string): string | null {
	const c = orNull(s);
	if (!c) return null;
	const m = /^(\d{4})[/.-](\d{2})[/.-](\d{2})$/.exec(c);
	if (m) return `${m[1]}-${m[2]}-${m[3]}`;
	if (/^\d{4}$/.test(c)) return c;
	throw new Error(`${where}: date "${c}" is not YYYY/MM/DD or YYYY`);
}

/** "4,240,820.46" → 4240820.46 (keep.eu writes thousands separators in some columns). */
function amount(s: string | undefined, where: string): number | null {
	const c = orNull(s);
	if (!c) return null;
	const n = Number(c.replace(/,/g, ''));
	if (!Number.isFinite(n)) throw new Error(`${where}: amount "${c}" is not a number`);
	return Math.round(n * 100) / 100;
}

/** The URL at the start of a source cell such as "https://… (stored page text)". */
function urlOf(cell: string, where: string): string {
	const m = /https?:\/\/[^\s)]+/.exec(cell);
	if (!m) throw new Error(`${where}: no URL in source "${cell}"`);
	return m[0];
}

function webUrl(site: string): string {
	return /^https?:\/\//.test(site) ? site : `http://${site}`;
}

function host(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

function listPl(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} i ${items[items.length - 1]}`;
}

/** Ends a sentence with one full stop, also after an abbreviation such as "r.". */
function sentence(s: string): string {
	return s.endsWith('.') ? s : `${s}.`;
}

function years(start: string | null, end: string | null): string {
	const a = start?.slice(0, 4);
	const b = end?.slice(0, 4);
	if (a && b) return a === b ? `w ${a} r.` : `w latach ${a}–${b}`;
	if (a) return `od ${a} r.`;
	return 'w nieznanym okresie';
}

/**
 * Polish text: letters only Polish uses among the languages of these sources, or Polish function
 * words ("i", "w", "dla", …) in a text without Czech, Slovak, Lithuanian or German letters.
 */
function isPolish(s: string): boolean {
	if (/[áéíúýčšřěůľĺŕäôõöüßėįųū]/i.test(s)) return false;
	return /[ąęłńśźżć]/i.test(s) || /\s(i|w|we|dla|oraz|przez|ze)\s/i.test(` ${s} `);
}

/** '"Bez granic - część 1"' → 'Bez granic - część 1': keep.eu wraps some names in quotes. */
function unquote(s: string): string {
	const m = /^"([^"]*)"$/.exec(s);
	return m ? m[1].trim() : s;
}

const usedSlugs = new Set<string>();
function uniqueSlug(base: string, where: string): string {
	const root = base || 'rekord';
	let slug = root;
	for (let i = 2; usedSlugs.has(slug); i++) slug = `${root}-${i}`;
	if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw new Error(`${where}: bad slug "${slug}"`);
	usedSlugs.add(slug);
	return slug;
}

function addMember(members: Member[], teryt: string, role: Member['role']) {
	const existing = members.find((m) => m.teryt === teryt);
	if (existing) {
		if (role === 'leader') existing.role = 'leader';
		return;
	}
	members.push({ teryt, role, joined: null, left: null });
}

function addOther(list: OtherMember[], o: OtherMember) {
	const key = (x: OtherMember) => `${foldPolish(x.name)}|${x.country}|${foldPolish(x.town ?? '')}`;
	const existing = list.find((x) => key(x) === key(o));
	if (existing) {
		if (o.role === 'leader') existing.role = 'leader';
		return;
	}
	list.push(o);
}

function sortMembers(members: Member[]) {
	members.sort((a, b) =>
		a.role === b.role ? a.teryt.localeCompare(b.teryt) : a.role === 'leader' ? -1 : 1
	);
}

function sortOthers(list: OtherMember[]) {
	list.sort((a, b) =>
		a.role !== b.role
			? a.role === 'leader'
				? -1
				: 1
			: (a.country ?? '').localeCompare(b.country ?? '') || a.name.localeCompare(b.name, 'pl')
	);
}

function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const a =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(a));
}

// ---------------------------------------------------------------------------------------------
// The seed page: the "Skrót i Metryka" view of art 596, read by the importer's own parser

function metrykaOf(page: ParsedPractice): Metryka {
	return {
		dateAdded: page.dateAdded,
		dateUpdated: page.dateUpdated,
		unitType: page.unitType,
		locality: page.locality,
		powiat: page.powiat,
		wojewodztwo: page.wojewodztwo,
		postalCode: page.postalCode,
		postOffice: page.postOffice,
		implementingUnit: page.implementingUnit,
		street: page.street,
		phone: page.phone,
		websites: page.websites,
		population: page.population,
		contacts: page.contacts
	};
}

function emptyMetryka(): Metryka {
	return {
		dateAdded: null,
		dateUpdated: null,
		unitType: null,
		locality: null,
		powiat: null,
		wojewodztwo: null,
		postalCode: null,
		postOffice: null,
		implementingUnit: null,
		street: null,
		phone: null,
		websites: [],
		population: null,
		contacts: []
	};
}

// ---------------------------------------------------------------------------------------------
// Editorial content: our own short texts, keyed by the source's identifiers

interface Curated {
	slug: string;
	name: string;
	kind: PartnershipKind;
	startDate: string | null;
	website: string | null;
	description: string;
	sourceName: string;
	extraSources?: Source[];
	extra: Record<string, unknown>;
}

/** Keyed by the "partnership" column of the CSV files; a new group there stops the build. */
const CURATED_PARTNERSHIPS: Record<string, Curated> = {
	'Podkrakowski Obszar Funkcjonalny „Blisko Krakowa”': {
		slug: 'blisko-krakowa',
		name: 'Podkrakowski Obszar Funkcjonalny „Blisko Krakowa”',
		kind: 'functional_area',
		// The seed page dates the partnership to 2013 (the LGD of the same gminy dates from 2007).
		startDate: '2013',
		website: null,
		description:
			'Partnerstwo pięciu gmin powiatu krakowskiego leżących na zachód i południe od Krakowa: ' +
			'Czernichowa, Liszek, Mogilan, Skawiny i Świątnik Górnych. Wyrosło z wieloletniej współpracy ' +
			'w Lokalnej Grupie Działania „Blisko Krakowa” (od 2007 r.); w 2013 r. gminy zawiązały ' +
			'partnerstwo obszaru funkcjonalnego i przygotowały wspólną strategię rozwoju oraz strategie ' +
			'sektorowe.',
		sourceName: 'Baza Dobrych Praktyk (archiwum), art. 596',
		extra: { practiceArtIds: [596], predecessor: 'LGD „Blisko Krakowa” (2007)' }
	},
	'Metropolia Krakowska (Związek ZIT KrOF, 15 gmin)': {
		slug: 'metropolia-krakowska',
		name: 'Metropolia Krakowska',
		// The source calls it the ZIT union of the Kraków functional area (KrOF): the cooperation it
		// stands for is the joint ZIT programme, so 'zit' describes it better than 'association'.
		kind: 'zit',
		startDate: null,
		website: null,
		description:
			'Związek 15 gmin Krakowskiego Obszaru Funkcjonalnego (KrOF) – Krakowa oraz gmin z powiatów ' +
			'krakowskiego i wielickiego – który wspólnie realizuje Zintegrowane Inwestycje Terytorialne ' +
			'(ZIT). Skład podajemy za stroną Metropolii Krakowskiej o jej obszarze.',
		sourceName: 'Metropolia Krakowska – obszar terytorialny Metropolii Krakowskiej',
		extra: { legalForm: 'stowarzyszenie gmin, związek ZIT KrOF', area: 'KrOF' }
	},
	'Górnośląsko-Zagłębiowska Metropolia': {
		slug: 'metropolia-gzm',
		name: 'Górnośląsko-Zagłębiowska Metropolia',
		kind: 'metropolitan_union',
		startDate: '2017-07-01',
		website: 'https://metropoliagzm.pl/',
		description:
			'Pierwszy w Polsce związek metropolitalny, powołany ustawą dla województwa śląskiego: 41 miast ' +
			'i gmin Górnego Śląska i Zagłębia Dąbrowskiego. Działa od 1 lipca 2017 r., a zadania ' +
			'ustawowe (m.in. transport publiczny, planowanie rozwoju, promocję obszaru) prowadzi od 2018 r.',
		sourceName: 'Lista 41 gmin GZM (kody TERYT sprawdzone z rejestrem TERC)',
		extraSources: [
			{
				name: 'Górnośląsko-Zagłębiowska Metropolia – O Metropolii',
				url: 'https://metropoliagzm.pl/o-metropolii/',
				verifiedAt: null
			}
		],
		extra: { legalForm: 'związek metropolitalny (ustawa z 2017 r.)' }
	}
};

/** Our summaries of the five practices (the source pages' own text is not copied). */
const PRACTICE_TEXT: Record<number, { summary: string; partnership?: Curated }> = {
	596: {
		summary:
			'Pięć gmin z powiatu krakowskiego opisuje, jak ich współpraca przeszła od wspólnego ' +
			'sięgania po środki w Lokalnej Grupie Działania (od 2007 r.) do partnerstwa obszaru ' +
			'funkcjonalnego powołanego w 2013 r. Partnerstwo opracowało zintegrowaną strategię rozwoju ' +
			'całego obszaru, strategie dla wybranych dziedzin i dokumentację konkretnych przedsięwzięć. ' +
			'Gminy podkreślają, że doświadczenie wspólnego planowania utwierdziło je w potrzebie dalszej ' +
			'współpracy.'
	},
	471: {
		summary:
			'Samorządy powiatu kościerskiego zawiązały partnerstwo na rzecz rozwoju społeczno-' +
			'gospodarczego: w sierpniu 2012 r. list intencyjny podpisały trzy jednostki, a potem ' +
			'dołączyły pozostałe gminy wiejskie powiatu oraz partnerzy społeczni i gospodarczy. ' +
			'Liderem partnerstwa jest Gmina Miejska Kościerzyna.',
		partnership: {
			slug: 'koscierskie-partnerstwo',
			name: 'Kościerskie partnerstwo na rzecz rozwoju społeczno-gospodarczego',
			kind: 'agreement',
			startDate: '2012-08-02',
			website: null,
			description:
				'Porozumienie samorządów powiatu kościerskiego, którego liderem jest Gmina Miejska ' +
				'Kościerzyna. Zaczęło się od listu intencyjnego trzech samorządów z 2 sierpnia 2012 r.; ' +
				'później przystąpiły pozostałe gminy powiatu oraz partnerzy społeczni i gospodarczy, ' +
				'których źródło nie wymienia z nazwy.',
			sourceName: 'Baza Dobrych Praktyk, art. 471',
			extra: { basis: 'list intencyjny', practiceArtIds: [471] }
		}
	},
	540: {
		summary:
			'Partnerstwo subregionalne z południa województwa opolskiego, prowadzone przez miasto Nysa ' +
			'z udziałem powiatu nyskiego i innych samorządów subregionu. Porozumienia podpisywane między ' +
			'lipcem 2012 a marcem 2013 r. dotyczyły wspólnej strategii obszaru funkcjonalnego oraz ' +
			'strategii sektorowych, m.in. transportu i rynku pracy.',
		partnership: {
			slug: 'partnerstwo-nysa-2020',
			name: 'Partnerstwo Nysa 2020',
			kind: 'agreement',
			startDate: '2012',
			website: null,
			description:
				'Partnerstwo samorządów subregionu nyskiego w województwie opolskim, którego liderem jest ' +
				'miasto Nysa. Źródło wymienia z nazwy tylko Nysę i powiat nyski; pozostali członkowie nie ' +
				'są tu wpisani, więc lista członków jest niepełna.',
			sourceName: 'Baza Dobrych Praktyk (archiwum), art. 540',
			extra: {
				basis: 'porozumienia (lipiec 2012 – marzec 2013)',
				membersIncomplete: true,
				practiceArtIds: [540]
			}
		}
	},
	469: {
		summary:
			'Praktyka opowiada o tworzeniu Gdańskiego Obszaru Metropolitalnego – stowarzyszenia samorządów ' +
			'z otoczenia Zatoki Gdańskiej, z inicjatywy Prezydenta Gdańska z początku 2011 r. Przypomina ' +
			'wcześniejsze formy współpracy metropolitalnej, takie jak Rada Metropolitalna, ' +
			'Metropolitalny Związek Komunikacyjny Zatoki Gdańskiej i bilet metropolitalny, oraz prace ' +
			'nad statutem. Gdynia początkowo nie przyłączyła się do inicjatywy.'
	},
	595: {
		summary:
			'Opis wyznaczania Aglomeracji Opolskiej i przygotowania strategii jej rozwoju. Studium ' +
			'strategiczne wskazało pierścień 12 gmin wokół Opola; przy aktualizacji strategii w 2012 r. ' +
			'dołączono Lewin Brzeski i Izbicko, a Tułowice znalazły się poza obszarem. Praktyka dotyczy ' +
			'też powiązania strategii z planowaniem przestrzennym.'
	}
};

// ---------------------------------------------------------------------------------------------
// 1. Partnerships with TERYT-coded member lists (Kraków area, GZM)

const partnerships: Partnership[] = [];

function buildCodedPartnerships(file: string) {
	const rows = readCsvObjects(read(file));
	const groups = new Map<string, { row: Record<string, string>; line: number }[]>();
	rows.forEach((row, i) => {
		const key = clean(row.partnership);
		if (!key) throw new Error(`${file} row ${i + 1}: empty "partnership" column`);
		const list = groups.get(key) ?? [];
		list.push({ row, line: i + 1 });
		groups.set(key, list);
	});
	for (const [group, list] of groups) {
		const curated = CURATED_PARTNERSHIPS[group];
		if (!curated)
			throw new Error(`${file}: partnership "${group}" has no entry in CURATED_PARTNERSHIPS`);
		const stated = /(\d+) gmin/.exec(group) ?? /_(\d+)\.csv$/.exec(file);
		if (stated && Number(stated[1]) !== list.length)
			throw new Error(
				`${file}: "${group}" should have ${stated[1]} members, the file lists ${list.length}`
			);
		const members: Member[] = [];
		const urls = new Set<string>();
		for (const { row, line } of list) {
			const where = `${file} row ${line}`;
			const code = clean(row.teryt7);
			if (!/^\d{7}$/.test(code))
				throw new Error(`${where}: teryt7 "${code}" is not a 7-digit code`);
			requireUnit(code, where, row.gmina_name || row.name);
			addMember(members, code, 'member');
			const src = clean(row.source);
			if (/https?:\/\//.test(src)) urls.add(urlOf(src, where));
		}
		sortMembers(members);
		const sources: Source[] = [...urls]
			.sort()
			.map((url) => ({ name: curated.sourceName, url, verifiedAt: null }));
		sources.push(...(curated.extraSources ?? []));
		if (!sources.length) throw new Error(`${file}: "${group}" has no source URL`);
		partnerships.push({
			slug: uniqueSlug(curated.slug, file),
			name: curated.name,
			kind: curated.kind,
			startDate: curated.startDate,
			endDate: null,
			website: curated.website,
			description: curated.description,
			sources,
			members,
			otherMembers: [],
			extra: { ...curated.extra, sourceFile: basename(file), memberCount: members.length }
		});
		log(`${curated.slug}: ${members.length} gminy from ${basename(file)}`);
	}
}

buildCodedPartnerships(FILES.krakow);
buildCodedPartnerships(FILES.gzm);

// ---------------------------------------------------------------------------------------------
// 2. Practices of the Baza Dobrych Praktyk (and the partnerships two of them describe)

interface BdpFacts {
	art: number;
	title: string;
	section: string;
	source_urls: string[];
	partner_units?: string[];
	lead_unit_from_text?: string;
	initiator_units_named?: string[];
	area_units_named?: string[];
	area_changes_named?: { added_in_2012_strategy_update?: string[]; removed?: string[] };
	facts_from_text?: Record<string, unknown>;
	keywords?: string[];
	location_from_text?: { powiat: string | null; wojewodztwo: string | null };
	date_added: string | null;
	date_updated: string | null;
	unit_type: string | null;
	locality: string | null;
	powiat: string | null;
	wojewodztwo: string | null;
	postal_code: string | null;
	implementing_unit: string | null;
	street: string | null;
	phone: string | null;
	website: string | null;
	population: number | null;
}

const bdp: BdpFacts[] = read(FILES.bdp)
	.split('\n')
	.map((l, i) => ({ l, i }))
	.filter(({ l }) => l.trim() !== '')
	.map(({ l, i }) => {
		try {
			return JSON.parse(l) as BdpFacts;
		} catch (e) {
			throw new Error(`${FILES.bdp}:${i + 1}: ${(e as Error).message}`);
		}
	});

const seedPage = parsePracticePage(readFileSync(seedPath, 'utf8'), { fileName: seedPath });
const seed = { section: seedPage.section, title: clean(seedPage.title) };
const seedFacts = bdp.find((f) => clean(f.title) === seed.title);
if (!seedFacts)
	throw new Error(`${seedPath}: title "${seed.title}" matches no practice in ${FILES.bdp}`);
log(
	`seed page is art ${seedFacts.art}: ${
		Object.values(metrykaOf(seedPage)).filter((v) => v !== null && !(Array.isArray(v) && !v.length))
			.length
	} Metryka fields`
);

/** "krakowski (the 5 partner gminas …)" → "krakowski": the note in brackets is the collector's. */
function hintWord(s: string | null | undefined): string | null {
	const c = clean(s).replace(/\s*\(.*$/, '');
	return c || null;
}

function bdpSourceName(url: string, art: number): string {
	return host(url).startsWith('archiwum.')
		? `Baza Dobrych Praktyk (archiwum), art. ${art}`
		: `Baza Dobrych Praktyk (dobrepraktyki.pl), art. ${art}`;
}

function resolveNamed(
	name: string,
	hints: MatchHints
): { named: NamedPartner; result: MatchResult } {
	const result = matchUnit(index, name, hints);
	return {
		named: {
			name,
			teryt: result.teryt,
			reason: result.status === 'matched' ? null : `${result.status}: ${result.why}`
		},
		result
	};
}

const practices: Practice[] = [];
const practiceSlugs = new Set<string>();

for (const f of [...bdp].sort((a, b) => a.art - b.art)) {
	const where = `${FILES.bdp} art ${f.art}`;
	const text = PRACTICE_TEXT[f.art];
	if (!text) throw new Error(`${where}: no summary in PRACTICE_TEXT`);
	const section = SECTIONS[clean(f.section)];
	if (!section) throw new Error(`${where}: unknown section "${f.section}"`);
	const isSeed = f === seedFacts;
	if (isSeed && seed.section !== clean(f.section))
		throw new Error(
			`${seedPath}: section "${seed.section}" differs from ${where} ("${f.section}")`
		);

	const metryka: Metryka = isSeed
		? metrykaOf(seedPage)
		: {
				...emptyMetryka(),
				dateAdded: f.date_added,
				dateUpdated: f.date_updated,
				unitType: f.unit_type,
				locality: f.locality,
				powiat: f.powiat,
				wojewodztwo: f.wojewodztwo,
				postalCode: f.postal_code,
				implementingUnit: f.implementing_unit,
				street: f.street,
				phone: f.phone,
				websites: f.website ? [f.website] : [],
				population: f.population
			};

	const hints: MatchHints = {
		powiat: metryka.powiat ?? hintWord(f.location_from_text?.powiat),
		wojewodztwo: metryka.wojewodztwo ?? hintWord(f.location_from_text?.wojewodztwo)
	};
	const namedPartners: NamedPartner[] = [];
	const units = new Set<string>();
	const results = new Map<string, MatchResult>();
	const names = [...(f.partner_units ?? []), ...(f.initiator_units_named ?? []).map(hintWord)];
	for (const name of names) {
		if (!name) continue;
		const { named, result } = resolveNamed(name, hints);
		namedPartners.push(named);
		results.set(name, result);
		if (result.status === 'matched' && result.level === 'gmi') units.add(result.teryt);
	}
	// The area a practice is about, where the page names it without calling them partners:
	// the core city the page names ("ring of gminas around Opole") and the ring itself.
	const area = [
		...(f.facts_from_text && 'ring_of_gminas_around_Opole' in f.facts_from_text ? ['Opole'] : []),
		...(f.area_units_named ?? []),
		...(f.area_changes_named?.added_in_2012_strategy_update ?? [])
	];
	for (const name of area) {
		const r = matchUnit(index, name, hints);
		if (r.status !== 'matched')
			throw new Error(`${where}: area unit "${name}" does not resolve (${r.status}: ${r.why})`);
		units.add(r.teryt);
	}
	// The first website of the seed's Metryka is the partnership's own (razembliskokrakowa.pl).
	const bk = partnerships.find((p) => p.slug === 'blisko-krakowa');
	if (isSeed && bk && !bk.website && metryka.websites[0]) bk.website = webUrl(metryka.websites[0]);
	// Where the map puts the practice: the Metryka's locality, else the lead or initiating gmina
	// the page names, else the core of the area it describes.
	const placeCandidates: (string | null)[] = [
		isSeed ? metryka.locality : null,
		hintWord(f.lead_unit_from_text),
		...(f.initiator_units_named ?? []).map(hintWord),
		area[0] ?? null
	];
	let unitCode: string | null = null;
	for (const name of placeCandidates) {
		if (!name) continue;
		const r = matchUnit(index, name, hints);
		if (r.status === 'matched' && r.level === 'gmi') {
			unitCode = r.teryt;
			units.add(r.teryt);
			break;
		}
	}
	unitCode ??= [...units].sort()[0] ?? null;
	for (const code of units) requireUnit(code, where);

	const partnershipSlugs: string[] = [];
	if (isSeed) partnershipSlugs.push('blisko-krakowa');
	if (text.partnership) {
		const c = text.partnership;
		const members: Member[] = [];
		const otherMembers: OtherMember[] = [];
		const lead = hintWord(f.lead_unit_from_text);
		const leadResult = lead ? matchUnit(index, lead, hints) : null;
		for (const name of f.partner_units ?? []) {
			const r = results.get(name);
			const role =
				leadResult?.status === 'matched' && r?.teryt === leadResult.teryt ? 'leader' : 'member';
			if (r?.status === 'matched') addMember(members, r.teryt, role);
			else
				addOther(otherMembers, {
					name,
					kind: 'public',
					country: 'PL',
					town: null,
					role,
					note: `Samorząd bez jednoznacznego kodu TERYT (${r?.why ?? 'brak dopasowania'})`
				});
		}
		if (lead && leadResult?.status !== 'matched')
			throw new Error(`${where}: lead "${lead}" does not resolve: ${leadResult?.why}`);
		sortMembers(members);
		partnerships.push({
			slug: uniqueSlug(c.slug, where),
			name: c.name,
			kind: c.kind,
			startDate: c.startDate,
			endDate: null,
			website: c.website,
			description: c.description,
			sources: f.source_urls.map((url) => ({ name: c.sourceName, url, verifiedAt: null })),
			members,
			otherMembers,
			extra: c.extra
		});
		partnershipSlugs.push(c.slug);
		log(`${c.slug}: ${members.length} members named by practice ${f.art}`);
	}

	// The title up to its first clause break: "Podkrakowski obszar … Blisko Krakowa, – „od kasy…"
	const titleHead = clean(f.title).split(/\s*[,:;–—]\s*|\s+-\s+/)[0];
	let slug = slugify(titleHead, 60);
	for (let i = 2; practiceSlugs.has(slug); i++) slug = `${slugify(titleHead, 56)}-${i}`;
	practiceSlugs.add(slug);
	practices.push({
		slug,
		artId: f.art,
		title: clean(f.title),
		section,
		summary: text.summary,
		presentation: null,
		keywords: f.keywords ?? [],
		metryka,
		unitCode,
		units: [...units].sort(),
		namedPartners,
		partnershipSlugs,
		sources: f.source_urls.map((url) => ({
			name: bdpSourceName(url, f.art),
			url,
			verifiedAt: null
		})),
		status: 'published'
	});
	log(`practice ${f.art}: ${units.size} units, ${namedPartners.length} named partners`);
}

// ---------------------------------------------------------------------------------------------
// 3. URBACT networks with Polish member cities

interface Network {
	partnership: Partnership;
	compactName: string;
}

const urbactRows = readCsvObjects(read(FILES.urbact));
const byNetwork = new Map<string, { row: Record<string, string>; line: number }[]>();
urbactRows.forEach((row, i) => {
	const code = clean(row.Code_Network);
	if (!code) throw new Error(`${FILES.urbact} row ${i + 1}: empty Code_Network`);
	const list = byNetwork.get(code) ?? [];
	list.push({ row, line: i + 1 });
	byNetwork.set(code, list);
});

function urbactProgramme(code: string, start: string | null): string {
	if (code.startsWith('U') || (start && Number(start) <= 2006)) return 'URBACT I';
	if (start && Number(start) >= 2015) return 'URBACT III';
	return 'URBACT II';
}

const networks: Network[] = [];
const urbactUnmatched: { network: string; city: string; why: string }[] = [];
for (const [code, list] of [...byNetwork].sort((a, b) =>
	a[0].localeCompare(b[0], 'en', { numeric: true })
)) {
	const first = list[0].row;
	const name = clean(first.Network);
	const start = isoDate(first.Start, `${FILES.urbact} row ${list[0].line}`);
	const end = isoDate(first.End, `${FILES.urbact} row ${list[0].line}`);
	const url = orNull(first.Url);
	const members: Member[] = [];
	const otherMembers: OtherMember[] = [];
	const polishCities: string[] = [];
	let leadCity: { city: string; country: string } | null = null;
	for (const { row, line } of list) {
		const where = `${FILES.urbact} row ${line}`;
		if (clean(row.Network) !== name || isoDate(row.Start, where) !== start)
			throw new Error(`${where}: network ${code} rows disagree on name or start`);
		const role = /lead/i.test(row['City.Statut']) ? 'leader' : 'member';
		const iso = ISO_FIX[clean(row.Country)] ?? clean(row.Country);
		const city = clean(row.NameCity);
		if (role === 'leader') leadCity = { city, country: iso };
		if (iso !== 'PL') {
			addOther(otherMembers, {
				name: city,
				kind: 'foreign',
				country: iso,
				town: city,
				role,
				note: null
			});
			continue;
		}
		// GeoNames ASCII names ("Starogard Gdanski") are fuller than NameCity ("Starogard").
		const r = matchUnit(index, clean(row.asciiName) || city, { urban: true });
		const lon = Number(row.lng_GN.replace(',', '.'));
		const lat = Number(row.lat_GN.replace(',', '.'));
		const kmTo = (code: string) => {
			const u = unitByCode.get(code);
			return u?.lon != null && u.lat != null && Number.isFinite(lon + lat)
				? haversineKm(lon, lat, u.lon, u.lat)
				: Infinity;
		};
		let why = r.why;
		// The GeoNames point of the city must lie near the unit: it confirms a match, and among
		// namesakes (two urban Olsztyn) it picks the one it lies in.
		const near = (
			r.status === 'matched' ? [r.teryt] : r.status === 'ambiguous' ? r.candidates : []
		).filter((c) => kmTo(c) <= 25);
		if (near.length === 1) {
			addMember(members, near[0], role);
			polishCities.push(unitByCode.get(near[0])?.name ?? city);
			continue;
		}
		if (r.status === 'matched')
			why = `${r.why}; but GeoNames ${row.geonameId} lies ${Math.round(kmTo(r.teryt))} km from its label point`;
		urbactUnmatched.push({ network: name, city, why });
		addOther(otherMembers, {
			name: city,
			kind: 'public',
			country: 'PL',
			town: city,
			role,
			note: `Miasto bez jednoznacznego kodu TERYT (${why})`
		});
	}
	if (!members.length) {
		log(`URBACT ${name}: no Polish member city matched, left out`);
		continue;
	}
	sortMembers(members);
	sortOthers(otherMembers);
	const programme = urbactProgramme(code, start);
	const countries = [
		...new Set([...members.map(() => 'PL'), ...otherMembers.map((o) => o.country ?? '')])
	]
		.filter(Boolean)
		.map(countryPl)
		.sort((a, b) => a.localeCompare(b, 'pl'));
	const lead: { city: string; country: string } | null = leadCity;
	const description =
		`${sentence(`Sieć miast programu ${programme} działająca ${years(start, end)}`)} ` +
		(lead ? `Miasto wiodące: ${lead.city} (${countryPl(lead.country)}). ` : '') +
		`Polskie miasta w sieci: ${listPl([...new Set(polishCities)])}; państwa partnerów: ${countries.join(', ')}.`;
	const slugBase = `urbact-${slugify(name, 50)}`;
	const partnership: Partnership = {
		slug: uniqueSlug(slugBase, `${FILES.urbact} network ${code}`),
		name,
		kind: 'city_network',
		startDate: start,
		endDate: end,
		website: url,
		description,
		sources: [
			url
				? { name: `URBACT – strona sieci ${name}`, url, verifiedAt: null }
				: {
						name: 'URBACT (urbact.eu) – sieci programu; ta sieć nie ma własnej strony w zbiorze',
						url: 'https://urbact.eu/',
						verifiedAt: null
					}
		],
		members,
		otherMembers,
		extra: { programme, urbactCode: code, memberCities: list.length }
	};
	networks.push({ partnership, compactName: foldPolish(name).replace(/ /g, '') });
}
log(`URBACT: ${networks.length} networks with a matched Polish city (of ${byNetwork.size})`);

// ---------------------------------------------------------------------------------------------
// 4. Interreg projects (keep.eu)

function separatorOf(text: string): string {
	const header = text.slice(0, text.indexOf('\n'));
	// The README calls the partners file semicolon-separated; the export itself decides.
	return (header.match(/;/g) ?? []).length > (header.match(/,/g) ?? []).length ? ';' : ',';
}

const projectsText = read(FILES.keepProjects);
const partnersText = read(FILES.keepPartners);
const projects = readCsvObjects(projectsText, separatorOf(projectsText));
const partnerRows = readCsvObjects(partnersText, separatorOf(partnersText));
for (const col of ['Programme', 'Acronym', 'Project Partner', 'Lead Partner', 'Country', 'Town'])
	if (!(col in (partnerRows[0] ?? {})))
		throw new Error(
			`${FILES.keepPartners}: column "${col}" missing (separator "${separatorOf(partnersText)}")`
		);

const projectKey = (programme: string, acronym: string) =>
	`${clean(programme)}\u0000${clean(acronym)}`;
const partnersByProject = new Map<string, { row: Record<string, string>; line: number }[]>();
partnerRows.forEach((row, i) => {
	const key = projectKey(row.Programme, row.Acronym);
	const list = partnersByProject.get(key) ?? [];
	list.push({ row, line: i + 1 });
	partnersByProject.set(key, list);
});

// A website shared by several projects is the programme's, not the project's.
const siteUse = new Map<string, number>();
for (const p of projects) {
	const site = orNull(p.Website);
	if (site) siteUse.set(host(site), (siteUse.get(host(site)) ?? 0) + 1);
}

function otherKind(name: string, legalStatus: string): OtherMember['kind'] {
	const f = foldPolish(name);
	if (
		/universit|uniwersytet|politechn|akadem|academy|szkola wyzsza|wyzsza szkola|school of economics|college|hochschule/.test(
			f
		)
	)
		return 'university';
	if (
		/stowarzysz|association|accociation|fundacj|foundation|towarzyst|society|klub|club|federacj|federation|organizacj|organization|organisation|inicjatyw|tourist board|zwiazek podhalan/.test(
			f
		)
	)
		return 'ngo';
	if (/\b(s a|sp z o o|ltd|plc|gmbh|company|co|fair)\b|chamber|izba/.test(f)) return 'business';
	// keep.eu's "private" covers associations as well as firms: only a firm's marks make a business.
	if (legalStatus === 'private')
		return /agenc|agency|cluster|klaster/.test(f) ? 'business' : 'other';
	if (legalStatus === 'public') return 'public';
	return 'other';
}

interface MatchRow {
	name: string;
	town: string | null;
	postalCode: string | null;
	nuts3: string | null;
	programme: string;
	acronym: string;
	lead: boolean;
	looksLikeLocalGovernment: boolean;
	result: MatchResult | null;
	kind: OtherMember['kind'] | null;
}

const matchRows: MatchRow[] = [];
const interreg: Partnership[] = [];
const excludedProjects: { programme: string; acronym: string; polishPartners: string[] }[] = [];
const mergedIntoNetworks: { acronym: string; network: string }[] = [];

for (const p of [...projects].sort((a, b) =>
	projectKey(a.Programme, a.Acronym).localeCompare(projectKey(b.Programme, b.Acronym), 'en')
)) {
	const programme = clean(p.Programme);
	const acronym = clean(p.Acronym);
	const where = `${FILES.keepProjects} ${acronym}`;
	const rows = partnersByProject.get(projectKey(programme, acronym));
	if (!rows?.length) throw new Error(`${where}: no partner rows in ${FILES.keepPartners}`);
	const members: Member[] = [];
	const otherMembers: OtherMember[] = [];
	const polishNames: string[] = [];
	let lead: { name: string; town: string; country: string } | null = null;
	for (const { row, line } of rows) {
		const w = `${FILES.keepPartners} row ${line}`;
		const name = clean(row['Project Partner']);
		const town = orNull(row.Town);
		const role: Member['role'] = /^yes$/i.test(clean(row['Lead Partner'])) ? 'leader' : 'member';
		const iso = countryIso(row.Country, w);
		if (role === 'leader') lead = { name, town: town ?? '', country: iso };
		if (iso !== 'PL') {
			addOther(otherMembers, { name, kind: 'foreign', country: iso, town, role, note: null });
			continue;
		}
		polishNames.push(name);
		const legal = clean(row['Legal Status']);
		const lg = legal !== 'private' && looksLikeLocalGovernment(index, name);
		const hints: MatchHints = {
			town,
			postalCode: orNull(row['Postal code']),
			nuts3: orNull(row['NUTS3 (or equivalent)'])
		};
		const result = lg ? matchUnit(index, name, hints) : null;
		const record: MatchRow = {
			name,
			town,
			postalCode: hints.postalCode ?? null,
			nuts3: hints.nuts3 ?? null,
			programme,
			acronym,
			lead: role === 'leader',
			looksLikeLocalGovernment: lg,
			result,
			kind: null
		};
		matchRows.push(record);
		if (result?.status === 'matched') {
			requireUnit(result.teryt, w);
			addMember(members, result.teryt, role);
			continue;
		}
		const kind = lg ? 'public' : otherKind(name, legal);
		record.kind = kind;
		addOther(otherMembers, {
			name,
			kind,
			country: 'PL',
			town,
			role,
			note: result
				? `Samorząd bez jednoznacznego kodu TERYT (${result.status}${result.status === 'ambiguous' ? `: ${result.candidates.join(', ')}` : ''})`
				: null
		});
	}

	const themes = [p.Thematic1, p.Thematic2, p.Thematic3].map(clean).filter(Boolean);
	const startDate = isoDate(p['Project start'], where);
	const endDate = isoDate(p['Project end'], where);
	const facts = {
		programme,
		acronym,
		projectName: orNull(p['Project Name']),
		budgetEur: amount(p.Budget, where),
		euFundingEur: amount(p['EU Funding'], where),
		themes,
		startDate,
		endDate
	};

	// URBACT III networks also appear in the URBACT membership list: one record, two sources.
	if (/URBACT/.test(programme)) {
		const compact = foldPolish(acronym).replace(/ /g, '');
		const network = networks.find((n) => n.compactName === compact);
		if (network) {
			network.partnership.extra.keepEu = facts;
			network.partnership.sources.push({
				name: 'keep.eu – projekty Interreg 2014–2020 (eksport z 23.11.2019)',
				url: 'https://keep.eu/',
				verifiedAt: null
			});
			mergedIntoNetworks.push({ acronym, network: network.partnership.slug });
			continue;
		}
	}

	if (!members.length) {
		excludedProjects.push({ programme, acronym, polishPartners: polishNames });
		continue;
	}
	sortMembers(members);
	sortOthers(otherMembers);

	const programmeInfo = PROGRAMMES[programme] ?? { pl: programme, strand: 'współpracy' };
	const names = [
		...new Set(
			[p['Project Name'], p['Project Name language 2'], p['Project Name language 3']]
				.map((n) => unquote(clean(n)))
				.filter(Boolean)
		)
	];
	const polishName = names.find(isPolish) ?? (isPolish(acronym) ? unquote(acronym) : undefined);
	const name = polishName ?? names[0] ?? acronym;
	const site = orNull(p.Website);
	const programmeSite = site ? (siteUse.get(host(site)) ?? 0) >= 3 : false;
	const countries = [...new Set(['PL', ...otherMembers.map((o) => o.country ?? '')])]
		.filter(Boolean)
		.map(countryPl)
		.sort((a, b) => a.localeCompare(b, 'pl'));
	const leadText = lead
		? `Partner wiodący: ${lead.name} (${[lead.town, countryPl(lead.country)].filter(Boolean).join(', ')}).`
		: '';
	const themesPl = themes.map((t) => THEMES[t] ?? t);
	const description = [
		sentence(
			`Projekt ${programmeInfo.strand} w programie ${programmeInfo.pl}, realizowany ${years(startDate, endDate)}`
		),
		`${leadText} Partnerzy z państw: ${countries.join(', ')}; polskie samorządy w projekcie: ${members.length}.`.trim(),
		themesPl.length ? `Tematyka: ${themesPl.join('; ')}.` : ''
	]
		.filter(Boolean)
		.join(' ');
	const sources: Source[] = [
		{
			name: 'keep.eu – projekty Interreg 2014–2020 (eksport z 23.11.2019)',
			url: 'https://keep.eu/',
			verifiedAt: null
		}
	];
	if (site)
		sources.push({
			name: programmeSite
				? `Strona programu ${programmeInfo.pl}`
				: `Strona podana w keep.eu dla projektu ${acronym}`,
			url: site,
			verifiedAt: null
		});
	interreg.push({
		slug: uniqueSlug(`interreg-${slugify(acronym, 50)}`, where),
		name,
		kind: /URBACT/.test(programme) ? 'city_network' : 'interreg_project',
		startDate,
		endDate,
		website: site && !programmeSite ? site : null,
		description,
		sources,
		members,
		otherMembers,
		extra: {
			programme,
			programmeName: programmeInfo.pl,
			acronym,
			projectName: facts.projectName,
			budgetEur: facts.budgetEur,
			euFundingEur: facts.euFundingEur,
			themes,
			otherNames: names.filter((n) => n !== name),
			leadPartner: lead
		}
	});
}

partnerships.push(...networks.map((n) => n.partnership), ...interreg);

// ---------------------------------------------------------------------------------------------
// 5. The match report

const polishRows = matchRows.length;
const lgRows = matchRows.filter((r) => r.looksLikeLocalGovernment);
const matchedRows = lgRows.filter((r) => r.result?.status === 'matched');

function distinct<T>(rows: MatchRow[], map: (r: MatchRow, projects: string[]) => T): T[] {
	const groups = new Map<string, MatchRow[]>();
	for (const r of rows) {
		const key = `${foldPolish(r.name)}|${foldPolish(r.town ?? '')}|${r.result?.teryt ?? ''}`;
		const list = groups.get(key) ?? [];
		list.push(r);
		groups.set(key, list);
	}
	return [...groups.values()]
		.sort(
			(a, b) =>
				a[0].name.localeCompare(b[0].name, 'pl') ||
				(a[0].town ?? '').localeCompare(b[0].town ?? '', 'pl')
		)
		.map((list) => map(list[0], [...new Set(list.map((r) => r.acronym))].sort()));
}

const rate = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : 0);
const report = {
	source: {
		projects: basename(FILES.keepProjects),
		partners: basename(FILES.keepPartners),
		export: 'keep.eu, 2019-11-23',
		units: 'data/boundaries/units.csv (TERC 2026)'
	},
	method:
		'Polish partner rows are read as local governments when their name carries a type word ' +
		'(Gmina, Miasto, Powiat, Województwo, City, Municipality, Commune, County, Voivodeship, ' +
		'Stadtgemeinde, Obec, …) and no institution word (school, museum, hospital, association, ' +
		'agency, …), or is nothing but the name of a gmina; private bodies never are. They are ' +
		'matched with src/lib/units/match.ts: name and type words, the województwo from the NUTS ' +
		'code, the town to complete a cut-off name. Ties stay unmatched.',
	polishPartnerRows: polishRows,
	localGovernmentRows: lgRows.length,
	matchedRows: matchedRows.length,
	matchRateLocalGovernments: rate(matchedRows.length, lgRows.length),
	matchRateAllPolishPartners: rate(matchedRows.length, polishRows),
	distinct: {
		localGovernments: distinct(lgRows, (r) => r).length,
		matched: distinct(matchedRows, (r) => r).length
	},
	projects: {
		total: projects.length,
		included: interreg.length,
		mergedIntoUrbactNetworks: mergedIntoNetworks,
		excludedNoMatchedLocalGovernment: excludedProjects
	},
	unmatched: distinct(
		lgRows.filter((r) => r.result?.status !== 'matched'),
		(r, projectsOf) => ({
			name: r.name,
			town: r.town,
			postalCode: r.postalCode,
			nuts3: r.nuts3,
			status: r.result?.status ?? 'not found',
			candidates: r.result?.status === 'ambiguous' ? r.result.candidates : [],
			why: r.result?.why ?? '',
			projects: projectsOf
		})
	),
	matched: distinct(matchedRows, (r, projectsOf) => {
		const res = r.result as Extract<MatchResult, { status: 'matched' }>;
		return {
			name: r.name,
			town: r.town,
			postalCode: r.postalCode,
			nuts3: r.nuts3,
			teryt: res.teryt,
			level: res.level,
			unitName: res.unitName,
			why: res.why,
			projects: projectsOf
		};
	}),
	notLocalGovernment: distinct(
		matchRows.filter((r) => !r.looksLikeLocalGovernment),
		(r, projectsOf) => ({ name: r.name, town: r.town, kind: r.kind, projects: projectsOf })
	),
	urbactUnmatchedPolishCities: urbactUnmatched
};

// ---------------------------------------------------------------------------------------------
// 6. Final checks, order and output

partnerships.sort(
	(a, b) =>
		PARTNERSHIP_KINDS.indexOf(a.kind) - PARTNERSHIP_KINDS.indexOf(b.kind) ||
		a.slug.localeCompare(b.slug)
);
const slugs = new Set(partnerships.map((p) => p.slug));
for (const p of partnerships) {
	if (!p.members.length) throw new Error(`partnership ${p.slug}: no member unit`);
	for (const m of p.members) requireUnit(m.teryt, `partnership ${p.slug}`);
	if (!p.sources.length || p.sources.some((s) => !/^https?:\/\//.test(s.url)))
		throw new Error(`partnership ${p.slug}: every record needs a source with a URL`);
}
for (const pr of practices)
	for (const s of pr.partnershipSlugs)
		if (!slugs.has(s)) throw new Error(`practice ${pr.artId}: unknown partnership "${s}"`);
// Gmina codes of the practices are 7-digit gminy; the type digit must agree with the register.
for (const pr of practices)
	for (const code of pr.units)
		if (!gminaType(code)) throw new Error(`practice ${pr.artId}: unit ${code} is not a gmina`);

// The language of every title, name, summary and description, by the committed rule of
// src/lib/content-lang.ts (the app applies the same rule to records written without one).
const withAfter = <T extends object>(o: T, after: keyof T, add: Record<string, unknown>): T =>
	Object.fromEntries(
		Object.entries(o).flatMap(([k, v]) =>
			k === after ? [[k, v], ...Object.entries(add)] : [[k, v]]
		)
	) as T;
const partnershipsOut = partnerships.map((p) =>
	withAfter(withAfter(p, 'name', { nameLang: contentLang(p.name, p.kind) }), 'description', {
		descriptionLang: contentLang(p.description)
	})
);
const practicesOut = practices.map((pr) =>
	withAfter(withAfter(pr, 'title', { titleLang: contentLang(pr.title) }), 'summary', {
		summaryLang: contentLang(pr.summary)
	})
);
const langCount = (xs: { nameLang?: string; titleLang?: string }[], lang: string) =>
	xs.filter((x) => (x.nameLang ?? x.titleLang) === lang).length;

mkdirSync(outDir, { recursive: true });
const json = (v: unknown) => `${JSON.stringify(v, null, '\t')}\n`;
writeFileSync(resolve(outDir, 'partnerships.json'), json(partnershipsOut));
writeFileSync(resolve(outDir, 'practices.json'), json(practicesOut));
writeFileSync(resolve(outDir, 'interreg-match.json'), json(report));

const perKind = new Map<string, number>();
for (const p of partnerships) perKind.set(p.kind, (perKind.get(p.kind) ?? 0) + 1);
const kindLines = KIND_ORDER.filter((k) => perKind.has(k)).map(
	(k) => `| ${k} | ${perKind.get(k)} |`
);

const unmatchedAmbiguous = report.unmatched.filter((u) => u.status === 'ambiguous').length;
const practicesWithoutMetryka = practices
	.filter((pr) => JSON.stringify(pr.metryka) === JSON.stringify(emptyMetryka()))
	.map((pr) => String(pr.artId));

writeFileSync(
	resolve(outDir, 'README.md'),
	`# Bundled records: partnerships and practices

Generated by \`scripts/build-records.ts\` from \`../shared/data\` (and the seed page of practice 596);
do not edit by hand. Rebuild with

    npx tsx scripts/build-records.ts [--source ../shared/data] [--seed ../shared/seeds/000_548dfcfbd9eacb1c.txt]

The build is deterministic (the same inputs give the same bytes), checks every member code against
\`data/boundaries/units.csv\` (TERC 2026) and stops with the file and row of anything it cannot place.

## Files

| file | what |
|---|---|
| partnerships.json | ${partnerships.length} partnerships: members as TERYT codes with role, other members (NGOs, firms, universities, foreign partners) with country (ISO 3166-1 alpha-2) and town, sources |
| practices.json | ${practices.length} practices of the Baza Dobrych Praktyk, section „Współpraca między JST”, with their Metryka, gminy (TERYT) and the partners their pages name |
| interreg-match.json | how the Polish partners of the keep.eu Interreg projects were matched to TERYT: rates, every matched name with the code chosen and why, every unmatched name with its town, postal code and NUTS 3 |

| kind | partnerships |
|---|---|
${kindLines.join('\n')}

## Languages of titles

Record text is kept as written; every name, title, summary and description carries its language
(\`nameLang\`, \`descriptionLang\`, \`titleLang\`, \`summaryLang\`: \`pl\` or \`en\`), so pages can mark it
with \`lang\` and screen readers switch voice. The rule is \`src/lib/content-lang.ts\` (common English
versus Polish words, Polish letters voting Polish; a tie or an acronym goes to the programme's language:
English for Interreg and URBACT, Polish otherwise). Names: ${langCount(partnershipsOut, 'en')} in English,
${langCount(partnershipsOut, 'pl')} in Polish; practice titles: ${langCount(practicesOut, 'pl')} in Polish. Descriptions and summaries are ours, in
Polish.

## Interreg partner matching

Of ${polishRows} Polish partner rows in the keep.eu export, ${lgRows.length} name a local government
(gmina, powiat or województwo itself, not one of its schools, museums or agencies). ${matchedRows.length}
of those were matched to a TERYT code: **${report.matchRateLocalGovernments}%** of the local-government rows
(${report.matchRateAllPolishPartners}% of all Polish partner rows). The other ${report.unmatched.length} distinct names
(${unmatchedAmbiguous} ties the data cannot break, such as "Municipality of Sejny", where the town and
the rural gmina share the name; ${report.unmatched.length - unmatchedAmbiguous} not found) stay as named partners
and are listed in interreg-match.json. ${interreg.filter((p) => p.kind === 'interreg_project').length} of ${projects.length} projects have at least one matched
Polish local government and are included; ${mergedIntoNetworks.length} URBACT III projects are merged into the
URBACT network records; ${excludedProjects.length} projects whose Polish partners are universities, agencies,
associations or unmatched are left out and listed in the report.

## Provenance and licence

Descriptions and summaries are written for this project in our own words (licensed with the
project, EUPL-1.2); no prose of the sources is copied. Facts come from these sources, which keep
their own terms; name them when reusing the data.

| records | source | terms |
|---|---|---|
| Blisko Krakowa, Metropolia Krakowska | membership pages of the partnerships (archiwum.dobrepraktyki.pl art. 596; kma4business.metropoliakrakowska.pl) via \`partnerships/krakow_area_partnerships.csv\` | facts (membership) with the source named |
| Górnośląsko-Zagłębiowska Metropolia | two independent public TERYT lists, checked against TERC (\`gzm_metropolia_members_41.csv\`); founding date from metropoliagzm.pl | facts with the source named |
| practices (5) and the partnerships of art. 471 and 540 | Baza Dobrych Praktyk, archiwum.dobrepraktyki.pl / dobrepraktyki.pl (\`bdp_practices_facts.jsonl\`); the full Metryka of art. 596 from its page (\`seeds/000_548dfcfbd9eacb1c.txt\`) | Metryka fields are factual data published by the database, kept as published (including the contact person named there); titles are quoted |
| Interreg projects | keep.eu (Interact, the Interreg project database), export of 2019-11-23 (\`keep_eu_2014-2020_*.csv\`): programme, acronym, names, partners, budget, dates, themes | official programme data; the export carries no licence of its own, so only facts are reused, with keep.eu named as the source |
| URBACT networks | urbact.eu (network pages, collected 2018) with GeoNames city points (\`urbact_networks_with_pl_members_membership.csv\`) | facts (network, member cities, years) with urbact.eu named; GeoNames data is CC BY 4.0 |
| TERYT codes and names | GUS, TERC register 2026 (\`data/boundaries/units.csv\`, see data/boundaries) | official register, free to reuse |

\`verifiedAt\` is null throughout: these are the sources' published states as collected, not
re-checked on a date. The Metryka fields of practices ${practicesWithoutMetryka.join(', ')} are null because only
the opening of those pages was available; they are left empty, not guessed.
`
);

// ---------------------------------------------------------------------------------------------
// Summary

log(
	`partnerships: ${partnerships.length} (${[...perKind].map(([k, n]) => `${k} ${n}`).join(', ')})`
);
log(`practices: ${practices.length}`);
log(
	`Interreg: ${matchedRows.length}/${lgRows.length} Polish local-government partner rows matched ` +
		`(${report.matchRateLocalGovernments}%; ${report.matchRateAllPolishPartners}% of all ${polishRows} Polish rows); ` +
		`${interreg.length} projects included, ${excludedProjects.length} left out, ${mergedIntoNetworks.length} merged into URBACT`
);
for (const u of report.unmatched)
	log(
		`  unmatched: ${u.name} (${u.town ?? '?'}, ${u.postalCode ?? '?'}) – ${u.status}${u.candidates.length ? ` ${u.candidates.join('/')}` : ''}`
	);
if (urbactUnmatched.length) log(`URBACT unmatched Polish cities: ${urbactUnmatched.length}`);
log(`wrote ${outDir} in ${Date.now() - started} ms`);
