/** The partnership import page's words (/admin/partnerstwa/import), in Polish. */
import { countPl } from '../../text';

export const importPl = {
	partnershipImport: {
		title: 'Import partnerstw z pliku',
		link: 'Import z pliku CSV lub XLSX',
		back: 'Partnerstwa',
		intro:
			'Plik CSV (UTF-8, przecinki albo średniki) lub XLSX, jeden wiersz na członka, z kolumnami:',
		columns:
			'partnership (nazwa; wiersze o tej samej nazwie to jedno partnerstwo, istniejące odnajdywane po nazwie), kind (rodzaj), member (kod TERYT albo nazwa, np. „Sejny (sejneński)”), role (leader/member, puste: member), joined i left (2015, 2015-06, 2015-06-17 albo 17.06.2015), source_url (http/https).',
		rule: 'Nic nie jest zapisywane, dopóki każdy wiersz nie jest rozpoznany. Ponowny import tego samego pliku niczego nie zmienia.',
		file: 'Plik (CSV lub XLSX)',
		preview: 'Pokaż podgląd',
		import: 'Importuj',
		summary: (rows: number, matched: number, ambiguous: number, unknown: number, errors: number) =>
			`${countPl(rows, ['wiersz', 'wiersze', 'wierszy'])}: rozpoznano ${matched}, niejednoznaczne ${ambiguous}, nieznane ${unknown}, błędy ${errors}.`,
		notClean:
			'Nic nie zapisano. Popraw plik (niejednoznaczne nazwy uzupełnij o powiat lub podaj kod TERYT) i wczytaj go ponownie.',
		clean: 'Wszystkie wiersze rozpoznane. Sprawdź, co się stanie, i zaimportuj.',
		done: 'Zaimportowano. Partnerstwa są opublikowane.',
		nothingChanged: 'Nic się nie zmieniło: dane z pliku już są w bazie.',
		errors: 'Błędy',
		ambiguous: 'Niejednoznaczni członkowie',
		unknown: 'Nierozpoznani członkowie',
		matched: 'Rozpoznani członkowie',
		plan: 'Co się stanie',
		colLine: 'Wiersz',
		colColumn: 'Kolumna',
		colProblem: 'Problem',
		colPartnership: 'Partnerstwo',
		colEntry: 'Wpis',
		colCandidates: 'Kandydaci',
		colUnit: 'Jednostka',
		colAction: 'Zmiana',
		colMembers: 'Członkowie',
		colChanges: 'Zmienione pola',
		whole: 'cały plik',
		actions: {
			create: 'zostanie utworzone',
			update: 'zostanie zaktualizowane',
			unchanged: 'bez zmian'
		} as Record<string, string>,
		actionsDone: {
			create: 'utworzono',
			update: 'zaktualizowano',
			unchanged: 'bez zmian'
		} as Record<string, string>,
		notPublic: 'nie jest publiczne (zarchiwizowane lub ukryte)',
		more: (n: number) => `… i ${n} kolejnych`,
		publicPage: 'strona publiczna'
	}
};
