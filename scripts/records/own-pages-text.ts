/**
 * Our texts and facts for the partnerships of partnerships_from_own_pages.csv (a table of data,
 * hence its length): one entry per value of the CSV's "partnership" column. Descriptions are ours,
 * in Polish, and state only what the CSV's notes and its companion partnerships_from_own_pages.md
 * say (members, kind of body, founding or agreement dates, the collector's caveats); nothing of
 * the sources' prose is copied. `gminy` and `powiaty` are the counts the md states (an AMBIGUOUS
 * row counts as a gmina); the build stops when the CSV disagrees. `website` is set only where the
 * md calls the page the partnership's own site. `startDate` only where a founding or agreement
 * date is stated.
 */

export type Certainty = 'high' | 'medium-high' | 'medium';

export interface OwnPageText {
	slug: string;
	gminy: number;
	powiaty: number;
	startDate: string | null;
	website: string | null;
	/** How sure the collector is of the list (the md's "how sure"). */
	certainty: Certainty;
	description: string;
}

export const OWN_PAGE_TEXT: Record<string, OwnPageText> = {
	// LEADER local action groups
	'LGD „Blisko Krakowa”': {
		slug: 'lgd-blisko-krakowa',
		gminy: 6,
		powiaty: 0,
		startDate: null,
		website: null,
		certainty: 'high',
		description:
			'Lokalna grupa działania (LEADER) sześciu gmin powiatu krakowskiego: Czernichowa, Liszek, ' +
			'Mogilan, Skawiny, Świątnik Górnych i Zabierzowa; Liszki i Zabierzów przystąpiły do niej ' +
			'17 czerwca 2015 r. Skład odpowiada obszarowi jej strategii rozwoju lokalnego na lata ' +
			'2016–2022. Pięć z tych gmin (bez Zabierzowa) tworzy też osobne partnerstwo – Podkrakowski ' +
			'Obszar Funkcjonalny „Blisko Krakowa”.'
	},
	'LGD „Dolina Raby”': {
		slug: 'lgd-dolina-raby',
		gminy: 6,
		powiaty: 0,
		startDate: null,
		website: 'http://dolinaraby.pl/',
		certainty: 'high',
		description:
			'Lokalna grupa działania (LEADER) sześciu małopolskich gmin: Gdowa i Biskupic z powiatu ' +
			'wielickiego oraz Łapanowa, Trzciany, Nowego Wiśnicza i Żegociny z powiatu bocheńskiego. ' +
			'Skład i powiaty gmin podajemy za stroną LGD.'
	},
	'LGD „Pałuki – Wspólna Sprawa”': {
		slug: 'lgd-paluki-wspolna-sprawa',
		gminy: 6,
		powiaty: 1,
		startDate: null,
		website: 'https://lgd-paluki.pl/',
		certainty: 'high',
		description:
			'Lokalna grupa działania (LEADER) z powiatu żnińskiego: należy do niej sześć gmin – Barcin, ' +
			'Gąsawa, Janowiec Wielkopolski (od 2015 r.), Łabiszyn, Rogowo i Żnin – oraz sam powiat ' +
			'żniński. Siedzibą LGD jest Żnin, dlatego wpisujemy go jako lidera; skład podajemy za ' +
			'statutem na stronie LGD.'
	},
	'Pogórzańskie Stowarzyszenie Dunajec-Biała (LGD)': {
		slug: 'pogorzanskie-stowarzyszenie-dunajec-biala',
		gminy: 9,
		powiaty: 0,
		startDate: null,
		website: 'https://pogorzanskie.pl/',
		certainty: 'high',
		description:
			'Lokalna grupa działania (LEADER) dziewięciu gmin powiatu tarnowskiego: Ciężkowic, Gromnika, ' +
			'Pleśnej, Ryglic, Rzepiennika Strzyżewskiego, Szerzyn, Tuchowa, Wojnicza i Zakliczyna. Tyle ' +
			'obejmuje jej strategia rozwoju lokalnego na lata 2023–2027; wśród nich są cztery gminy ' +
			'starszej LGD Dunajec-Biała (Ciężkowice, Pleśna, Wojnicz i Zakliczyn).'
	},
	'LGD „Beskid Gorlicki”': {
		slug: 'lgd-beskid-gorlicki',
		gminy: 9,
		powiaty: 0,
		startDate: null,
		website: 'https://www.lgdbeskidgorlicki27.pl/',
		certainty: 'high',
		description:
			'Lokalna grupa działania (LEADER) z powiatu gorlickiego, której strategia na lata 2023–2027 ' +
			'obejmuje dziewięć gmin: Biecz, Bobową, Gorlice, Lipinki, Łużną, Moszczenicę, Ropę, Sękową ' +
			'i Uście Gorlickie. Strona LGD nie mówi, czy chodzi o miasto, czy o gminę wiejską Gorlice, ' +
			'więc Gorlice wpisujemy bez kodu TERYT, wśród pozostałych członków.'
	},
	'Stowarzyszenie „Gościniec 4 Żywiołów” (LGD)': {
		slug: 'lgd-gosciniec-4-zywiolow',
		gminy: 4,
		powiaty: 0,
		startDate: null,
		website: 'http://gosciniec4zywiolow.pl/',
		certainty: 'medium',
		description:
			'Stowarzyszenie działające jako lokalna grupa działania (LEADER), zrzeszające partnerów ' +
			'z czterech gmin powiatu wadowickiego: Kalwarii Zebrzydowskiej, Lanckorony, Mucharza ' +
			'i Stryszowa. Skład podajemy według stanu na 31 grudnia 2008 r. (Sułkowice wystąpiły ' +
			'w sierpniu 2008 r.); późniejszych zmian nie sprawdzono.'
	},
	'Stowarzyszenie „Lokalna Grupa Działania Powiatu Opatowskiego”': {
		slug: 'lgd-powiatu-opatowskiego',
		gminy: 5,
		powiaty: 0,
		startDate: null,
		website: 'http://lgdopatow.pl/',
		certainty: 'high',
		description:
			'Lokalna grupa działania (LEADER) pięciu z ośmiu gmin powiatu opatowskiego: miast i gmin ' +
			'Opatów i Ożarów oraz gmin Sadowie, Tarłów i Wojciechowice. Skład podajemy za statutem ' +
			'przytoczonym na stronie stowarzyszenia, która nie podaje daty.'
	},
	'LGD „Partnerstwo Sowiogórskie”': {
		slug: 'lgd-partnerstwo-sowiogorskie',
		gminy: 5,
		powiaty: 0,
		startDate: null,
		website: null,
		certainty: 'high',
		description:
			'Lokalna grupa działania (LEADER) pięciu dolnośląskich gmin z powiatów wałbrzyskiego, ' +
			'kłodzkiego i dzierżoniowskiego: Głuszycy, Jedliny-Zdroju, gminy wiejskiej Nowa Ruda, Pieszyc ' +
			'i Walimia. Skład pochodzi z planu na okres strategii 2014–2020, zapisanego w 2015 r. na ' +
			'archiwalnej stronie LGD.'
	},
	'LGD „Ujście Baryczy” Gmin Góra–Niechlów–Wąsosz': {
		slug: 'lgd-ujscie-baryczy',
		gminy: 3,
		powiaty: 0,
		startDate: null,
		website: null,
		certainty: 'medium-high',
		description:
			'Lokalna grupa działania (LEADER) trzech gmin powiatu górowskiego – Góry, Niechlowa i Wąsosza – ' +
			'wymienionych w jej pełnej nazwie; ten sam skład podaje tytuł jej strategii na lata ' +
			'2009–2015. Źródłem jest strona Gminy Wąsosz z maja 2023 r.'
	},
	'Stowarzyszenie „Lasowiacka Grupa Działania”': {
		slug: 'lasowiacka-grupa-dzialania',
		gminy: 9,
		powiaty: 0,
		startDate: null,
		website: 'https://prow2023-2027.lasowiacka.pl/',
		certainty: 'high',
		description:
			'Lokalna grupa działania (LEADER) z województwa podkarpackiego, której strategię na lata ' +
			'2023–2027 przygotowano dla czterech gmin powiatu tarnobrzeskiego (Baranowa Sandomierskiego, ' +
			'Gorzyc, Grębowa i Nowej Dęby) i pięciu gmin powiatu stalowowolskiego (Bojanowa, Pysznicy, ' +
			'Radomyśla nad Sanem, Zaklikowa i Zaleszan). Źródłem jest strona LGD z 7 czerwca 2022 r.'
	},
	'LGD „Kraina Dinozaurów”': {
		slug: 'lgd-kraina-dinozaurow',
		gminy: 7,
		powiaty: 0,
		startDate: null,
		website: 'https://krainadinozaurow.pl/',
		certainty: 'medium-high',
		description:
			'Lokalna grupa działania (LEADER) siedmiu gmin województwa opolskiego: Chrząstowic, ' +
			'Dobrodzienia, Kolonowskiego, Ozimka, Turawy, Zawadzkiego i Zębowic. Skład odczytujemy ' +
			'z naboru do zespołu piszącego strategię rozwoju lokalnego (czerwiec 2022 r.), w którym ' +
			'miała być reprezentowana każda gmina objęta strategią.'
	},

	// Inter-municipal unions
	'Związek Międzygminny „Gospodarka Komunalna” (ZMGK), Chrzanów': {
		slug: 'zmgk-chrzanow',
		gminy: 3,
		powiaty: 0,
		startDate: null,
		website: null,
		certainty: 'high',
		description:
			'Związek międzygminny trzech gmin powiatu chrzanowskiego: Chrzanowa, Libiąża i Trzebini. ' +
			'Siedzibą związku jest Chrzanów, dlatego wpisujemy go jako lidera; skład podajemy za ' +
			'statutem (tekst jednolity z 2013 r.).'
	},
	'Związek Międzygminny „Gospodarka Komunalna”, Ełk': {
		slug: 'zm-gospodarka-komunalna-elk',
		gminy: 12,
		powiaty: 0,
		startDate: null,
		website: 'http://eko-mazury.elk.pl/',
		certainty: 'high',
		description:
			'Związek międzygminny dwunastu gmin województwa warmińsko-mazurskiego, m.in. miasta Ełku ' +
			'i gminy wiejskiej Ełk, Olecka, Gołdapi i Białej Piskiej, które przystępowały do niego ' +
			'uchwałami z lat 2003–2005. Wykaz członków wymienia Świętajno bez powiatu, a w województwie ' +
			'są dwie takie gminy (w powiatach oleckim i szczycieńskim), więc wpisujemy je bez kodu TERYT.'
	},
	'Komunalny Związek Gmin „Dolina Redy i Chylonki”': {
		slug: 'kzg-dolina-redy-i-chylonki',
		gminy: 8,
		powiaty: 0,
		startDate: null,
		website: 'https://kzg.pl/',
		certainty: 'high',
		description:
			'Komunalny związek ośmiu pomorskich gmin: Gdyni, Sopotu, Redy, Rumi, miasta Wejherowa oraz ' +
			'gmin Kosakowo, Wejherowo i Szemud. Założyły go Gdynia, Reda, Rumia, miasto Wejherowo ' +
			'i Kosakowo; później przystąpiły Sopot (w 1995 r.), Szemud (w 2009 r.) i gmina wiejska ' +
			'Wejherowo (strona nie podaje roku).'
	},
	'Związek Gmin Regionu Ostródzko-Iławskiego „Czyste Środowisko”': {
		slug: 'zg-czyste-srodowisko',
		gminy: 19,
		powiaty: 0,
		startDate: null,
		website: 'https://czystesrodowisko.eu/',
		certainty: 'high',
		description:
			'Związek dziewiętnastu gmin z powiatów ostródzkiego, iławskiego, nowomiejskiego, ' +
			'olsztyńskiego i elbląskiego, z siedzibą w Ostródzie. Należą do niego zarówno miasta Iława, ' +
			'Ostróda i Nowe Miasto Lubawskie, jak i gminy wiejskie o tych nazwach; wiejska gmina Nowe ' +
			'Miasto Lubawskie nosi w rejestrze TERC 2026 nazwę Bratian.'
	},
	'Związek Gmin Karkonoskich': {
		slug: 'zwiazek-gmin-karkonoskich',
		gminy: 6,
		powiaty: 0,
		startDate: '1992',
		website: 'http://zgk.karkonosze.eu/',
		certainty: 'medium',
		description:
			'Związek gmin powiatu karkonoskiego założony w 1992 r. przez Karpacz, Kowary, Mysłakowice ' +
			'i Podgórzyn; Szklarska Poręba przystąpiła w 1998 r., a Piechowice w 2001 r. Jeleniej Góry ' +
			'nie wpisujemy, bo jej członkostwa nie potwierdza pewne źródło; skład pochodzi ze starszej ' +
			'strony związku.'
	},
	'Związek Gmin Krynicko-Popradzkich': {
		slug: 'zwiazek-gmin-krynicko-popradzkich',
		gminy: 6,
		powiaty: 0,
		startDate: null,
		website: null,
		certainty: 'high',
		description:
			'Związek międzygminny sześciu gmin powiatu nowosądeckiego: Krynicy-Zdroju, Łabowej, Muszyny, ' +
			'Piwnicznej-Zdroju, Rytra i Starego Sącza. Skład podajemy za stroną Gminy Stary Sącz ' +
			'o konsultacjach strategii terytorialnej tego partnerstwa (rok nie jest podany).'
	},

	// ZIT, associations, functional areas
	'Aglomeracja Wałbrzyska (ZIT AW)': {
		slug: 'aglomeracja-walbrzyska',
		gminy: 22,
		powiaty: 0,
		startDate: null,
		website: null,
		certainty: 'high',
		description:
			'Partnerstwo 22 gmin z Wałbrzychem, z powiatów wałbrzyskiego, kamiennogórskiego, świdnickiego ' +
			'i kłodzkiego, realizujące Zintegrowane Inwestycje Terytorialne (ZIT AW); liderem jest Gmina ' +
			'Wałbrzych. Strona miasta odróżnia miasta od gmin wiejskich o tych samych nazwach (Kamienna ' +
			'Góra, Nowa Ruda, Świdnica); Radkowa, wymienionego w pierwotnej deklaracji, na niej nie ma.'
	},
	'ZIT Koszalińsko-Kołobrzesko-Białogardzkiego Obszaru Funkcjonalnego (KKBOF)': {
		slug: 'zit-kkbof',
		gminy: 19,
		powiaty: 0,
		startDate: '2014-03-28',
		website: null,
		certainty: 'high',
		description:
			'Obszar ZIT 19 gmin – Koszalina oraz gmin powiatów koszalińskiego, kołobrzeskiego ' +
			'i białogardzkiego – które 28 marca 2014 r. podpisały porozumienie międzygminne (aneks ' +
			'z 15 czerwca 2015 r.). Gmina Miasto Koszalin reprezentuje samorządy i koordynuje ZIT, ' +
			'dlatego wpisujemy ją jako lidera.'
	},
	'Stowarzyszenie Lubelskiego Obszaru Metropolitalnego (LOM)': {
		slug: 'lubelski-obszar-metropolitalny',
		gminy: 22,
		powiaty: 4,
		startDate: '2022-11-23',
		website: 'https://slom.pl/',
		certainty: 'high',
		description:
			'Stowarzyszenie 22 gmin z Lublinem i czterech powiatów (lubelskiego, lubartowskiego, ' +
			'puławskiego i świdnickiego), założone 23 listopada 2022 r. Jest instytucją ZIT w programie ' +
			'Fundusze Europejskie dla Lubelskiego 2021–2027.'
	},
	'Stowarzyszenie Aglomeracja Opolska (ZIT AO)': {
		slug: 'aglomeracja-opolska',
		gminy: 21,
		powiaty: 2,
		startDate: '2013-10-16',
		website: null,
		certainty: 'medium-high',
		description:
			'Stowarzyszenie 21 gmin z Opolem oraz powiatów krapkowickiego i opolskiego, realizujące ZIT ' +
			'Aglomeracji Opolskiej. Założyło je 20 gmin 16 października 2013 r., w marcu 2014 r. dołączyły ' +
			'Tułowice, a oba powiaty przyjęto 6 lipca 2021 r.; listę gmin podaje serwis dobry-projekt.pl, ' +
			'zgodnie z liczbami w BIP stowarzyszenia.'
	},
	'Stowarzyszenie Rzeszowskiego Obszaru Funkcjonalnego (ROF)': {
		slug: 'rzeszowski-obszar-funkcjonalny',
		gminy: 15,
		powiaty: 0,
		startDate: null,
		website: null,
		certainty: 'high',
		description:
			'Stowarzyszenie 15 gmin – Rzeszowa oraz gmin powiatów rzeszowskiego, łańcuckiego ' +
			'i strzyżowskiego, w tym miasta i gminy wiejskiej Łańcut. Błażowa i Hyżne przystąpiły ' +
			'17 listopada 2021 r.; skład podajemy za stroną stowarzyszenia z około 2022 r.'
	},
	'Kielecki Obszar Funkcjonalny (KOF)': {
		slug: 'kielecki-obszar-funkcjonalny',
		gminy: 13,
		powiaty: 0,
		startDate: null,
		website: null,
		certainty: 'high',
		description:
			'Obszar funkcjonalny 13 gmin: Kielc i dwunastu gmin powiatu kieleckiego. Skład podajemy za ' +
			'stroną Gminy Daleszyce o ankiecie do Strategii Rozwoju Ponadlokalnego KOF 2030+; dawna ' +
			'gmina Sitkówka-Nowiny nosi w rejestrze TERC 2026 nazwę Nowiny.'
	},
	'Stowarzyszenie Białostockiego Obszaru Funkcjonalnego (BOF)': {
		slug: 'bialostocki-obszar-funkcjonalny',
		gminy: 10,
		powiaty: 0,
		startDate: null,
		website: null,
		certainty: 'high',
		description:
			'Stowarzyszenie dziesięciu gmin – Białegostoku i dziewięciu gmin powiatu białostockiego – ' +
			'które prowadziło ZIT w latach 2014–2020. Lista pochodzi sprzed wydzielenia gminy Grabówka ' +
			'z Supraśla w 2025 r., więc nowej gminy na niej nie ma.'
	},
	'Związek ZIT Miejskiego Obszaru Funkcjonalnego Olsztyna': {
		slug: 'zit-mof-olsztyna',
		gminy: 7,
		powiaty: 0,
		startDate: '2014-03-06',
		website: null,
		certainty: 'high',
		description:
			'Związek ZIT Olsztyna i sześciu sąsiednich gmin powiatu olsztyńskiego: Barczewa, Dywit, ' +
			'Gietrzwałdu, Jonkowa, Purdy i Stawigudy, oparty na porozumieniach z 6 marca 2014 r. ' +
			'i 11 maja 2015 r. Skład dotyczy ZIT okresu 2014–2020.'
	},
	'ZIT Miejskiego Obszaru Funkcjonalnego Zielonej Góry': {
		slug: 'zit-mof-zielonej-gory',
		gminy: 5,
		powiaty: 0,
		startDate: '2015-06-23',
		website: null,
		certainty: 'medium',
		description:
			'Zintegrowane Inwestycje Terytorialne Zielonej Góry i czterech gmin powiatu zielonogórskiego – ' +
			'Czerwieńska, Sulechowa, Świdnicy i Zaboru – na podstawie porozumienia z 23 czerwca 2015 r. ' +
			'Skład podajemy za artykułem prasowym, nie za stroną samego partnerstwa.'
	},
	'Stowarzyszenie Metropolia Poznań': {
		slug: 'metropolia-poznan',
		gminy: 22,
		powiaty: 1,
		startDate: null,
		website: null,
		certainty: 'high',
		description:
			'Stowarzyszenie Poznania, powiatu poznańskiego i 21 gmin: wszystkich gmin tego powiatu oraz ' +
			'Szamotuł, Obornik, Śremu i Skoków. Strona Gminy Kleszczewo mówi o 22 jednostkach, choć ' +
			'wymienia 23; skład zgadza się z danymi miasta Poznania.'
	},
	'Stowarzyszenie Szczecińskiego Obszaru Metropolitalnego (SSOM)': {
		slug: 'szczecinski-obszar-metropolitalny',
		gminy: 13,
		powiaty: 1,
		startDate: '2005',
		website: null,
		certainty: 'medium-high',
		description:
			'Stowarzyszenie Szczecina, 12 innych gmin zachodniopomorskich i powiatu polickiego, założone ' +
			'w 2005 r. (z województwem zachodniopomorskim, którego nie wpisujemy jako członka). Miasto ' +
			'i gmina Stargard oraz Świnoujście przystąpiły w 2008 r.; Świnoujście wystąpiło w 2009 r., ' +
			'lecz źródła znów podają je jako członka, a cała lista może nie być aktualna.'
	},
	'Łódzki Obszar Metropolitalny – partnerstwo projektu „Strategia Rozwoju ŁOM”': {
		slug: 'lom-strategia-rozwoju-2013',
		gminy: 19,
		powiaty: 2,
		startDate: '2013-05-24',
		website: null,
		certainty: 'high',
		description:
			'Partnerstwo Łodzi, 18 innych gmin oraz powiatów brzezińskiego i zgierskiego, zawarte ' +
			'24 maja 2013 r. dla projektu „Strategia Rozwoju Łódzkiego Obszaru Metropolitalnego” ' +
			'(partnerem było też województwo łódzkie); projekt zainicjowała Łódź, dlatego jest liderem. ' +
			'To skład partnerstwa projektu z 2013 r., a nie obecny skład Stowarzyszenia ŁOM.'
	},
	'Miejski Obszar Funkcjonalny Gorzowa Wielkopolskiego (ZIT MOF)': {
		slug: 'mof-gorzowa-wielkopolskiego',
		gminy: 10,
		powiaty: 0,
		startDate: null,
		website: null,
		certainty: 'medium',
		description:
			'Miejski obszar funkcjonalny Gorzowa Wielkopolskiego, który według artykułu prasowego ' +
			'z marca 2022 r. liczy dziesięć gmin, m.in. Kostrzyn nad Odrą, Skwierzynę, Strzelce ' +
			'Krajeńskie i Witnicę. Witnica i Kostrzyn nad Odrą podpisały listy intencyjne w lutym ' +
			'2021 r.; źródłem są tylko doniesienia prasowe.'
	},
	'Stowarzyszenie Metropolia Bydgoszcz': {
		slug: 'metropolia-bydgoszcz',
		gminy: 19,
		powiaty: 2,
		startDate: '2016-09-15',
		website: null,
		certainty: 'medium',
		description:
			'Stowarzyszenie założone na zebraniu 15 września 2016 r. (wpis do KRS 23 listopada 2016 r.) ' +
			'przez Bydgoszcz, 18 innych gmin oraz powiaty bydgoski i nakielski. Skład podajemy za ' +
			'doniesieniami prasowymi o założeniu; późniejszych zmian nie sprawdzano.'
	}
};

