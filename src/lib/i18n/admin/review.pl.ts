/** The review queue's words in Polish (/admin/zgloszenia). */
import { countPl } from '../../text';
export const reviewPl = {
	review: {
		title: 'Zgłoszenia',
		intro:
			'Praktyki, partnerstwa i poprawki przysłane przez samorządy i mieszkańców. Weź zgłoszenie do oceny, by inni kuratorzy go nie ruszali, potem opublikuj, odrzuć z uzasadnieniem albo zwróć do poprawy.',
		introEditor:
			'Zgłoszenia dotyczące Twoich jednostek. Możesz dodawać notatki dla kuratorów; decyzje podejmują kuratorzy.',
		filterStatus: 'Stan',
		statusOpen: 'oczekujące',
		statusAll: 'wszystkie',
		filterType: 'Rodzaj',
		typeAll: 'wszystkie',
		typePractice: 'praktyki',
		typePartnership: 'partnerstwa',
		filter: 'Pokaż',
		count: (n: number) => countPl(n, ['zgłoszenie', 'zgłoszenia', 'zgłoszeń']),
		none: 'Nie ma zgłoszeń w tym widoku.',
		colNumber: 'Nr',
		colWhat: 'Zgłoszenie',
		colKind: 'Rodzaj',
		colFrom: 'Od',
		colSent: 'Wysłano',
		colState: 'Stan',
		newPractice: 'nowa praktyka',
		newPartnership: 'nowe partnerstwo',
		correctionOf: (id: number) => `poprawka rekordu nr ${id}`,
		unconfirmed: 'niepotwierdzone e-mailem',
		inReviewBy: (who: string, until: string) => `ocenia ${who} (do ${until})`,
		heading: (id: number) => `Zgłoszenie nr ${id}`,
		back: 'Wróć do kolejki',
		senderWord: 'zgłaszający',
		sender: 'Zgłaszający',
		senderName: 'Imię i nazwisko',
		senderEmail: 'E-mail',
		senderInstitution: 'Instytucja',
		senderPublic: 'Zgoda na pokazanie imienia i instytucji przy rekordzie',
		senderErased: 'Dane kontaktowe usunięto po upływie okresu przechowywania.',
		yes: 'tak',
		no: 'nie',
		sent: 'Wysłano',
		confirmedAt: 'Potwierdzono e-mailem',
		notConfirmed:
			'Niepotwierdzone: nadawca nie kliknął linku z e-maila (albo poczta nie jest skonfigurowana). Sprawdź zgłoszenie szczególnie uważnie.',
		lock: 'Ocena',
		lockedByOther: (who: string, until: string) =>
			`Zgłoszenie ocenia teraz ${who} (blokada do ${until}). Decyzje są zablokowane do tego czasu.`,
		lockedByYou: (until: string) =>
			`Oceniasz to zgłoszenie (blokada do ${until}, odnawiana przy każdej czynności).`,
		take: 'Biorę do oceny',
		release: 'Zwolnij',
		proposal: 'Proponowana treść',
		correction: 'Poprawka pola po polu',
		correctionIntro:
			'Po lewej to, co jest w rekordzie teraz, po prawej propozycja. Zaznacz pola do przyjęcia; pozostałe zostaną bez zmian.',
		accept: 'Przyjmij',
		acceptField: (label: string) => `Przyjmij pole: ${label}`,
		noChanges:
			'Propozycja nie różni się już od rekordu (ktoś mógł wprowadzić te zmiany wcześniej).',
		currentRecord: 'Poprawiany rekord',
		recordGone: 'Poprawiany rekord już nie istnieje.',
		duplicates: 'Możliwe duplikaty',
		noDuplicates: 'Nie znaleziono podobnych rekordów.',
		duplicateReasons: {
			title: 'podobny tytuł',
			members: 'ci sami członkowie',
			unit: 'ta sama gmina'
		} as Record<string, string>,
		decide: 'Decyzja',
		publish: 'Opublikuj',
		publishAccepted: 'Opublikuj przyjęte pola',
		reason: 'Uzasadnienie dla zgłaszającego',
		reasonHint: 'Zgłaszający dostanie ten tekst e-mailem.',
		reject: 'Odrzuć',
		returnTitle: 'Co poprawić',
		returnHint:
			'Zgłaszający dostanie e-mailem ten tekst i prywatny link do poprawienia zgłoszenia.',
		return: 'Zwróć do poprawy',
		notes: 'Historia i notatki',
		notesHint: 'Notatki są prywatne: widzą je tylko kuratorzy i redaktorzy jednostek.',
		note: 'Notatka',
		addNote: 'Dodaj notatkę',
		actions: {
			send: 'wysłano',
			confirm: 'potwierdzono e-mailem',
			assign: 'wzięto do oceny',
			release: 'zwolniono',
			return: 'zwrócono do poprawy',
			resubmit: 'poprawiono i wysłano ponownie',
			publish: 'opublikowano',
			reject: 'odrzucono',
			note: 'notatka'
		} as Record<string, string>,
		done: {
			assigned: 'Zgłoszenie jest Twoje do oceny.',
			released: 'Zgłoszenie wróciło do kolejki.',
			published: 'Opublikowano.',
			openRecord: 'Otwórz rekord',
			rejected: 'Odrzucono; zgłaszający dostanie uzasadnienie.',
			returned: 'Zwrócono do poprawy; zgłaszający dostanie link.',
			noted: 'Dodano notatkę.'
		},
		closed: 'Decyzja zapadła; zgłoszenie jest zamknięte.',
		decisionReason: 'Uzasadnienie decyzji',
		returnedWait: 'Czeka na poprawki zgłaszającego.'
	}
};
