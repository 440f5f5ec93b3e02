/**
 * The admin area's words in Polish (accounts, login, users); part of the admin dictionary (index.ts).
 * Kept apart so the public dictionary stays readable; accounts.en.ts follows key for key.
 */
export const accountsPl = {
	area: 'Panel redakcji',
	skip: 'Przejdź do treści',
	nav: 'Panel redakcji',
	navDashboard: 'Pulpit',
	navPractices: 'Praktyki',
	navPartnerships: 'Partnerstwa',
	navUsers: 'Użytkownicy',
	navSubmissions: 'Zgłoszenia',
	navOutbox: 'Poczta',
	signedInAs: 'Zalogowano jako',
	logout: 'Wyloguj',
	errorSummary: 'Popraw błędy w formularzu:',
	login: {
		title: 'Logowanie',
		intro: 'Panel dla kuratorów bazy i redaktorów jednostek samorządu.',
		email: 'E-mail',
		password: 'Hasło',
		submit: 'Zaloguj',
		missingEmail: 'Podaj adres e-mail.',
		missingPassword: 'Podaj hasło.',
		passwordSet: 'Hasło zostało ustawione. Zaloguj się nowym hasłem.',
		loggedOut: 'Wylogowano.',
		loggedOutEverywhere: 'Wylogowano ze wszystkich urządzeń.'
	},
	logoutPage: {
		title: 'Wylogowanie',
		question: 'Czy chcesz się wylogować z panelu redakcji?',
		notSignedIn: 'Nie jesteś zalogowany.',
		toLogin: 'Przejdź do logowania'
	},
	dashboard: {
		title: 'Pulpit',
		you: 'Twoje konto',
		role: 'Rola',
		name: 'Imię i nazwisko',
		organisation: 'Organizacja',
		units: 'Twoje jednostki',
		everyRecord: 'Twoja rola obejmuje wszystkie rekordy.',
		work: 'Praca',
		practicesLink: 'Praktyki: dodawanie i poprawianie',
		partnershipsLink: 'Partnerstwa: członkowie na mapie',
		usersLink: 'Użytkownicy: konta, role, hasła',
		logoutEverywhere: 'Wyloguj wszędzie',
		logoutEverywhereNote:
			'Kończy wszystkie Twoje sesje, także na innych urządzeniach i w innych przeglądarkach.'
	},
	users: {
		title: 'Użytkownicy',
		list: 'Konta',
		email: 'E-mail',
		name: 'Imię i nazwisko',
		organisation: 'Organizacja',
		role: 'Rola',
		units: 'Jednostki (kody TERYT)',
		unitsHint:
			'Tylko dla redaktora jednostki: kody TERYT gmin (7 cyfr), powiatów (4) lub województw (2), oddzielone spacjami lub przecinkami.',
		status: 'Stan',
		active: 'aktywne',
		disabled: 'wyłączone',
		lastLogin: 'Czynna sesja od',
		never: '—',
		you: '(Ty)',
		add: 'Dodaj użytkownika',
		addSubmit: 'Dodaj',
		password: 'Hasło początkowe',
		passwordHint:
			'Co najmniej 12 znaków. Możesz je pominąć i wysłać użytkownikowi link do ustawienia hasła.',
		change: 'Zmień',
		changeOf: (email: string) => `Zmień konto ${email}`,
		save: 'Zapisz zmiany',
		disable: 'Wyłącz konto',
		enable: 'Włącz konto',
		reset: 'Link do zmiany hasła',
		ownRole: 'Nie możesz zmienić własnej roli ani jednostek.',
		ownDisable: 'Nie możesz wyłączyć własnego konta.',
		added: (email: string) => `Dodano konto ${email}.`,
		saved: (email: string) => `Zapisano zmiany konta ${email}.`,
		disabledDone: (email: string) => `Wyłączono konto ${email}; jego sesje zakończono.`,
		enabledDone: (email: string) => `Włączono konto ${email}.`,
		resetMailed: (email: string) => `Wysłano link do zmiany hasła na adres ${email}.`,
		resetShown: (email: string) =>
			`Link do zmiany hasła dla ${email} (ważny 24 godziny, jednorazowy; pokazany tylko teraz):`,
		noUser: 'Nie ma takiego konta.',
		mailSubject: 'Mapa Partnerstw: ustaw hasło',
		mailText: (link: string) =>
			`Dzień dobry,\n\nto jest link do ustawienia hasła w panelu redakcji Mapy Partnerstw (ważny 24 godziny, jednorazowy):\n\n${link}\n\nJeśli nie spodziewasz się tej wiadomości, zignoruj ją.`
	},
	resetPage: {
		title: 'Ustaw nowe hasło',
		for: 'Konto',
		password: 'Nowe hasło',
		confirm: 'Powtórz nowe hasło',
		hint: 'Co najmniej 12 znaków, inne niż adres e-mail.',
		submit: 'Ustaw hasło',
		mismatch: 'Hasła się różnią.',
		invalid:
			'Ten link do zmiany hasła jest nieważny: wygasł, został już użyty albo nie istnieje. Poproś administratora o nowy.'
	}
};
