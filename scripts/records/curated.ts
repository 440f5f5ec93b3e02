/**
 * The curated data: our own short texts and facts for the records, keyed by the sources'
 * identifiers (nothing of the sources' prose is copied).
 */
import type { PartnershipKind } from '../../src/lib/domain/kinds.ts';
import type { Source } from './types.ts';

export interface Curated {
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
export const CURATED_PARTNERSHIPS: Record<string, Curated> = {
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
export const PRACTICE_TEXT: Record<number, { summary: string; partnership?: Curated }> = {
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
