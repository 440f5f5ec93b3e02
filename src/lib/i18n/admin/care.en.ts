/** The record pages' words about reports, hiding and freshness, in English. */
import { STALE_AFTER_MONTHS } from '../../domain/submissions';
import type { carePl } from './care.pl';

export const careEn: typeof carePl = {
	mail: {
		title: 'Outgoing mail',
		configured:
			'Mail is configured (SMTP_URL): messages go out by themselves; failed ones are retried.',
		notConfigured:
			'Mail is not configured (no SMTP_URL): messages wait here; pass them on where needed.',
		count: (n: number) => `Messages: ${n}`,
		colSubject: 'Subject',
		colTo: 'To',
		colKind: 'Kind',
		colCreated: 'Created',
		colState: 'State',
		sent: (when: string) => `sent ${when}`,
		waiting: 'waiting',
		failed: 'failed, will retry',
		retry: 'Send again',
		retried: 'The message waits to be sent again.',
		prev: 'Newer',
		next: 'Older',
		kinds: {
			confirm: 'submission confirmation',
			decision: 'decision',
			digest: 'daily digest',
			stale: 'request to confirm a record'
		} as Record<string, string>
	},
	care: {
		figures: 'What waits',
		recordsByState: 'Records by state',
		submissionsByState: 'Submissions by state',
		colKind: 'Kind',
		colState: 'State',
		colCount: 'Count',
		practices: 'practices',
		partnerships: 'partnerships',
		staleRecords: (n: number) =>
			`Outdated records (not confirmed for ${STALE_AFTER_MONTHS} months): ${n}`,
		regions: 'By województwo',
		colRegion: 'Województwo',
		colReports: 'Open problems',
		colStale: 'Outdated',
		colWaiting: 'Submissions waiting',
		nothing: 'Nothing waits.',
		queueLink: 'Go to the submissions queue',
		outboxLink: 'Outgoing mail',
		stale: (since: string) =>
			`Outdated? Nobody has confirmed this record for ${STALE_AFTER_MONTHS} months (last: ${since}). Check it and press "Confirm it is current".`,
		staleBadge: 'outdated',
		never: 'never',
		reports: 'Reported problems',
		openReports: (n: number) => `Open problem reports: ${n}`,
		noReports: 'No open problem reports.',
		reportStatus: { open: 'open', resolved: 'resolved', dismissed: 'dismissed' } as Record<
			string,
			string
		>,
		reporter: 'answer to',
		hiddenNote:
			'The record is hidden pending review: it is not on the map, in lists or in the API. "Show again" brings it back unchanged; changes saved meanwhile wait for publishing ("Save and publish" publishes them and shows the record).',
		hide: 'Hide pending review',
		hideNote: 'Why it is hidden (for the record’s history)',
		show: 'Show again',
		resolve: 'Close reports: corrected',
		dismiss: 'Close reports: nothing to change',
		hiddenDone: 'The record is hidden.',
		shownDone: 'The record is visible again.',
		closedDone: (n: number) => `Problem reports closed: ${n}.`
	}
};
