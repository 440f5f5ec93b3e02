/**
 * UI text in Polish (first) and English. Record content is shown as written, never translated.
 * Keys are grouped by the part of the interface that uses them.
 */
import type { Lang } from './format';

const pl = {
	appName: 'Mapa Partnerstw',
	tagline: 'Współpraca samorządów na mapie',
	mapLabel: 'Mapa granic administracyjnych Polski',
	loading: 'Wczytywanie mapy…',
	noWebgl:
		'Twoja przeglądarka nie może wyświetlić mapy (brak WebGL). Dane są dostępne w wykazie i przez API.',
	mapError: 'Nie udało się wczytać mapy',
	close: 'Zamknij',
	closePanel: 'Zamknij panel',
	unitDetails: 'Szczegóły jednostki',
	teryt: 'Kod TERYT',
	type: 'Rodzaj',
	area: 'Powierzchnia',
	population: 'Liczba mieszkańców',
	populationSource: 'GUS, stan na 31 grudnia',
	parents: 'Należy do',
	children: { pow: 'Powiaty', gmi: 'Gminy' },
	showParent: 'Pokaż',
	zoomTo: 'Przybliż do jednostki',
	noGeometry: 'Brak granic w źródle danych (gmina utworzona w 2025 r.).',
	/** The panel when the record asked for does not exist, or could not be loaded. */
	panelNotFound: {
		praktyka: (id: string) => `Nie znaleziono praktyki ${id}`,
		partnerstwo: (id: string) => `Nie znaleziono partnerstwa ${id}`,
		unit: (id: string) => `Nie znaleziono jednostki o kodzie TERYT ${id}`
	} as Record<string, (id: string) => string>,
	panelLoadError: {
		praktyka: 'Nie udało się wczytać praktyki',
		partnerstwo: 'Nie udało się wczytać partnerstwa',
		unit: 'Nie udało się wczytać danych jednostki'
	} as Record<string, string>,
	panelLoadRetry: 'Sprawdź połączenie i spróbuj ponownie.',
	noJs: 'Mapa działa tylko z włączonym JavaScriptem.',
	noJsList:
		'Pełna treść jest w wykazie wyników: każdy wiersz prowadzi do strony praktyki albo partnerstwa, a filtry działają także bez JavaScriptu.',
	noJsLink: 'Przejdź do wyników',
	noJsEmbed: 'Wszystkie praktyki i partnerstwa są w wykazie na pełnej mapie.',
	language: 'English',
	languageCode: 'en',
	record: {
		practice: 'Praktyka',
		partnership: 'Partnerstwo',
		summary: 'Skrót',
		presentation: 'Pełna prezentacja',
		/** The heading; the Metryka's field labels live in src/lib/domain/fields.ts. */
		metryka: 'Metryka praktyki',
		attachments: 'Załączniki',
		location: 'Położenie',
		partners: 'Partnerzy wymienieni w opisie',
		partnerships: 'Partnerstwa',
		practices: 'Praktyki',
		keywords: 'Słowa kluczowe',
		sources: 'Źródła',
		verified: 'sprawdzono',
		kind: 'Rodzaj',
		period: 'Okres',
		website: 'Strona internetowa',
		members: 'Członkowie (samorządy)',
		otherMembers: 'Pozostali członkowie',
		leader: 'lider',
		joined: 'od',
		left: 'do',
		totalPopulation: 'Łączna liczba mieszkańców',
		area: 'Powierzchnia obszaru',
		noGeometry: 'bez granic w źródle danych',
		membersWithoutGeometry: 'Członkowie bez granic w źródle danych (nie wliczeni do obszaru)',
		showOnMap: 'Pokaż na mapie',
		openPage: 'Otwórz stronę rekordu',
		unresolved: 'nie przypisano do jednostki TERYT',
		programme: 'Program',
		budget: 'Budżet',
		euFunding: 'Dofinansowanie UE',
		themes: 'Tematy',
		notFound: 'Nie znaleziono rekordu.',
		backToMap: 'Wróć do mapy',
		country: 'kraj'
	},
	legend: {
		title: 'Legenda',
		practices: 'Praktyki (przy gminie)',
		toggle: 'Pokaż lub ukryj'
	},
	filters: {
		title: 'Filtry',
		search: 'Szukaj',
		searchPlaceholder: 'gmina, partnerstwo, temat…',
		searchHint: 'Wpisz co najmniej 2 znaki; strzałki wybierają podpowiedź.',
		woj: 'Województwo',
		pow: 'Powiat',
		gmi: 'Gmina',
		allWoj: 'Wszystkie województwa',
		allPow: 'Wszystkie powiaty',
		allGmi: 'Wszystkie gminy',
		kat: 'Dział praktyk',
		allKat: 'Wszystkie działy',
		typ: 'Rodzaj partnerstwa',
		allTyp: 'Wszystkie rodzaje',
		rok: 'Rok',
		allRok: 'Dowolny rok',
		apply: 'Pokaż',
		clear: 'Wyczyść filtry',
		notes: 'Pominięto niektóre parametry adresu:',
		download: 'Pobierz',
		practicesCsv: 'praktyki (CSV)',
		practicesGeojson: 'praktyki (GeoJSON)',
		partnershipsCsv: 'partnerstwa (CSV)',
		partnershipsGeojson: 'partnerstwa (GeoJSON)',
		suggestions: 'Podpowiedzi',
		regionHint:
			'Strzałki i litery tylko przeglądają listę; wybór zatwierdza Enter albo przejście do następnego pola.',
		cityPowiat: 'miasto na prawach powiatu'
	},
	skip: {
		label: 'Skróty',
		list: 'Przejdź do listy wyników',
		map: 'Przejdź do mapy'
	},
	list: {
		title: 'Wyniki',
		onlyInView: 'Tylko to, co widać na mapie',
		practices: 'Praktyki',
		partnerships: 'Partnerstwa',
		emptyPractices: 'Brak praktyk w tym obszarze',
		emptyPartnerships: 'Brak partnerstw w tym obszarze',
		emptySearch: (q: string) => `Nic nie pasuje do „${q}”`,
		moreWithoutJs: (shown: number, total: number) =>
			`Pokazano ${shown} z ${total}. Wszystkie są w plikach „Pobierz” w filtrach.`,
		partly: 'częściowo w tym obszarze',
		members: 'członków',
		tabMap: 'Mapa',
		tabList: 'Lista',
		more: 'Pokaż więcej'
	},
	alsoHere: 'W tym miejscu także',
	openFullMap: 'Otwórz pełną mapę',
	embedTitle: 'Mapa partnerstw samorządów',
	linkOut: {
		title: 'Nie można otworzyć nowej karty',
		text: 'Strona, na której osadzono tę mapę, nie pozwala jej otwierać nowych kart. Skopiuj adres i otwórz go w przeglądarce:',
		address: 'Adres',
		copy: 'Kopiuj',
		copied: 'Skopiowano',
		close: 'Zamknij'
	},
	hintKeyboard: 'Mapę można przesuwać strzałkami i przybliżać klawiszami + i −.',
	embed: {
		title: 'Osadź mapę',
		intro:
			'Umieść mapę partnerstw na stronie swojej gminy, powiatu albo partnerstwa. Wybierz zakres i wygląd, obejrzyj podgląd, a potem skopiuj kod i wklej go w edytorze strony (w trybie HTML).',
		builder: 'Ustawienia mapy',
		scope: 'Zakres mapy',
		scopeHint:
			'Wpisz nazwę gminy, powiatu, województwa albo partnerstwa i wybierz podpowiedź. Mapa z zakresem pokazuje tylko to, co w nim leży.',
		scopeCurrent: 'Zakres',
		scopeNone: 'cała Polska',
		scopeClear: 'Wyczyść zakres',
		scopeCleared: 'Zakres wyczyszczony: cała Polska.',
		scopeChosen: 'Wybrano zakres:',
		scopePractice:
			'Praktyka nie może być zakresem mapy. Wybierz gminę, powiat, województwo albo partnerstwo.',
		levels: {
			woj: 'województwo',
			pow: 'powiat',
			gmi: 'gmina',
			partnerstwo: 'partnerstwo'
		} as Record<string, string>,
		filters: 'Filtry',
		size: 'Rozmiar',
		responsive: 'Na całą szerokość (100%)',
		fixed: 'Stała szerokość',
		width: 'Szerokość (px)',
		widthHint: 'Od 280 do 2000 px; na węższym ekranie mapa się zwęzi.',
		height: 'Wysokość mapy (px)',
		heightHint:
			'Od 100 do 2000 px (poniżej 300 px sama mapa, bez legendy i listy); lista wyników, jeśli jest, dochodzi pod mapą.',
		language: 'Język mapy',
		options: 'Dodatki',
		showList: 'Lista wyników pod mapą',
		showLegend: 'Legenda',
		preview: 'Podgląd',
		previewTitle: 'Podgląd',
		previewNote:
			'Tak będzie wyglądać mapa na Twojej stronie. Podgląd odświeża się po każdej zmianie ustawień.',
		events: 'Komunikaty z podglądu',
		eventsNone:
			'Kliknij coś na mapie w podglądzie, a tu pojawią się komunikaty, które dostanie Twoja strona.',
		code: 'Kod do wklejenia',
		iframeCode: 'Ramka (iframe)',
		iframeCodeHint:
			'Gdy edytor strony nie przyjmuje skryptów. Wysokość ramki jest stała: lista wyników, jeśli jest, przewija się w ramce pod mapą.',
		scriptCode: 'Skrypt (zalecany)',
		scriptCodeHint:
			'Wstawia ramkę, sam dopasowuje jej wysokość do treści (z listą wyników w całości) i przekazuje Twojej stronie zdarzenia z mapy.',
		copy: 'Kopiuj',
		copied: 'Skopiowano',
		copyManual: 'Kod jest zaznaczony: naciśnij Ctrl+C (⌘+C na Macu), aby go skopiować.',
		mapTitle: 'Mapa partnerstw',
		defaultTitle: 'Mapa partnerstw samorządów',
		docs: {
			title: 'Dokumentacja',
			optionsTitle: 'Parametry adresu',
			optionsIntro:
				'Adres osadzonej mapy to `/embed` z parametrami. Parametry filtrów są te same co na stronie głównej i w API, więc widok z mapy można osadzić, dopisując je do adresu.',
			name: 'Parametr',
			values: 'Wartości',
			default: 'Domyślnie',
			meaning: 'Znaczenie',
			none: 'brak',
			rows: [
				{
					name: 'zakres',
					values: '`gmi:KOD` (7 cyfr TERYT), `pow:KOD` (4), `woj:KOD` (2), `partnerstwo:ID`',
					default: 'cała Polska',
					meaning: 'Blokada zakresu (opis niżej).'
				},
				{ name: 'lista', values: '`0`, `1`', default: '`0`', meaning: 'Lista wyników pod mapą.' },
				{
					name: 'legenda',
					values: '`0`, `1`',
					default: '`1`',
					meaning: 'Legenda rodzajów partnerstw.'
				},
				{
					name: 'wysokosc',
					values: '100–2000',
					default: '500',
					meaning:
						'Wysokość mapy w pikselach; lista, jeśli jest, dochodzi pod mapą. Poniżej 300 sama mapa, bez legendy, listy i uwag.'
				},
				{
					name: 'lang',
					values: '`pl`, `en`',
					default: '`pl`',
					meaning: 'Język napisów mapy; treść rekordów zostaje w oryginale.'
				},
				{
					name: 'woj, pow, gmi',
					values: 'kod TERYT: 2, 4 albo 7 cyfr',
					default: '—',
					meaning: 'Województwo, powiat, gmina.'
				},
				{
					name: 'kat',
					values: 'dział praktyk (lista niżej)',
					default: '—',
					meaning: 'Tylko praktyki z tego działu.'
				},
				{
					name: 'typ',
					values: 'rodzaj partnerstwa (lista niżej)',
					default: '—',
					meaning: 'Tylko partnerstwa tego rodzaju.'
				},
				{
					name: 'rok',
					values: '1990–2100',
					default: '—',
					meaning: 'Praktyki z tego roku i partnerstwa działające w tym roku.'
				},
				{ name: 'q', values: 'tekst', default: '—', meaning: 'Wyszukiwanie w treści.' },
				{
					name: 'sel',
					values: '`praktyka:ID`, `partnerstwo:ID`',
					default: '—',
					meaning: 'Rekord otwarty od razu po wczytaniu.'
				}
			],
			invalid:
				'Parametr o złej wartości jest pomijany, a mapa pokazuje, co pominęła; nigdy nie kończy się to pustą ramką.',
			kinds: 'Rodzaje partnerstw (`typ`)',
			sections: 'Działy praktyk (`kat`)',
			code: 'Wartość',
			label: 'Nazwa',
			scopeTitle: 'Blokada zakresu',
			scopeText: [
				'Z parametrem `zakres` mapa jest zamknięta w wybranym obszarze. `gmi:1206113` pokazuje praktyki z gminy Skawina i partnerstwa, do których należy; `pow:` i `woj:` działają tak samo dla powiatu i województwa; `partnerstwo:ID` pokazuje jedno partnerstwo i jego praktyki.',
				'Filtry podane w adresie albo wysłane przez stronę poleceniem `setFilters` mogą zakres tylko zawęzić, nigdy go nie poszerzą. Dzięki temu gmina, która osadza swoją mapę, ma pewność, że pokaże tylko swoje sprawy. Link „Otwórz pełną mapę” w ramce prowadzi do pełnego serwisu.'
			],
			protocolTitle: 'Komunikaty między mapą a stroną (postMessage, wersja 1)',
			protocolIntro:
				'Mapa i strona, na której ją osadzono, wymieniają komunikaty przez `window.postMessage`. Każdy komunikat jest obiektem z polami `source`, `version` (teraz `1`) i `type`. Komunikat o innym kształcie jest pomijany. Zawsze sprawdzaj `event.origin`: komunikaty mapy przychodzą z `{origin}`.',
			fromEmbed: "Od mapy do strony (`source: 'mapa-partnerstw'`)",
			fromHost: "Od strony do mapy (`source: 'mapa-partnerstw-host'`)",
			type: 'Typ',
			fields: 'Pola',
			when: 'Kiedy i po co',
			embedRows: [
				{
					type: 'ready',
					fields: '`scope`: zakres jak w adresie albo `null`',
					when: 'Raz, gdy mapa się narysowała. Od tej chwili mapa przyjmuje polecenia.'
				},
				{
					type: 'resize',
					fields: '`height`: wysokość treści w pikselach',
					when: 'Przy każdej zmianie wysokości treści; skrypt `embed.js` sam dopasowuje ramkę.'
				},
				{
					type: 'select',
					fields:
						'`record`: `{ type, id, name }` albo `null`; `type` to `praktyka`, `partnerstwo` albo `jednostka` (wtedy `id` jest kodem TERYT)',
					when: 'Ktoś otworzył rekord na mapie albo go zamknął.'
				},
				{
					type: 'filterchange',
					fields: '`filters`: `{ woj, pow, gmi, kat, typ, rok, q }`',
					when: 'Zmieniły się filtry: zrobił to użytkownik albo polecenie strony.'
				}
			],
			hostRows: [
				{
					type: 'setFilters',
					fields:
						'`filters`: dowolne z `woj`, `pow`, `gmi`, `kat`, `typ`, `rok`, `q`; `null` czyści filtr',
					when: 'Ustawia filtry (w granicach zakresu).'
				},
				{
					type: 'select',
					fields: "`record`: `{ type: 'praktyka' | 'partnerstwo', id }` albo `null`",
					when: 'Otwiera rekord albo zamyka panel.'
				}
			],
			validation:
				'Polecenie z nieznanym typem, nieznanym kluczem filtra albo wartością złego rodzaju jest pomijane w całości. Wysyłaj polecenia dopiero po komunikacie `ready`.',
			exampleScript: 'Przykład: skrypt i zdarzenia na kontenerze',
			exampleScriptText:
				'Skrypt `embed.js` przekazuje każdy poprawny komunikat mapy jako zdarzenie `mapa-partnerstw` na elemencie z atrybutem `data-mapa-partnerstw` (w `event.detail`), a polecenia wysyła funkcja `MapaPartnerstw.send(element, polecenie)`. Gdy strona dodaje kontenery później (np. aplikacja w JavaScripcie), wywołaj `MapaPartnerstw.scan()`.',
			exampleIframe: 'Przykład: sama ramka i zdarzenia `message`',
			commentReady: 'Mapa gotowa: pokaż tylko obszary funkcjonalne',
			commentSelect: 'Ktoś wybrał rekord na mapie',
			commentResize: 'Ramka rośnie razem z treścią',
			commentOpen: 'Otwórz praktykę o numerze id',
			mannersTitle: 'Dobre maniery gościa',
			manners: [
				'Nie ustawia ciasteczek i nie łączy się z innymi serwerami: mapa, dane i kafelki pochodzą z tego serwisu.',
				'Nie przejmuje przewijania strony: mapę przybliża się kółkiem myszy z wciśniętym Ctrl (⌘ na Macu) albo dwoma palcami; zwykłe przewijanie przewija stronę, a mapa podpowiada, jak ją przybliżyć.',
				'Nie zabiera fokusu przy wczytaniu i nie przewija strony; do mapy wchodzi się klawiszem Tab jak do każdej ramki.',
				'Sama dopasowuje wysokość: wysyła komunikat `resize`, a skrypt `embed.js` zmienia wysokość ramki.',
				'Wczytuje się dopiero wtedy, gdy ramka zbliża się do widocznej części strony (`loading="lazy"`).',
				'Osadzać można tylko adres `/embed`; pozostałe strony serwisu nie dają się wstawić w ramkę na innej stronie.'
			],
			oembedTitle: 'oEmbed',
			oembedText: [
				'Systemy zarządzania treścią, które osadzają treści tylko przez oEmbed, mogą wstawić mapę z samego linku. Punkt końcowy: `/oembed?url=<adres strony tego serwisu>` (oEmbed 1.0, odpowiedź JSON typu `rich` z kodem ramki z tytułem). Opcjonalne `maxwidth` i `maxheight` ograniczają rozmiar ramki.',
				'Działa dla mapy (strona główna z filtrami) i dla stron praktyk i partnerstw. Te strony mają w nagłówku znacznik odkrywania `<link rel="alternate" type="application/json+oembed">`, więc zwykle wystarczy wkleić sam link.',
				'Ramka ma co najmniej 100 px; poniżej 300 px wysokości pokazuje samą mapę, bez legendy i listy. WordPress i wiele kreatorów stron wstawia ramki z atrybutem `sandbox="allow-scripts"`: mapa działa i w nich. Gdy taka ramka nie pozwala otwierać nowych kart, mapa zamiast linku pokazuje adres do skopiowania.'
			],
			oembedExample: 'Przykład zapytania'
		}
	},
	maplibre: {
		'Map.Title': 'Mapa',
		'NavigationControl.ZoomIn': 'Przybliż',
		'NavigationControl.ZoomOut': 'Oddal',
		'AttributionControl.ToggleAttribution': 'Pokaż lub ukryj źródła danych',
		'ScaleControl.Meters': 'm',
		'ScaleControl.Kilometers': 'km',
		'CooperativeGesturesHandler.WindowsHelpText': 'Użyj Ctrl + przewijania, aby przybliżyć mapę',
		'CooperativeGesturesHandler.MacHelpText': 'Użyj ⌘ + przewijania, aby przybliżyć mapę',
		'CooperativeGesturesHandler.MobileHelpText': 'Przesuwaj mapę dwoma palcami'
	} as Record<string, string>
};

