/**
 * The admin editors' words in Polish: the rich-text editor, the attachments field and the
 * partnership member picker. Part of the admin dictionary (index.ts).
 */
import { countPl } from '../../text';

export const editorsPl = {
	/** The admin area's rich-text editor (src/lib/admin/RichText.svelte). */
	richText: {
		toolbar: 'Formatowanie tekstu',
		bold: 'Pogrubienie (Ctrl+B)',
		italic: 'Kursywa (Ctrl+I)',
		heading: 'Śródtytuł',
		bullets: 'Lista punktowana',
		numbers: 'Lista numerowana',
		link: 'Link',
		undo: 'Cofnij (Ctrl+Z)',
		redo: 'Ponów (Ctrl+Y)',
		linkUrl: 'Adres linku (http://, https:// lub mailto:)',
		linkInsert: 'Wstaw link',
		linkCancel: 'Anuluj',
		linkBad: 'Dozwolone są tylko adresy http://, https:// i mailto:.',
		length: (n: number, max: number) => `${n} z ${max} znaków (z kodem HTML)`,
		noJs: 'Bez JavaScriptu tekst edytuje się jako HTML: <p>, <h3>, <strong>, <em>, <ul>, <ol>, <li>, <a href>.'
	},
	/** The attachments of a practice's edit form (src/lib/admin/AttachmentsField.svelte). */
	attachmentsField: {
		legend: 'Załączniki',
		none: 'Brak załączników.',
		fileTitle: (name: string) => `Tytuł pliku „${name}”`,
		remove: (name: string) => `Usuń „${name}”`,
		removeHint: 'Zaznaczone pliki znikną z praktyki po zapisaniu.',
		download: 'pobierz',
		upload: 'Dodaj pliki',
		limits: (types: string, mb: number, max: number) =>
			`Dozwolone: ${types}; każdy plik do ${mb} MB, najwyżej ${max} załączników. Rodzaj pliku sprawdzamy po zawartości, nie po nazwie.`
	},
	/** The partnership editor's member picker (src/lib/admin/members/). */
	memberPicker: {
		title: 'Członkowie (samorządy)',
		mapLabel: 'Mapa gmin: kliknij gminę, aby dodać ją do członków albo usunąć',
		mapHint:
			'Kliknij gminę na mapie, aby ją dodać albo usunąć. Z klawiatury: przesuń mapę strzałkami i naciśnij Enter, aby dodać albo usunąć gminę na środku mapy — albo użyj wyszukiwarki i listy poniżej.',
		zoomIn: 'Przybliż mapę, aby wybierać gminy (kliknięcie przybliża).',
		atCentre: (name: string, member: boolean) =>
			`Na środku mapy: ${name} — Enter ${member ? 'usuwa z członków' : 'dodaje do członków'}`,
		legendMember: 'członek',
		legendArea: 'obszar partnerstwa (podgląd)',
		search: 'Dodaj jednostkę po nazwie lub kodzie TERYT',
		searchPlaceholder: 'np. Skawina, 1206113',
		searchHint: 'Wpisz co najmniej 2 znaki; strzałki wybierają podpowiedź, Enter dodaje.',
		suggestions: 'Jednostki',
		paste: 'Wklej listę (nazwy lub kody TERYT)',
		pasteHint:
			'Jedna jednostka w wierszu; z arkusza liczy się pierwsza kolumna. Powiat lub województwo w nawiasie rozstrzyga: „Czernichów (krakowski)”. Bez JavaScriptu lista zostanie dopasowana przy zapisie.',
		pasteButton: 'Dopasuj i dodaj',
		pasteWorking: 'Dopasowywanie…',
		pasteAdded: (n: number) => `Dodano z listy: ${n}.`,
		pasteNothing: 'Lista jest pusta.',
		ambiguous: (line: number, text: string) => `Wiersz ${line}: „${text}” — którą jednostkę?`,
		unknown: 'Nie rozpoznano',
		choose: 'Dodaj wybraną',
		added: (name: string, n: number) => `Dodano: ${name}. Członków: ${n}.`,
		removed: (name: string, n: number) => `Usunięto: ${name}. Członków: ${n}.`,
		already: (name: string) => `${name} już jest wśród członków.`,
		requestFailed: 'Nie udało się połączyć z serwerem. Spróbuj ponownie.',
		table: 'Członkowie',
		name: 'Jednostka',
		teryt: 'TERYT',
		role: 'Rola',
		roles: { leader: 'lider', member: 'członek' } as Record<string, string>,
		joined: 'Przystąpienie',
		left: 'Wystąpienie',
		dateHint: 'RRRR, RRRR-MM albo RRRR-MM-DD',
		dateInvalid: 'Wpisz rok (RRRR), miesiąc (RRRR-MM) albo datę (RRRR-MM-DD).',
		dateOrder: 'Data wystąpienia jest wcześniejsza niż data przystąpienia.',
		remove: 'Usuń',
		removeLabel: (name: string) => `Usuń: ${name}`,
		none: 'Brak członków. Dodaj gminy na mapie, wyszukiwarką albo listą.',
		count: (n: number) => countPl(n, ['członek', 'członków', 'członków']),
		area: 'Powierzchnia obszaru',
		population: 'Liczba mieszkańców',
		areaPending: 'Obliczanie obszaru…',
		withoutGeometry: (n: number) => `bez granic w źródle danych: ${n}`,
		formerNote: 'Członkowie z datą wystąpienia nie wchodzą do obszaru.',
		others: 'Pozostali członkowie (nie samorządy)',
		othersNone: 'Brak pozostałych członków.',
		otherName: 'Nazwa',
		otherKind: 'Rodzaj',
		otherCountry: 'Kraj',
		otherTown: 'Miejscowość',
		otherNote: 'Uwagi',
		otherRow: (n: number) => `Inny członek ${n}`,
		addOther: 'Dodaj innego członka'
	}
};

export type EditorsDict = typeof editorsPl;
