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
	loadError: 'Nie udało się wczytać danych jednostki.',
	language: 'English',
	languageCode: 'en',
	record: {
		practice: 'Praktyka',
		partnership: 'Partnerstwo',
		summary: 'Skrót',
		presentation: 'Pełna prezentacja',
		metryka: 'Metryka praktyki',
		dateAdded: 'Data wprowadzenia do bazy',
		dateUpdated: 'Data aktualizacji',
		unitType: 'Typ jednostki',
		locality: 'Miejscowość',
		powiat: 'Powiat',
		wojewodztwo: 'Województwo',
		postal: 'Kod pocztowy i poczta',
		implementingUnit: 'Jednostka wdrażająca',
		street: 'Ulica',
		phone: 'Telefon',
		websites: 'Witryna internetowa',
		population: 'Liczba mieszkańców',
		contacts: 'Osoby kontaktowe',
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
		country: 'kraj',
		otherKinds: {
			ngo: 'organizacja pozarządowa',
			business: 'firma',
			university: 'uczelnia',
			foreign: 'partner zagraniczny',
			public: 'instytucja publiczna',
			other: 'inny'
		} as Record<string, string>
	},
	legend: {
		title: 'Legenda',
		practices: 'Praktyki (przy gminie)',
		toggle: 'Pokaż lub ukryj'
	},
	alsoHere: 'W tym miejscu także',
	hintKeyboard: 'Mapę można przesuwać strzałkami i przybliżać klawiszami + i −.',
	maplibre: {
		'Map.Title': 'Mapa',
		'NavigationControl.ZoomIn': 'Przybliż',
		'NavigationControl.ZoomOut': 'Oddal',
		'AttributionControl.ToggleAttribution': 'Pokaż lub ukryj źródła danych',
		'ScaleControl.Meters': 'm',
		'ScaleControl.Kilometers': 'km'
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
	loadError: 'The unit could not be loaded.',
	language: 'Polski',
	languageCode: 'pl',
	record: {
		practice: 'Practice',
		partnership: 'Partnership',
		summary: 'Summary',
		presentation: 'Full presentation',
		metryka: 'Practice record (Metryka)',
		dateAdded: 'Added to the database',
		dateUpdated: 'Updated',
		unitType: 'Type of unit',
		locality: 'Locality',
		powiat: 'Powiat',
		wojewodztwo: 'Voivodeship',
		postal: 'Postal code and post office',
		implementingUnit: 'Implementing unit',
		street: 'Street',
		phone: 'Phone',
		websites: 'Website',
		population: 'Population',
		contacts: 'Contact persons',
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
		country: 'country',
		otherKinds: {
			ngo: 'NGO',
			business: 'business',
			university: 'university',
			foreign: 'foreign partner',
			public: 'public body',
			other: 'other'
		}
	},
	legend: {
		title: 'Legend',
		practices: 'Practices (at their gmina)',
		toggle: 'Show or hide'
	},
	alsoHere: 'Also at this place',
	hintKeyboard: 'Pan the map with the arrow keys and zoom with + and −.',
	maplibre: {}
};

export const dictionaries: Record<Lang, Dict> = { pl, en };

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