/** Who publishes each source site (the md's words), for the sources' readable names. */
export const SOURCE_OWNERS: Record<string, string> = {
	'zabierzow.org.pl': 'Gmina Zabierzów',
	'dolinaraby.pl': 'LGD „Dolina Raby”',
	'lgd-paluki.pl': 'LGD „Pałuki – Wspólna Sprawa”, statut',
	'pogorzanskie.pl': 'Pogórzańskie Stowarzyszenie',
	'lgdbeskidgorlicki27.pl': 'LGD „Beskid Gorlicki”',
	'gosciniec4zywiolow.pl': 'Stowarzyszenie „Gościniec 4 Żywiołów”',
	'lgdopatow.pl': 'LGD Powiatu Opatowskiego',
	'archiwum.partnerstwo-sowiogorskie.pl': 'LGD „Partnerstwo Sowiogórskie” (archiwum)',
	'wasosz.eu': 'Gmina Wąsosz',
	'prow2023-2027.lasowiacka.pl': 'Lasowiacka Grupa Działania',
	'krainadinozaurow.pl': 'LGD „Kraina Dinozaurów”',
	'mzgk.chrzanow.pl': 'ZMGK Chrzanów, statut związku',
	'eko-mazury.elk.pl': 'Związek Międzygminny „Gospodarka Komunalna” (Eko-Mazury)',
	'kzg.pl': 'KZG „Dolina Redy i Chylonki”',
	'czystesrodowisko.eu': 'Związek Gmin „Czyste Środowisko”',
	'zgk.karkonosze.eu': 'Związek Gmin Karkonoskich',
	'starysacz.um.gov.pl': 'Gmina Stary Sącz',
	'urzad.um.walbrzych.pl': 'Urząd Miejski w Wałbrzychu',
	'rpo.wzp.pl': 'Urząd Marszałkowski Województwa Zachodniopomorskiego, RPO WZ',
	'slom.pl': 'Stowarzyszenie LOM',
	'aglomeracja-opolska.pl': 'Stowarzyszenie Aglomeracja Opolska',
	'rof.org.pl': 'Stowarzyszenie ROF',
	'daleszyce.pl': 'Gmina Daleszyce',
	'portal.lapy.pl': 'Gmina Łapy',
	'gminadywity.pl': 'Gmina Dywity',
	'wiadomosci.onet.pl': 'Onet Wiadomości',
	'kleszczewo.pl': 'Gmina Kleszczewo',
	'bip.som.szczecin.pl': 'BIP Stowarzyszenia Szczecińskiego Obszaru Metropolitalnego',
	'gryfino.pl': 'Gmina Gryfino',
	'parzeczew.pl': 'Gmina Parzęczew',
	'gorzowwielkopolski.naszemiasto.pl': 'Nasze Miasto Gorzów Wielkopolski'
};

/**
 * Where the page names a unit otherwise than TERC 2026 (renames, short forms the md explains):
 * the code and the page's name. Every other row's name must contain the register's name.
 */
export const PAGE_NAMES: Record<string, string> = {
	'2812052': 'Nowe Miasto Lubawskie', // rural gmina, Bratian in TERC 2026
	'3211012': 'Dobra Szczecińska', // Dobra (Szczecińska) in TERC 2026
	'0861011': 'Gorzów', // Gorzów Wielkopolski
	'0801011': 'Kostrzyn' // Kostrzyn nad Odrą (the md: "as eska.pl names it")
};

/**
 * Records that share a quoted name or most of their members with another (the build stops on an
 * overlap not listed here): each one with the reason it stays a record of its own.
 */
export const KNOWN_OVERLAPS: Record<string, { with: string; why: string }[]> = {
	'lgd-blisko-krakowa': [
		{
			with: 'blisko-krakowa',
			why: 'a LEADER group of 6 gminy (with Zabierzów), not the 2013 functional-area partnership of 5'
		}
	],
	'zmgk-chrzanow': [
		{
			with: 'zm-gospodarka-komunalna-elk',
			why: 'two unions with the same name, in Chrzanów and in Ełk, no member in common'
		}
	]
};
