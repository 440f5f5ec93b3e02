/** The partnership import page's words (/admin/partnerstwa/import), in English. */
import { countEn } from '../../text';
import type { importPl } from './import.pl';

export const importEn: typeof importPl = {
	partnershipImport: {
		title: 'Import partnerships from a file',
		link: 'Import from a CSV or XLSX file',
		back: 'Partnerships',
		intro:
			'A CSV file (UTF-8, commas or semicolons) or XLSX, one row per member, with the columns:',
		columns:
			'partnership (the name; rows with the same name are one partnership, an existing one is found by its name), kind, member (a TERYT code or a name, e.g. "Sejny (sejneński)"), role (leader/member, empty: member), joined and left (2015, 2015-06, 2015-06-17 or 17.06.2015), source_url (http/https).',
		rule: 'Nothing is written until every row is resolved. Importing the same file again changes nothing.',
		file: 'File (CSV or XLSX)',
		preview: 'Show preview',
		import: 'Import',
		summary: (rows: number, matched: number, ambiguous: number, unknown: number, errors: number) =>
			`${countEn(rows, ['row', 'rows'])}: matched ${matched}, ambiguous ${ambiguous}, unknown ${unknown}, errors ${errors}.`,
		notClean:
			'Nothing was written. Fix the file (add a powiat to ambiguous names, or give the TERYT code) and upload it again.',
		clean: 'Every row is resolved. Check what will happen, then import.',
		done: 'Imported. The partnerships are published.',
		nothingChanged: "Nothing changed: the file's data is already in the database.",
		errors: 'Errors',
		ambiguous: 'Ambiguous members',
		unknown: 'Unknown members',
		matched: 'Matched members',
		plan: 'What will happen',
		colLine: 'Line',
		colColumn: 'Column',
		colProblem: 'Problem',
		colPartnership: 'Partnership',
		colEntry: 'Entry',
		colCandidates: 'Candidates',
		colUnit: 'Unit',
		colAction: 'Change',
		colMembers: 'Members',
		colChanges: 'Changed fields',
		whole: 'whole file',
		actions: { create: 'will be created', update: 'will be updated', unchanged: 'unchanged' },
		actionsDone: { create: 'created', update: 'updated', unchanged: 'unchanged' },
		notPublic: 'not public (archived or hidden)',
		more: (n: number) => `… and ${n} more`,
		publicPage: 'public page'
	}
};
