/**
 * The admin area's words in Polish: accounts (accounts.pl.ts), the editors' parts
 * (editors.pl.ts), and here the record pages, lists and history. Kept apart from the public
 * dictionaries so that public pages do not carry them.
 */
import { accountsPl } from './accounts.pl';
import { editorsPl } from './editors.pl';
import { reviewPl } from './review.pl';
import { carePl } from './care.pl';
import { importPl } from './import.pl';

export const adminPl = {
	...accountsPl,
	...editorsPl,
	...reviewPl,
	...carePl,
	...importPl,
	practices: 'Praktyki',
	partnerships: 'Partnerstwa',
	newPractice: 'Nowa praktyka',
	newPartnership: 'Nowe partnerstwo',
	editPractice: 'Edycja praktyki',
	editPartnership: 'Edycja partnerstwa',
	status: {
		draft: 'szkic',
		published: 'opublikowany',
		archived: 'zarchiwizowany',
		hidden: 'ukryty do wyjaśnienia',
		submitted: 'zgłoszony',
		rejected: 'odrzucony'
	} as Record<string, string>,
	statusLabel: 'Stan',
	pending: (published: number | null) =>
		`Zapisane zmiany czekają na publikację. Publicznie widać ${published ? `wersję ${published}` : 'poprzednią wersję'}.`,
	draftNote: 'Szkic nie jest widoczny publicznie, dopóki nie zostanie opublikowany.',
	archivedNote:
		'Zarchiwizowany rekord nie jest widoczny publicznie. Opublikuj go, by go przywrócić.',
	revision: (n: number) => `wersja ${n}`,
	save: 'Zapisz',
	saveNew: 'Zapisz szkic',
	publish: 'Zapisz i opublikuj',
	archive: 'Archiwizuj',
	verify: 'Potwierdzam aktualność',
	verifyHint: 'Ustawia datę weryfikacji na dziś; widać ją publicznie.',
	saved: (changes: number): string =>
		changes === 0 ? 'Nic się nie zmieniło, nie zapisano nowej wersji.' : 'Zapisano nową wersję.',
	published: 'Opublikowano. Mapa, API i listy pokazują już tę wersję.',
	archivedDone: 'Zarchiwizowano.',
	verified: 'Potwierdzono aktualność.',
	restored: (n: number) => `Przywrócono treść wersji ${n} jako nową wersję.`,
	notSaved: 'Nie zapisano. Popraw pola:',
	errorWhole: 'Nie zapisano',
	conflictTitle: 'Ktoś zapisał ten rekord w międzyczasie',
	conflictBody: (by: string, at: string, n: number) =>
		`${by} zapisał(a) wersję ${n} (${at}). Twoje zmiany są nadal w formularzu, nic nie zapisano. Zmieniło się w międzyczasie:`,
	conflictAction: 'Sprawdź te pola i zapisz ponownie: zapis zostanie nałożony na najnowszą wersję.',
	field: 'Pole',
	before: 'Przed',
	after: 'Po',
	empty: '(puste)',
	verifiedAt: (at: string, by: string) => `Zweryfikowano ${at} (${by})`,
	notVerified: 'Jeszcze nie zweryfikowano',
	updatedAt: (at: string) => `Zaktualizowano ${at}`,
	history: 'Historia zmian',
	historyOf: (title: string) => `Historia: ${title}`,
	compare: 'Porównaj wybrane wersje',
	compareFrom: 'Wersja od',
	compareTo: 'Wersja do',
	noDifferences: 'Te wersje nie różnią się treścią.',
	restore: 'Przywróć tę wersję',
	restoreHint:
		'Tworzy nową wersję z treścią wybranej; opublikowany rekord trzeba potem opublikować.',
	action: {
		import: 'stan wyjściowy',
		create: 'utworzenie',
		save: 'zapis',
		publish: 'publikacja',
		archive: 'archiwizacja',
		restore: 'przywrócenie',
		verify: 'potwierdzenie aktualności'
	} as Record<string, string>,
	when: 'Kiedy',
	who: 'Kto',
	what: 'Co',
	changedFields: (n: number): string => (n === 1 ? '1 pole' : `${n} pól`),
	backToRecord: 'Wróć do edycji',
	viewPublic: 'Zobacz publicznie',
	list: {
		search: 'Szukaj w tytułach',
		statusAll: 'wszystkie',
		filter: 'Pokaż',
		title: 'Tytuł',
		name: 'Nazwa',
		place: 'Gmina',
		kind: 'Rodzaj',
		members: 'Członkowie',
		updated: 'Zmieniono',
		verified: 'Zweryfikowano',
		none: 'Nic nie znaleziono.',
		count: (n: number) => `${n} rekordów`,
		prev: 'Poprzednie',
		next: 'Następne',
		pending: 'zmiany do publikacji',
		yourUnits: 'Widzisz rekordy swoich jednostek.'
	},
	/** The practice form's place: its gminy picked on the map or by name. */
	practiceUnits: {
		mapLabel: 'Mapa gmin: kliknij gminę, aby dodać ją do jednostek praktyki albo usunąć',
		mapHint:
			'Kliknij gminę, aby ją dodać albo usunąć; pierwsza wybrana staje się miejscem praktyki na mapie. Z klawiatury: przesuń mapę strzałkami i naciśnij Enter, albo użyj wyszukiwarki. Kody można też wpisać w pola poniżej.',
		atCentre: (name: string, chosen: boolean): string =>
			`Na środku mapy: ${name} — Enter ${chosen ? 'usuwa z jednostek' : 'dodaje do jednostek'}`,
		legendMember: 'jednostka praktyki',
		added: (name: string) => `Dodano: ${name}.`,
		placed: (name: string) => `Dodano: ${name} — miejsce praktyki na mapie.`,
		removed: (name: string) => `Usunięto: ${name}.`
	},
	fields: {
		title: 'Tytuł',
		name: 'Nazwa',
		section: 'Dział',
		chooseSection: '— wybierz dział —',
		summary: 'Skrót',
		presentationHtml: 'Pełna prezentacja',
		keywords: 'Słowa kluczowe',
		keywordsHint: 'Oddzielone przecinkami.',
		sourceUrl: 'Strona źródłowa',
		unit: 'Gmina (kod TERYT), według której praktyka jest na mapie',
		unitHint: '7 cyfr, np. 1206113; można też wpisać kod powiatu (4) lub województwa (2).',
		units: 'Inne jednostki (kody TERYT)',
		unitsHint: 'Jeden kod w wierszu.',
		listHint: 'Jedna pozycja w wierszu.',
		partners: 'Partnerzy wymienieni w opisie',
		partnerName: 'Nazwa partnera',
		partnerUnit: 'Kod TERYT (jeśli to samorząd)',
		partnerNote: 'Uwaga',
		partnerships: 'Partnerstwa, do których należy praktyka',
		partnershipsHint: 'Można wybrać kilka (Ctrl lub Cmd i kliknięcie, albo spacja).',
		sources: 'Źródła',
		sourceName: 'Nazwa źródła',
		sourceLink: 'Adres źródła',
		sourceChecked: 'Sprawdzono (RRRR-MM-DD)',
		contactName: 'Imię i nazwisko',
		contactRole: 'Funkcja',
		addRow: 'Dodaj wiersz',
		removeRow: 'Usuń wiersz',
		row: (n: number) => `Wiersz ${n}`,
		kind: 'Rodzaj partnerstwa',
		startDate: 'Początek (rok lub data)',
		endDate: 'Koniec (rok lub data)',
		website: 'Strona internetowa',
		descriptionHtml: 'Opis (własnymi słowami)',
		metryka: 'Metryka praktyki',
		content: 'Treść',
		place: 'Miejsce',
		dateHint: 'Rok (2015) albo data RRRR-MM-DD.',
		required: 'wymagane'
	}
};

export type AdminDict = typeof adminPl;
