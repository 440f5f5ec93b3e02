/** The record pages' words about reports, hiding and freshness, in English. */
import { STALE_AFTER_MONTHS } from '../../domain/submissions';
import type { carePl } from './care.pl';

export const careEn: typeof carePl = {
	care: {
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
			'The record is hidden pending review: it is not on the map, in lists or in the API. "Show again" brings it back unchanged.',
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
