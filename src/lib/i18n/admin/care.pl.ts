/** The record pages' words about reports, hiding and freshness, in Polish. */
import { STALE_AFTER_MONTHS } from '../../domain/submissions';

export const carePl = {
	mail: {
		title: 'Poczta wychodząca',
		configured:
			'Poczta jest skonfigurowana (SMTP_URL): wiadomości wychodzą same, nieudane są ponawiane.',
		notConfigured:
			'Poczta nie jest skonfigurowana (brak SMTP_URL): wiadomości czekają tutaj; przekaż je adresatom, jeśli trzeba.',
		count: (n: number) => `Wiadomości: ${n}`,
		colSubject: 'Temat',
		colTo: 'Do',
		colKind: 'Rodzaj',
		colCreated: 'Utworzono',
		colState: 'Stan',
		sent: (when: string) => `wysłano ${when}`,
		waiting: 'czeka',
		failed: 'nie udało się, ponowimy',
		retry: 'Wyślij ponownie',
		retried: 'Wiadomość czeka na ponowne wysłanie.',
		prev: 'Nowsze',
		next: 'Starsze',
		kinds: {
			confirm: 'potwierdzenie zgłoszenia',
			decision: 'decyzja',
			digest: 'podsumowanie dnia',
			stale: 'prośba o potwierdzenie aktualności'
		} as Record<string, string>
	},
	care: {
		figures: 'Co czeka',
		recordsByState: 'Rekordy według stanu',
		submissionsByState: 'Zgłoszenia według stanu',
		colKind: 'Rodzaj',
		colState: 'Stan',
		colCount: 'Liczba',
		practices: 'praktyki',
		partnerships: 'partnerstwa',
		staleRecords: (n: number) =>
			`Rekordy nieaktualne (bez potwierdzenia od ${STALE_AFTER_MONTHS} miesięcy): ${n}`,
		regions: 'Według województw',
		colRegion: 'Województwo',
		colReports: 'Otwarte problemy',
		colStale: 'Nieaktualne',
		colWaiting: 'Zgłoszenia czekające',
		nothing: 'Nic nie czeka.',
		queueLink: 'Przejdź do kolejki zgłoszeń',
		outboxLink: 'Poczta wychodząca',
		stale: (since: string) =>
			`Nieaktualne? Nikt nie potwierdził tego rekordu od ${STALE_AFTER_MONTHS} miesięcy (ostatnio: ${since}). Sprawdź go i kliknij „Potwierdzam aktualność”.`,
		staleBadge: 'nieaktualne',
		never: 'nigdy',
		reports: 'Zgłoszone problemy',
		openReports: (n: number) => `Otwarte zgłoszenia problemów: ${n}`,
		noReports: 'Brak otwartych zgłoszeń problemów.',
		reportStatus: { open: 'otwarte', resolved: 'załatwione', dismissed: 'odrzucone' } as Record<
			string,
			string
		>,
		reporter: 'odpowiedź na',
		hiddenNote:
			'Rekord jest ukryty do wyjaśnienia: nie ma go na mapie, w listach ani w API. „Pokaż ponownie” przywraca go bez zmian; zmiany zapisane w tym czasie czekają na publikację („Zapisz i opublikuj” publikuje je i pokazuje rekord).',
		hide: 'Ukryj do wyjaśnienia',
		hideNote: 'Powód ukrycia (do historii rekordu)',
		show: 'Pokaż ponownie',
		resolve: 'Zamknij zgłoszenia: poprawiono',
		dismiss: 'Zamknij zgłoszenia: bez zmian',
		hiddenDone: 'Ukryto rekord.',
		shownDone: 'Rekord znów jest widoczny.',
		closedDone: (n: number) => `Zamknięto zgłoszenia problemów: ${n}.`
	}
};
