/** The review queue's words in English (/admin/zgloszenia). */
import type { reviewPl } from './review.pl';
import { countEn } from '../../text';

export const reviewEn: typeof reviewPl = {
	review: {
		title: 'Submissions',
		intro:
			'Practices, partnerships and corrections sent in by local governments and residents. Take a submission for review so other curators leave it alone, then publish it, reject it with a reason, or return it for changes.',
		introEditor:
			'Submissions about your units. You can add notes for the curators; curators make the decisions.',
		filterStatus: 'State',
		statusOpen: 'waiting',
		statusAll: 'all',
		filterType: 'Kind',
		typeAll: 'all',
		typePractice: 'practices',
		typePartnership: 'partnerships',
		filter: 'Show',
		count: (n: number) => countEn(n, ['submission', 'submissions']),
		none: 'No submissions in this view.',
		colNumber: 'No.',
		colWhat: 'Submission',
		colKind: 'Kind',
		colFrom: 'From',
		colSent: 'Sent',
		colState: 'State',
		newPractice: 'new practice',
		newPartnership: 'new partnership',
		correctionOf: (id: number) => `correction of record no. ${id}`,
		unconfirmed: 'not confirmed by e-mail',
		inReviewBy: (who: string, until: string) => `${who} is reviewing (until ${until})`,
		heading: (id: number) => `Submission no. ${id}`,
		back: 'Back to the queue',
		senderWord: 'sender',
		sender: 'Sender',
		senderName: 'Name',
		senderEmail: 'E-mail',
		senderInstitution: 'Institution',
		senderPublic: 'Agrees to show name and institution with the record',
		senderErased: 'Contact data was erased at the end of the retention period.',
		yes: 'yes',
		no: 'no',
		sent: 'Sent',
		confirmedAt: 'Confirmed by e-mail',
		notConfirmed:
			'Not confirmed: the sender did not open the link in the e-mail (or mail is not configured). Check it with extra care.',
		lock: 'Review',
		lockedByOther: (who: string, until: string) =>
			`${who} is reviewing this submission (locked until ${until}). Decisions are blocked until then.`,
		lockedByYou: (until: string) =>
			`You are reviewing this submission (locked until ${until}, renewed with each action).`,
		take: 'Take for review',
		release: 'Release',
		proposal: 'Proposed content',
		correction: 'The correction field by field',
		correctionIntro:
			'On the left what the record holds now, on the right the proposal. Tick the fields to accept; the others stay as they are.',
		accept: 'Accept',
		acceptField: (label: string) => `Accept field: ${label}`,
		noChanges:
			'The proposal no longer differs from the record (someone may have made these changes already).',
		currentRecord: 'Record corrected',
		recordGone: 'The corrected record no longer exists.',
		duplicates: 'Likely duplicates',
		noDuplicates: 'No similar records found.',
		duplicateReasons: {
			title: 'similar title',
			members: 'same members',
			unit: 'same gmina'
		} as Record<string, string>,
		decide: 'Decision',
		publish: 'Publish',
		publishAccepted: 'Publish the accepted fields',
		reason: 'Reason for the sender',
		reasonHint: 'The sender gets this text by e-mail.',
		reject: 'Reject',
		returnTitle: 'What to change',
		returnHint: 'The sender gets this text and a private link to edit the submission by e-mail.',
		return: 'Return for changes',
		notes: 'History and notes',
		notesHint: 'Notes are private: only curators and unit editors see them.',
		note: 'Note',
		addNote: 'Add note',
		actions: {
			send: 'sent',
			confirm: 'confirmed by e-mail',
			assign: 'taken for review',
			release: 'released',
			return: 'returned for changes',
			resubmit: 'changed and sent again',
			publish: 'published',
			reject: 'rejected',
			note: 'note'
		} as Record<string, string>,
		done: {
			assigned: 'The submission is yours to review.',
			released: 'The submission is back in the queue.',
			published: 'Published.',
			openRecord: 'Open the record',
			rejected: 'Rejected; the sender will get the reason.',
			returned: 'Returned for changes; the sender will get a link.',
			noted: 'Note added.'
		},
		closed: 'The decision is made; the submission is closed.',
		decisionReason: 'Reason given',
		returnedWait: 'Waiting for the sender’s changes.'
	}
};
