/**
 * The interface's words in Polish, the language the others follow (their type is this one's).
 * Keys are grouped by the part of the interface that uses them. Documentation prose is not here
 * but in $lib/docs, loaded only by the page that shows it.
 */
import { countPl } from '../text';
export const pl = {
	appName: 'Mapa Partnerstw',
	tagline: 'Współpraca samorządów na mapie',
	mapLabel: 'Mapa granic administracyjnych Polski',
	loading: 'Wczytywanie mapy…',
	/** On a touch screen the picture is the map until this is pressed (or the picture touched). */
	startMap: 'Włącz mapę interaktywną',
	noWebgl:
		'Twoja przeglądarka nie może wyświetlić mapy interaktywnej (brak WebGL), więc widać jej obraz. Dane są dostępne w wykazie i przez API.',
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
	noJs: 'To obraz mapy: przesuwanie, powiększanie i klikanie mapy działa tylko z włączonym JavaScriptem.',
	noJsList:
		'Pełna treść jest w wykazie wyników: każdy wiersz prowadzi do strony praktyki albo partnerstwa, a filtry działają także bez JavaScriptu.',
	noJsLink: 'Przejdź do wyników',
	noJsEmbed: 'Wszystkie praktyki i partnerstwa są w wykazie na pełnej mapie.',
	language: 'English',
	languageCode: 'en',
	/** The locale of Intl's number and date formats, and Open Graph's spelling of it. */
	locale: 'pl-PL',
	ogLocale: 'pl_PL',
	siteNav: 'Serwis',
	/** The open end of a period („1 maja 2015 – nadal”). */
	ongoing: 'nadal',
	unitTypes: {
		woj: 'województwo',
		pow: 'powiat',
		city: 'miasto na prawach powiatu',
		gmi: 'gmina'
	},
	errorPage: {
		notFound: 'Nie znaleziono',
		status: (status: number) => `Błąd ${status}`,
		noPage: 'Pod tym adresem nie ma strony.',
		server: 'Coś poszło nie tak po stronie serwera. Spróbuj ponownie za chwilę.'
	},
	record: {
		practice: 'Praktyka',
		partnership: 'Partnerstwo',
		summary: 'Skrót',
		presentation: 'Pełna prezentacja',
		inVoivodeship: (name: string) => `woj. ${name}`,
		partlyHere: 'Częściowo w tym obszarze',
		showAllMembers: 'Pokaż wszystkich',
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
		updatedOn: 'Zaktualizowano',
		verifiedOn: 'Zweryfikowano',
		notVerified: 'Jeszcze nie zweryfikowano',
		changelog: 'Historia zmian',
		changelogItem: (fields: string) => `zmieniono: ${fields}`,
		changelogFirst: 'opublikowano',
		suggestCorrection: 'Zgłoś poprawkę',
		reportProblem: 'Zgłoś problem',
		fieldNames: {
			title: 'tytuł',
			name: 'nazwa',
			section: 'dział',
			summary: 'skrót',
			presentationHtml: 'prezentacja',
			descriptionHtml: 'opis',
			keywords: 'słowa kluczowe',
			unit: 'gmina',
			units: 'jednostki',
			partners: 'partnerzy',
			partnerships: 'partnerstwa',
			sources: 'źródła',
			attachments: 'załączniki',
			members: 'członkowie',
			otherMembers: 'pozostali członkowie',
			kind: 'rodzaj',
			startDate: 'początek',
			endDate: 'koniec',
			website: 'strona internetowa',
			sourceUrl: 'adres źródła',
			extra: 'informacje dodatkowe'
		} as Record<string, string>,
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
		country: 'kraj',
		/** The 404 of a record page (by the route's noun). */
		pageNotFound: {
			praktyki: (id: number) => `Nie znaleziono praktyki ${id}`,
			partnerstwa: (id: number) => `Nie znaleziono partnerstwa ${id}`
		}
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
		apply: 'Pokaż',
		clear: 'Wyczyść filtry',
		notes: 'Pominięto niektóre parametry adresu:',
		download: 'Pobierz',
		practicesCsv: 'praktyki (CSV)',
		practicesXlsx: 'praktyki (XLSX)',
		practicesGeojson: 'praktyki (GeoJSON)',
		partnershipsCsv: 'partnerstwa (CSV)',
		partnershipsGeojson: 'partnerstwa (GeoJSON)',
		partnershipsXlsx: 'partnerstwa (XLSX)',
		allData: 'Wszystkie dane, API i QGIS',
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
		defaultTitle: 'Mapa partnerstw samorządów'
	},
	/** The map, its list and panels (issue 12: the language branches that lived in components). */
	map: {
		clusterHint: 'praktyk — kliknij, aby przybliżyć',
		resultCount: (practices: number, partnerships: number) =>
			`${countPl(practices, ['praktyka', 'praktyki', 'praktyk'])}, ${countPl(partnerships, ['partnerstwo', 'partnerstwa', 'partnerstw'])}`,
		memberCount: (n: number) => countPl(n, ['członek', 'członków', 'członków']),
		voivodeship: (name: string) => `województwo ${name}`,
		/** The unit's type as the API gives it: `type` in Polish, `typeEn` in English. */
		unitType: (unit: { type: string; typeEn: string }) => unit.type
	},
	/** Pictures of the map: share images and „Pobierz obraz” (issue 16). */
	picture: {
		download: 'Pobierz obraz',
		downloadHint:
			'Obecny widok mapy z tytułem, legendą, skalą, źródłami, datą i filtrami, jako plik PNG lub SVG.',
		format: 'Proporcje',
		formats: { ekran: 'jak na ekranie', a4: 'A4 poziomo', a4p: 'A4 pionowo' },
		fileLabel: (type: string, format: string) => `${type}, ${format}`,
		png: 'PNG',
		svg: 'SVG',
		legend: 'Legenda',
		practices: 'praktyki przy gminie',
		regionOutline: (name: string) => `granica: ${name}`,
		bubbles: 'liczba praktyk i partnerstw w regionie',
		allPoland: 'Cała Polska',
		asOf: (date: string) => `Stan danych na ${date}`,
		scale: 'skala',
		kindMembers: (kind: string, members: string) => `${kind} · ${members}`,
		practiceOf: (section: string, unit: string) => `${section} · ${unit}`,
		shareAlt: (title: string) => `${title}: obszar na mapie`
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

export type Dict = typeof pl;
