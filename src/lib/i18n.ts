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
