/**
 * Size limits of what enters the database, in one table for the importer, the write functions
 * and (next) the curators' forms (`maxlength` attributes, client-side checks). Lengths count
 * UTF-16 code units, as `String.length` and HTML's `maxlength` do. The bundled records use a
 * fraction of each limit (longest title 202, summary 450, partnership members 41).
 */
import { MAX_URL_LENGTH } from './safe-url';

/** Import files larger than this are refused before they are read (override: IMPORT_MAX_BYTES, --max-bytes). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * A table of partnerships and their members (npm run import:partnerships, /admin/partnerstwa/import):
 * its rows (the header not counted), the longest cell, and how large an XLSX may grow once
 * unpacked (a ZIP bomb is refused before it is opened). The file's size is IMPORT_MAX_BYTES.
 */
export const PARTNERSHIP_TABLE_LIMITS = {
	rows: 20_000,
	cell: MAX_URL_LENGTH,
	unpackedBytes: 50 * 1024 * 1024
} as const;

/** The shortest password accepted (OWASP: at least 8 with MFA, 12 without; the longest is `password` below). */
export const PASSWORD_MIN_LENGTH = 12;
/** An uploaded attachment larger than this is refused (the server's body limit follows it: scripts/serve.js). */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

export interface FieldLimit {
	/** The field's name in messages, Polish and English. */
	pl: string;
	en: string;
	/** Longest value (of each item, for lists). */
	maxLength: number;
	/** Most items, for lists. */
	maxItems?: number;
}

const SHORT = 300;

export const FIELD_LIMITS = {
	title: { pl: 'tytuł', en: 'title', maxLength: 500 },
	name: { pl: 'nazwa', en: 'name', maxLength: 500 },
	slug: { pl: 'identyfikator w adresie', en: 'slug', maxLength: 120 },
	summary: { pl: 'skrót', en: 'summary', maxLength: 20_000 },
	presentation: { pl: 'pełna prezentacja', en: 'full presentation', maxLength: 300_000 },
	description: { pl: 'opis', en: 'description', maxLength: 100_000 },
	keywords: { pl: 'słowa kluczowe', en: 'keywords', maxLength: 100, maxItems: 50 },
	unitType: { pl: 'Typ jednostki', en: 'unit type', maxLength: SHORT },
	locality: { pl: 'Miejscowość', en: 'locality', maxLength: SHORT },
	powiat: { pl: 'Powiat', en: 'powiat', maxLength: SHORT },
	wojewodztwo: { pl: 'Województwo', en: 'województwo', maxLength: SHORT },
	postalCode: { pl: 'Kod pocztowy', en: 'postal code', maxLength: 20 },
	postOffice: { pl: 'Poczta', en: 'post office', maxLength: SHORT },
	implementingUnit: { pl: 'Jednostka wdrażająca', en: 'implementing unit', maxLength: 1000 },
	street: { pl: 'Ulica', en: 'street', maxLength: SHORT },
	phone: { pl: 'Telefon', en: 'phone', maxLength: SHORT },
	websites: {
		pl: 'Witryna internetowa',
		en: 'website',
		maxLength: MAX_URL_LENGTH,
		maxItems: 20
	},
	contacts: { pl: 'Osoby kontaktowe', en: 'contact persons', maxLength: 1000, maxItems: 50 },
	attachments: { pl: 'załączniki', en: 'attachments', maxLength: 1000, maxItems: 200 },
	attachmentFileName: { pl: 'nazwa pliku', en: 'file name', maxLength: 200 },
	attachmentUrl: { pl: 'adres załącznika', en: 'attachment url', maxLength: MAX_URL_LENGTH },
	sources: { pl: 'źródła', en: 'sources', maxLength: 1000, maxItems: 50 },
	sourceUrl: { pl: 'adres źródła', en: 'source url', maxLength: MAX_URL_LENGTH },
	website: { pl: 'strona internetowa', en: 'website', maxLength: MAX_URL_LENGTH },
	namedPartners: { pl: 'partnerzy', en: 'named partners', maxLength: 500, maxItems: 500 },
	units: { pl: 'jednostki', en: 'units', maxLength: 7, maxItems: 3000 },
	members: { pl: 'członkowie', en: 'members', maxLength: 7, maxItems: 3000 },
	otherMembers: { pl: 'inni członkowie', en: 'other members', maxLength: 500, maxItems: 1000 },
	/** A pasted list of members' names or TERYT codes: its lines (src/lib/server/curation/member-list.ts). */
	memberList: { pl: 'lista członków', en: 'member list', maxLength: 200, maxItems: 3000 },
	partnershipSlugs: { pl: 'partnerstwa', en: 'partnerships', maxLength: 120, maxItems: 200 },
	// Accounts of the admin area (src/lib/server/auth/users.ts).
	email: { pl: 'e-mail', en: 'e-mail', maxLength: 254 },
	userName: { pl: 'imię i nazwisko', en: 'name', maxLength: 200 },
	organisation: { pl: 'organizacja', en: 'organisation', maxLength: SHORT },
	userUnits: { pl: 'jednostki', en: 'units', maxLength: 7, maxItems: 100 },
	password: { pl: 'hasło', en: 'password', maxLength: 256 }
} as const satisfies Record<string, FieldLimit>;

export type LimitedField = keyof typeof FIELD_LIMITS;

/** „pole „tytuł”” / "field "title"": how messages name a field. */
export function fieldName(field: LimitedField): { pl: string; en: string } {
	const f = FIELD_LIMITS[field];
	return { pl: `pole „${f.pl}”`, en: `field "${f.en}"` };
}

/** A Polish / English message when a value (or a length) is over its field's limit; null when it fits. */
export function lengthProblem(
	field: LimitedField,
	value: string | number | null | undefined
): { pl: string; en: string } | null {
	if (value === null || value === undefined) return null;
	const length = typeof value === 'number' ? value : value.length;
	const limit = FIELD_LIMITS[field].maxLength;
	if (length <= limit) return null;
	const n = fieldName(field);
	return {
		pl: `${n.pl}: ${length} znaków, dozwolone ${limit}`,
		en: `${n.en}: ${length} characters, at most ${limit} allowed`
	};
}

/** The same for the number of items of a list field. */
export function countProblem(
	field: LimitedField,
	count: number
): { pl: string; en: string } | null {
	const f: FieldLimit = FIELD_LIMITS[field];
	if (f.maxItems === undefined || count <= f.maxItems) return null;
	const n = fieldName(field);
	return {
		pl: `${n.pl}: ${count} pozycji, dozwolone ${f.maxItems}`,
		en: `${n.en}: ${count} items, at most ${f.maxItems} allowed`
	};
}