type Dict = typeof pl;

const en: Dict = {
	appName: 'Mapa Partnerstw',
	tagline: 'Cooperation of Polish local governments on a map',
	mapLabel: 'Map of the administrative boundaries of Poland',
	loading: 'Loading the map…',
	noWebgl:
		'Your browser cannot show the map (no WebGL). The data is available in the list and through the API.',
	mapError: 'The map could not be loaded',
	close: 'Close',
	closePanel: 'Close the panel',
	unitDetails: 'Unit details',
	teryt: 'TERYT code',
	type: 'Type',
	area: 'Area',
	population: 'Population',
	populationSource: 'Statistics Poland (GUS), as of 31 December',
	parents: 'Part of',
	children: { pow: 'Powiaty', gmi: 'Gminy' },
	showParent: 'Show',
	zoomTo: 'Zoom to the unit',
	noGeometry: 'The boundary source has no shape for it (gmina created in 2025).',
	panelNotFound: {
		praktyka: (id: string) => `Practice ${id} was not found`,
		partnerstwo: (id: string) => `Partnership ${id} was not found`,
		unit: (id: string) => `No unit has the TERYT code ${id}`
	},
	panelLoadError: {
		praktyka: 'The practice could not be loaded',
		partnerstwo: 'The partnership could not be loaded',
		unit: 'The unit could not be loaded'
	},
	panelLoadRetry: 'Check the connection and try again.',
	noJs: 'The map works only with JavaScript turned on.',
	noJsList:
		'The full content is in the list of results: every row leads to the page of a practice or partnership, and the filters work without JavaScript too.',
	noJsLink: 'Go to the results',
	noJsEmbed: 'Every practice and partnership is listed on the full map.',
	language: 'Polski',
	languageCode: 'pl',
	record: {
		practice: 'Practice',
		partnership: 'Partnership',
		summary: 'Summary',
		presentation: 'Full presentation',
		metryka: 'Practice record (Metryka)',
		attachments: 'Attachments',
		location: 'Location',
		partners: 'Partners named in the description',
		partnerships: 'Partnerships',
		practices: 'Practices',
		keywords: 'Keywords',
		sources: 'Sources',
		verified: 'checked',
		kind: 'Kind',
		period: 'Period',
		website: 'Website',
		members: 'Members (local governments)',
		otherMembers: 'Other members',
		leader: 'lead',
		joined: 'from',
		left: 'until',
		totalPopulation: 'Total population',
		area: 'Area',
		noGeometry: 'no boundary in the source',
		membersWithoutGeometry: 'Members without a boundary in the source (not in the area)',
		showOnMap: 'Show on the map',
		openPage: 'Open the record page',
		unresolved: 'not matched to a TERYT unit',
		programme: 'Programme',
		budget: 'Budget',
		euFunding: 'EU funding',
		themes: 'Themes',
		notFound: 'Record not found.',
		backToMap: 'Back to the map',
		country: 'country'
	},
	legend: {
		title: 'Legend',
		practices: 'Practices (at their gmina)',
		toggle: 'Show or hide'
	},
	filters: {
		title: 'Filters',
		search: 'Search',
		searchPlaceholder: 'gmina, partnership, topic…',
		searchHint: 'Type at least 2 characters; arrow keys choose a suggestion.',
		woj: 'Voivodeship',
		pow: 'Powiat',
		gmi: 'Gmina',
		allWoj: 'All voivodeships',
		allPow: 'All powiaty',
		allGmi: 'All gminy',
		kat: 'Practice section',
		allKat: 'All sections',
		typ: 'Kind of partnership',
		allTyp: 'All kinds',
		rok: 'Year',
		allRok: 'Any year',
		apply: 'Show',
		clear: 'Clear filters',
		notes: 'Some address parameters were ignored:',
		download: 'Download',
		practicesCsv: 'practices (CSV)',
		practicesGeojson: 'practices (GeoJSON)',
		partnershipsCsv: 'partnerships (CSV)',
		partnershipsGeojson: 'partnerships (GeoJSON)',
		suggestions: 'Suggestions',
		regionHint:
			'Arrow keys and letters only move through the list; Enter or moving on to the next field applies the choice.',
		cityPowiat: 'city with powiat rights'
	},
	skip: {
		label: 'Shortcuts',
		list: 'Skip to the list of results',
		map: 'Skip to the map'
	},
	list: {
		title: 'Results',
		onlyInView: 'Only what the map shows',
		practices: 'Practices',
		partnerships: 'Partnerships',
		emptyPractices: 'No practices in this area',
		emptyPartnerships: 'No partnerships in this area',
		emptySearch: (q: string) => `Nothing matches “${q}”`,
		moreWithoutJs: (shown: number, total: number) =>
			`Showing ${shown} of ${total}. All of them are in the “Download” files under the filters.`,
		partly: 'partly in this region',
		members: 'members',
		tabMap: 'Map',
		tabList: 'List',
		more: 'Show more'
	},
	alsoHere: 'Also at this place',
	openFullMap: 'Open the full map',
	embedTitle: 'Map of local-government partnerships',
	linkOut: {
		title: 'A new tab cannot be opened',
		text: 'The page this map is embedded in does not let it open new tabs. Copy the address and open it in your browser:',
		address: 'Address',
		copy: 'Copy',
		copied: 'Copied',
		close: 'Close'
	},
	hintKeyboard: 'Pan the map with the arrow keys and zoom with + and −.',
	embed: {
		title: 'Embed the map',
		intro:
			'Put the partnership map on the website of your gmina, powiat or partnership. Choose the scope and the look, check the preview, then copy the code and paste it into your site editor (in HTML mode).',
		builder: 'Map settings',
		scope: 'Scope of the map',
		scopeHint:
			'Type the name of a gmina, powiat, voivodeship or partnership and choose a suggestion. A scoped map shows only what lies inside the scope.',
		scopeCurrent: 'Scope',
		scopeNone: 'all of Poland',
		scopeClear: 'Clear the scope',
		scopeCleared: 'Scope cleared: all of Poland.',
		scopeChosen: 'Scope chosen:',
		scopePractice:
			'A practice cannot be the scope of a map. Choose a gmina, powiat, voivodeship or partnership.',
		levels: {
			woj: 'voivodeship',
			pow: 'powiat',
			gmi: 'gmina',
			partnerstwo: 'partnership'
		},
		filters: 'Filters',
		size: 'Size',
		responsive: 'Full width (100%)',
		fixed: 'Fixed width',
		width: 'Width (px)',
		widthHint: 'From 280 to 2000 px; on a narrower screen the map gets narrower.',
		height: 'Map height (px)',
		heightHint:
			'From 100 to 2000 px (below 300 px the map alone, without legend and list); the result list, if shown, comes below the map.',
		language: 'Language of the map',
		options: 'Extras',
		showList: 'Result list below the map',
		showLegend: 'Legend',
		preview: 'Preview',
		previewTitle: 'Preview',
		previewNote:
			'This is how the map will look on your website. The preview reloads after every change of the settings.',
		events: 'Messages from the preview',
		eventsNone:
			'Click something on the map in the preview and the messages your page would get appear here.',
		code: 'Code to paste',
		iframeCode: 'Frame (iframe)',
		iframeCodeHint:
			'When the page editor does not accept scripts. The frame has a fixed height: the result list, if shown, scrolls inside it below the map.',
		scriptCode: 'Script (recommended)',
		scriptCodeHint:
			'Inserts the frame, keeps its height in step with the content (the whole result list included) and passes the map’s events to your page.',
		copy: 'Copy',
		copied: 'Copied',
		copyManual: 'The code is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
		mapTitle: 'Partnership map',
		defaultTitle: 'Map of local-government partnerships',
		docs: {
			title: 'Documentation',
			optionsTitle: 'Address parameters',
			optionsIntro:
				'The embedded map lives at `/embed` with parameters. The filter parameters are the same as on the main page and in the API, so a view of the map can be embedded by adding them to the address.',
			name: 'Parameter',
			values: 'Values',
			default: 'Default',
			meaning: 'Meaning',
			none: 'none',
			rows: [
				{
					name: 'zakres',
					values: '`gmi:CODE` (7 TERYT digits), `pow:CODE` (4), `woj:CODE` (2), `partnerstwo:ID`',
					default: 'all of Poland',
					meaning: 'Scope lock (see below).'
				},
				{
					name: 'lista',
					values: '`0`, `1`',
					default: '`0`',
					meaning: 'Result list below the map.'
				},
				{
					name: 'legenda',
					values: '`0`, `1`',
					default: '`1`',
					meaning: 'Legend of partnership kinds.'
				},
				{
					name: 'wysokosc',
					values: '100–2000',
					default: '500',
					meaning:
						'Height of the map in pixels; the list, if shown, comes below the map. Below 300 the map alone, without legend, list and notes.'
				},
				{
					name: 'lang',
					values: '`pl`, `en`',
					default: '`pl`',
					meaning: 'Language of the map’s labels; records stay as written.'
				},
				{
					name: 'woj, pow, gmi',
					values: 'TERYT code: 2, 4 or 7 digits',
					default: '—',
					meaning: 'Voivodeship, powiat, gmina.'
				},
				{
					name: 'kat',
					values: 'practice section (list below)',
					default: '—',
					meaning: 'Only practices of that section.'
				},
				{
					name: 'typ',
					values: 'partnership kind (list below)',
					default: '—',
					meaning: 'Only partnerships of that kind.'
				},
				{
					name: 'rok',
					values: '1990–2100',
					default: '—',
					meaning: 'Practices of that year and partnerships active in it.'
				},
				{ name: 'q', values: 'text', default: '—', meaning: 'Full-text search.' },
				{
					name: 'sel',
					values: '`praktyka:ID`, `partnerstwo:ID`',
					default: '—',
					meaning: 'A record opened right after loading.'
				}
			],
			invalid:
				'A parameter with a wrong value is ignored and the map says what it ignored; it never ends in an empty frame.',
			kinds: 'Partnership kinds (`typ`)',
			sections: 'Practice sections (`kat`)',
			code: 'Value',
			label: 'Name',
			scopeTitle: 'Scope lock',
			scopeText: [
				'With the `zakres` parameter the map is locked to the chosen area. `gmi:1206113` shows the practices of the gmina of Skawina and the partnerships it belongs to; `pow:` and `woj:` work the same way for a powiat and a voivodeship; `partnerstwo:ID` shows one partnership and its practices.',
				'Filters given in the address or sent by the page with the `setFilters` command can only narrow the scope, never widen it. So a gmina that embeds its map can be sure it shows only its own affairs. The “Open the full map” link in the frame leads to the full site.'
			],
			protocolTitle: 'Messages between the map and the page (postMessage, version 1)',
			protocolIntro:
				'The map and the page it is embedded in exchange messages with `window.postMessage`. Every message is an object with the fields `source`, `version` (now `1`) and `type`. A message of any other shape is ignored. Always check `event.origin`: the map’s messages come from `{origin}`.',
			fromEmbed: "From the map to the page (`source: 'mapa-partnerstw'`)",
			fromHost: "From the page to the map (`source: 'mapa-partnerstw-host'`)",
			type: 'Type',
			fields: 'Fields',
			when: 'When and what for',
			embedRows: [
				{
					type: 'ready',
					fields: '`scope`: the scope as in the address, or `null`',
					when: 'Once, when the map has been drawn. From then on the map accepts commands.'
				},
				{
					type: 'resize',
					fields: '`height`: the content height in pixels',
					when: 'Whenever the content height changes; the `embed.js` script resizes the frame itself.'
				},
				{
					type: 'select',
					fields:
						'`record`: `{ type, id, name }` or `null`; `type` is `praktyka`, `partnerstwo` or `jednostka` (then `id` is a TERYT code)',
					when: 'Someone opened a record on the map, or closed it.'
				},
				{
					type: 'filterchange',
					fields: '`filters`: `{ woj, pow, gmi, kat, typ, rok, q }`',
					when: 'The filters changed, by the user or by a command of the page.'
				}
			],
			hostRows: [
				{
					type: 'setFilters',
					fields:
						'`filters`: any of `woj`, `pow`, `gmi`, `kat`, `typ`, `rok`, `q`; `null` clears a filter',
					when: 'Sets the filters (within the scope).'
				},
				{
					type: 'select',
					fields: "`record`: `{ type: 'praktyka' | 'partnerstwo', id }` or `null`",
					when: 'Opens a record, or closes the panel.'
				}
			],
			validation:
				'A command with an unknown type, an unknown filter key or a value of the wrong kind is ignored as a whole. Send commands only after the `ready` message.',
			exampleScript: 'Example: the script and events on the container',
			exampleScriptText:
				'The `embed.js` script passes every valid message of the map on as a `mapa-partnerstw` event on the element with the `data-mapa-partnerstw` attribute (in `event.detail`); the function `MapaPartnerstw.send(element, command)` sends commands. When the page adds containers later (a JavaScript application, say), call `MapaPartnerstw.scan()`.',
			exampleIframe: 'Example: the frame alone and `message` events',
			commentReady: 'The map is ready: show only functional areas',
			commentSelect: 'Someone chose a record on the map',
			commentResize: 'The frame grows with its content',
			commentOpen: 'Open the practice with this id',
			mannersTitle: 'Good guest manners',
			manners: [
				'Sets no cookies and connects to no other servers: the map, the data and the tiles come from this site.',
				'Does not take over the page’s scrolling: zoom the map with the mouse wheel while holding Ctrl (⌘ on a Mac) or with two fingers; plain scrolling scrolls the page, and the map says how to zoom.',
				'Takes no focus on loading and does not scroll the page; the Tab key enters the map like any frame.',
				'Sizes itself: it sends a `resize` message and the `embed.js` script changes the frame’s height.',
				'Loads only when the frame comes near the visible part of the page (`loading="lazy"`).',
				'Only the `/embed` address can be embedded; the other pages of the site refuse to be framed by another site.'
			],
			oembedTitle: 'oEmbed',
			oembedText: [
				'Content management systems that embed only through oEmbed can insert the map from a plain link. The endpoint: `/oembed?url=<address of a page of this site>` (oEmbed 1.0, a JSON answer of type `rich` with the code of a titled frame). The optional `maxwidth` and `maxheight` limit the size of the frame.',
				'It works for the map (the main page with filters) and for the pages of practices and partnerships. Those pages carry the discovery tag `<link rel="alternate" type="application/json+oembed">` in their head, so pasting the link is usually enough.',
				'The frame is at least 100 px; below 300 px of height it shows the map alone, without legend and list. WordPress and many page builders insert frames with `sandbox="allow-scripts"`: the map works in them too. Where such a frame does not allow new tabs, the map shows the address to copy instead of a link.'
			],
			oembedExample: 'An example request'
		}
	},
	maplibre: {}
};

export const dictionaries: Record<Lang, Dict> = { pl, en };

/**
 * The language of a message built in code: the page's (`pl`, `en`) for what people read, or
 * `both` ("polski / english") for answers machines read (JSON API errors and notes).
 */
export type MessageLang = Lang | 'both';

/** One message in the asked language (see MessageLang). */
export function say(lang: MessageLang, pl: string, en: string): string {
	return lang === 'both' ? `${pl} / ${en}` : lang === 'pl' ? pl : en;
}

export function parseLang(value: string | null | undefined, acceptLanguage?: string | null): Lang {
	if (value === 'pl' || value === 'en') return value;
	if (acceptLanguage) {
		for (const part of acceptLanguage.split(',')) {
			const tag = part.split(';')[0].trim().toLowerCase();
			if (tag.startsWith('pl')) return 'pl';
			if (tag.startsWith('en')) return 'en';
		}
	}
	return 'pl';
}
