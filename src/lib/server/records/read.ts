/**
 * Reading practices and partnerships: the lists (filtered by the filter table's clauses) and the
 * whole records for panels, detail pages and the API. The entry importers use; the parts live in
 * list-query.ts (the list SQL, counts, ids, points), summaries.ts (list rows) and detail.ts.
 */
export type { ContentLang } from './types';
export {
	countPartnerships,
	countPractices,
	partnershipIds,
	practiceIds,
	practicePoints,
	type ListOptions
} from './list-query';
export {
	listPartnerships,
	listPractices,
	type PartnershipSummary,
	type PracticeSummary
} from './summaries';
export { getPartnership, getPractice, type PartnershipDetail, type PracticeDetail } from './detail';
