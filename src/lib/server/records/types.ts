/**
 * The shape of records as they enter the database: from the bundled data (data/records/*.json),
 * the importer of the old database's pages, and (later) the curators' forms.
 */
import type { MemberKind, PartnershipKind } from '../../domain/kinds';
import type { Metryka } from '../../domain/fields';

export interface SourceInput {
	name: string;
	url: string | null;
	verifiedAt: string | null;
}

/** 'pl' | 'en': the language a record's text is written in (src/lib/content-lang.ts). */
export type ContentLang = 'pl' | 'en';

export interface PartnershipInput {
	slug: string;
	name: string;
	/** Language of the name and the description; decided by src/lib/content-lang.ts when absent. */
	nameLang?: ContentLang;
	descriptionLang?: ContentLang;
	kind: PartnershipKind;
	startDate: string | null;
	endDate: string | null;
	website: string | null;
	description: string | null;
	sources: SourceInput[];
	members: {
		teryt: string;
		role: 'leader' | 'member';
		joined: string | null;
		left: string | null;
	}[];
	otherMembers: {
		name: string;
		kind: MemberKind;
		country: string | null;
		town: string | null;
		role: 'leader' | 'member';
		note: string | null;
	}[];
	extra: Record<string, unknown>;
}

/** A practice's Metryka: one property per field of src/lib/domain/fields.ts. */
export type { Metryka };

export interface AttachmentInput {
	fileName: string;
	title: string | null;
	fileType: string | null;
	sizeBytes: number | null;
	url: string | null;
	/** A file uploaded here (files.sha256), served by /pliki/{sha256}/{fileName}; absent otherwise. */
	fileSha256?: string;
}

export interface PracticeInput {
	slug: string;
	artId: number | null;
	sourceUrl?: string | null;
	title: string;
	/** Language of the title and the summary; decided by src/lib/content-lang.ts when absent. */
	titleLang?: ContentLang;
	summaryLang?: ContentLang;
	section: string;
	summary: string;
	presentation: string | null;
	keywords: string[];
	metryka: Metryka;
	/** The gmina the practice is placed by (first of units when not given). */
	unitCode?: string | null;
	units: string[];
	namedPartners: { name: string; teryt: string | null; reason: string | null }[];
	partnershipSlugs: string[];
	sources: SourceInput[];
	attachments?: AttachmentInput[];
	status: 'draft' | 'submitted' | 'published' | 'rejected' | 'archived' | 'hidden';
}
