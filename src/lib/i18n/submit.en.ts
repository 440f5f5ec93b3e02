/** The public submission pages' words in English (/zglos, /zglos-problem), imported only by them. */
import { CONTACT_KEPT_MONTHS } from '../domain/submissions';
import type { submitPl } from './submit.pl';

export const submitEn: typeof submitPl = {
	title: 'Send a practice or a partnership',
	titleCorrection: (name: string) => `Suggest a correction: ${name}`,
	intro:
		'Your submission goes to the curators of Mapa Partnerstw. They check it and publish it, ask you to complete it, or explain why it cannot be published.',
	introCorrection:
		'The form holds the record as it is now. Change what is outdated or wrong; a curator reviews each changed field.',
	choose: 'What do you want to send?',
	choosePractice: 'A good practice',
	choosePartnership: 'A partnership of local governments',
	record: 'The submission',
	sender: 'Who sends it',
	senderName: 'Name',
	senderEmail: 'E-mail',
	senderEmailHint: 'We send the confirmation link and the decision to this address.',
	senderInstitution: 'Institution (e.g. a gmina office, an association)',
	senderPublic: 'Show my name and institution with the record as the source of the submission',
	consent: 'I agree to the processing of my data for handling this submission.',
	consentText: `We keep the submission, your name, e-mail, institution and a hash of your network address (against abuse, not the address itself). Contact data is erased ${CONTACT_KEPT_MONTHS} months after the decision. It is not published unless you tick that above; the e-mail address is never published.`,
	honeypot: 'Do not fill in this field',
	send: 'Send',
	required: 'required',
	refused: 'Not sent. Correct these fields:',
	sentTitle: 'Thank you for your submission',
	sentNumber: (id: number) => `Submission number: ${id}.`,
	sentConfirm:
		'We sent an e-mail with a confirmation link. The submission goes to the curators once confirmed.',
	sentNoMail:
		'The submission went to the curators. It is marked unconfirmed, because the site does not send mail at the moment.',
	sentLink: 'At this private link you can check its state. Keep it and do not pass it on:',
	another: 'Send another',
	backToMap: 'Back to the map',
	confirmTitle: 'Confirm your submission',
	confirmText: 'Press the button to confirm that you sent this submission.',
	confirmButton: 'Confirm the submission',
	confirmed: (id: number) => `Submission no. ${id} is confirmed and went to the curators.`,
	confirmUnknown: 'This link is not valid, or the submission was removed.',
	stateTitle: (id: number) => `Submission no. ${id}`,
	stateUnknown:
		'This link is not valid. If the submission was returned for changes, a new link came by e-mail.',
	state: 'State',
	stateNotes: {
		unconfirmed: 'Waiting for confirmation through the link in the e-mail.',
		submitted: 'Waiting for a curator.',
		in_review: 'A curator is reviewing it.',
		returned: 'A curator asks for changes (below). Edit the form and send it again.',
		published: 'Published. Thank you!',
		rejected: 'It was not published.'
	} as Record<string, string>,
	reason: 'Message from the curator',
	openRecord: 'See the published record',
	resubmit: 'Send the changed submission',
	resubmitted: 'The changed submission was sent. It waits for a curator.',
	what: 'Submission',
	correctionOf: 'Correction of record',
	newPractice: 'New practice',
	newPartnership: 'New partnership',
	suggestCorrection: 'Suggest a correction',
	reportProblem: 'Report a problem',
	problemTitle: 'Report a problem with a record',
	problemIntro:
		'Say what is wrong. The report goes to the curators; the record stays visible until a curator checks it.',
	problemRecord: 'Record',
	problemReason: 'What is wrong?',
	problemMessage: 'Description (optional)',
	problemEmail: 'E-mail for an answer (optional, never published)',
	problemSend: 'Send the report',
	problemSent: 'Thank you. The report went to the curators.',
	problemRefused: 'Not sent. Correct these fields:'
};
