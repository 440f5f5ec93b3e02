/** The record pages' words about reports, hiding and freshness, in Polish. */
import { STALE_AFTER_MONTHS } from '../../domain/submissions';

export const carePl = {
	care: {
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
			'Rekord jest ukryty do wyjaśnienia: nie ma go na mapie, w listach ani w API. „Pokaż ponownie” przywraca go bez zmian.',
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
