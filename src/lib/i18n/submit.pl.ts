/** The public submission pages' words in Polish (/zglos, /zglos-problem), imported only by them. */
import { CONTACT_KEPT_MONTHS } from '../domain/submissions';

export const submitPl = {
	title: 'Zgłoś praktykę lub partnerstwo',
	titleCorrection: (name: string) => `Zgłoś poprawkę: ${name}`,
	intro:
		'Zgłoszenie trafi do kuratorów Mapy Partnerstw. Sprawdzą je i opublikują, poproszą o uzupełnienie albo wyjaśnią, dlaczego nie może zostać opublikowane.',
	introCorrection:
		'Formularz zawiera obecną treść rekordu. Zmień to, co jest nieaktualne lub błędne; kurator oceni każde zmienione pole.',
	choose: 'Co chcesz zgłosić?',
	choosePractice: 'Dobrą praktykę',
	choosePartnership: 'Partnerstwo samorządów',
	record: 'Treść zgłoszenia',
	sender: 'Kto zgłasza',
	senderName: 'Imię i nazwisko',
	senderEmail: 'E-mail',
	senderEmailHint: 'Na ten adres wyślemy link do potwierdzenia i informację o decyzji.',
	senderInstitution: 'Instytucja (np. urząd gminy, stowarzyszenie)',
	senderPublic: 'Pokaż moje imię, nazwisko i instytucję przy rekordzie jako źródło zgłoszenia',
	consent: 'Wyrażam zgodę na przetwarzanie moich danych w celu rozpatrzenia zgłoszenia.',
	consentText: `Przechowujemy treść zgłoszenia, imię i nazwisko, e-mail, instytucję oraz skrót adresu sieciowego (do ochrony przed nadużyciami, nie sam adres). Dane kontaktowe usuwamy ${CONTACT_KEPT_MONTHS} miesiące po decyzji. Nie publikujemy ich, chyba że zaznaczysz to powyżej; adresu e-mail nie publikujemy nigdy.`,
	honeypot: 'Nie wypełniaj tego pola',
	send: 'Wyślij zgłoszenie',
	required: 'wymagane',
	refused: 'Nie wysłano. Popraw pola:',
	sentTitle: 'Dziękujemy za zgłoszenie',
	sentNumber: (id: number) => `Numer zgłoszenia: ${id}.`,
	sentConfirm:
		'Wysłaliśmy e-mail z linkiem potwierdzającym. Zgłoszenie trafi do kuratorów po potwierdzeniu.',
	sentNoMail:
		'Zgłoszenie trafiło do kuratorów. Zostanie oznaczone jako niepotwierdzone, bo serwis nie wysyła teraz poczty.',
	sentLink:
		'Pod tym prywatnym linkiem sprawdzisz stan zgłoszenia. Zachowaj go i nie przekazuj dalej:',
	another: 'Wyślij kolejne zgłoszenie',
	backToMap: 'Wróć do mapy',
	confirmTitle: 'Potwierdź zgłoszenie',
	confirmText: 'Kliknij przycisk, by potwierdzić, że to Ty wysłałeś zgłoszenie.',
	confirmButton: 'Potwierdź zgłoszenie',
	confirmed: (id: number) => `Potwierdzono zgłoszenie nr ${id}. Trafiło do kuratorów.`,
	confirmUnknown: 'Ten link jest nieważny albo zgłoszenie zostało już usunięte.',
	stateTitle: (id: number) => `Zgłoszenie nr ${id}`,
	stateUnknown:
		'Ten link jest nieważny. Jeśli zgłoszenie zwrócono do poprawy, nowy link przyszedł e-mailem.',
	state: 'Stan',
	stateNotes: {
		unconfirmed: 'Czeka na potwierdzenie linkiem z e-maila.',
		submitted: 'Czeka na kuratora.',
		in_review: 'Kurator właśnie je ocenia.',
		returned: 'Kurator prosi o poprawki (poniżej). Popraw formularz i wyślij go ponownie.',
		published: 'Opublikowane. Dziękujemy!',
		rejected: 'Nie zostało opublikowane.'
	} as Record<string, string>,
	reason: 'Wiadomość od kuratora',
	openRecord: 'Zobacz opublikowany rekord',
	resubmit: 'Wyślij poprawione zgłoszenie',
	resubmitted: 'Wysłano poprawione zgłoszenie. Czeka na kuratora.',
	what: 'Zgłoszenie',
	correctionOf: 'Poprawka rekordu',
	newPractice: 'Nowa praktyka',
	newPartnership: 'Nowe partnerstwo',
	suggestCorrection: 'Zgłoś poprawkę',
	reportProblem: 'Zgłoś problem',
	problemTitle: 'Zgłoś problem z rekordem',
	problemIntro:
		'Napisz, co jest nie tak. Zgłoszenie trafi do kuratorów; rekord pozostaje widoczny, dopóki kurator go nie sprawdzi.',
	problemRecord: 'Rekord',
	problemReason: 'Co jest nie tak?',
	problemMessage: 'Opis (nieobowiązkowy)',
	problemEmail: 'E-mail do odpowiedzi (nieobowiązkowy, nie publikujemy go)',
	problemSend: 'Wyślij zgłoszenie problemu',
	problemSent: 'Dziękujemy. Zgłoszenie problemu trafiło do kuratorów.',
	problemRefused: 'Nie wysłano. Popraw pola:'
};
