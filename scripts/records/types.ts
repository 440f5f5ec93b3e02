/**
 * The shapes the data build writes (data/records/*.json): the records' own input types
 * (src/lib/server/records/types.ts), narrowed where the build promises more than the app accepts.
 */
import type { PartnershipInput, PracticeInput } from '../../src/lib/server/records/types.ts';

/** Every bundled source has a URL (SourceInput allows null for records entered by hand). */
export interface Source {
	name: string;
	url: string;
	verifiedAt: string | null;
}

export type Member = PartnershipInput['members'][number];
export type OtherMember = PartnershipInput['otherMembers'][number];
export type NamedPartner = PracticeInput['namedPartners'][number];

/**
 * A bundled partnership: PartnershipInput with a description always written and sources with URLs.
 * nameLang and descriptionLang are set at the end of the build (src/lib/content-lang.ts).
 */
export type Partnership = Omit<PartnershipInput, 'description' | 'sources'> & {
	description: string;
	sources: Source[];
};

/**
 * A bundled practice: PracticeInput without the importer's sourceUrl and attachments, always
 * placed (unitCode present, null when no gmina is known), sourced with URLs and published.
 */
export type Practice = Omit<
	PracticeInput,
	'sourceUrl' | 'attachments' | 'unitCode' | 'sources' | 'status'
> & {
	unitCode: string | null;
	sources: Source[];
	status: 'published';
};

/** A CSV row with its 1-based data row number (errors name "row N" under the header). */
export interface Row {
	row: Record<string, string>;
	line: number;
}
