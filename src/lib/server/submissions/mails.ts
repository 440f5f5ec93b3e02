/**
 * The messages to a submission's sender, in the language they wrote in: the confirmation link,
 * and each decision (published, rejected with its reason, returned with what to change and the
 * private link). They go through the outbox (mail/outbox.ts) in the transaction of the change.
 * `origin` is the site's public origin (server/origin.ts), never a request's Host header.
 */
import { RECORD_TYPES } from '../../domain/records';
import type { Lang } from '../../format';
import { titleOf } from '../curation/snapshots';
import type { MailMaker, SenderMail, Submission } from './store';

const SITE = 'Mapa Partnerstw';

/** The sender's private page: the state, and the form again when it was returned. */
export const senderPath = (token: string) => `/zglos/stan/${token}`;
export const confirmPath = (token: string) => `/zglos/potwierdz/${token}`;

const what = (s: Submission, lang: Lang) => {
	const title = titleOf(s.type, s.input) || (lang === 'pl' ? '(bez tytułu)' : '(untitled)');
	const kind =
		s.recordId !== null
			? lang === 'pl'
				? 'poprawka'
				: 'correction'
			: s.type === 'praktyka'
				? lang === 'pl'
					? 'praktyka'
					: 'practice'
				: lang === 'pl'
					? 'partnerstwo'
					: 'partnership';
	return `${kind} „${title}” (nr ${s.id})`;
};

const signature = (lang: Lang) =>
	lang === 'pl'
		? `\n\n— ${SITE}\nTa wiadomość została wysłana automatycznie. Twoje dane kontaktowe nie są publikowane.`
		: `\n\n— ${SITE}\nThis message was sent automatically. Your contact data is not published.`;

export function confirmMail(
	s: Submission,
	origin: string,
	confirmToken: string,
	editToken: string
): SenderMail {
	const l = s.lang;
	const confirm = origin + confirmPath(confirmToken);
	const page = origin + senderPath(editToken);
	return l === 'pl'
		? {
				subject: `${SITE}: potwierdź zgłoszenie nr ${s.id}`,
				text:
					`Dziękujemy za zgłoszenie: ${what(s, l)}.\n\n` +
					`Aby trafiło do kuratorów, potwierdź je, otwierając ten link:\n${confirm}\n\n` +
					`Stan zgłoszenia sprawdzisz tutaj (link jest prywatny, nie przekazuj go dalej):\n${page}\n\n` +
					`Jeśli to nie Ty wysłałeś zgłoszenie, zignoruj tę wiadomość.` +
					signature(l)
			}
		: {
				subject: `${SITE}: confirm submission no. ${s.id}`,
				text:
					`Thank you for your submission: ${what(s, l)}.\n\n` +
					`To pass it to the curators, confirm it by opening this link:\n${confirm}\n\n` +
					`You can check its state here (the link is private, do not pass it on):\n${page}\n\n` +
					`If you did not send it, ignore this message.` +
					signature(l)
			};
}

/** The decisions' messages: published (with the record's page), rejected, returned. */
export function decisionMail(origin: string): MailMaker {
	return (s, { reason, link }) => {
		const l = s.lang;
		const pl = l === 'pl';
		if (link)
			return {
				subject: pl
					? `${SITE}: zgłoszenie nr ${s.id} wymaga poprawek`
					: `${SITE}: submission no. ${s.id} needs changes`,
				text:
					(pl
						? `Kurator prosi o poprawki w zgłoszeniu: ${what(s, l)}.\n\nCo poprawić:\n${reason ?? ''}\n\n` +
							`Popraw zgłoszenie pod tym prywatnym linkiem (poprzedni link przestał działać):\n${link}`
						: `A curator asks for changes to your submission: ${what(s, l)}.\n\nWhat to change:\n${reason ?? ''}\n\n` +
							`Edit it at this private link (the previous link no longer works):\n${link}`) +
					signature(l)
			};
		if (reason !== undefined)
			return {
				subject: pl
					? `${SITE}: zgłoszenie nr ${s.id} nie zostało przyjęte`
					: `${SITE}: submission no. ${s.id} was not accepted`,
				text:
					(pl
						? `Zgłoszenie ${what(s, l)} nie zostało opublikowane.\n\nUzasadnienie:\n${reason}`
						: `Your submission ${what(s, l)} was not published.\n\nReason:\n${reason}`) +
					signature(l)
			};
		// /praktyki/12 answers with the record's full address (its slug may change meanwhile).
		const page = `${origin}/${RECORD_TYPES[s.type].page}/${s.resultId ?? s.recordId ?? ''}`;
		return {
			subject: pl
				? `${SITE}: zgłoszenie nr ${s.id} zostało opublikowane`
				: `${SITE}: submission no. ${s.id} was published`,
			text:
				(pl
					? `Zgłoszenie ${what(s, l)} zostało sprawdzone i opublikowane:\n${page}`
					: `Your submission ${what(s, l)} was checked and published:\n${page}`) + signature(l)
		};
	};
}
