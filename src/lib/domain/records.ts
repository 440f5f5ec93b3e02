/**
 * The two kinds of record and their names in the public contract: the `sel` parameter and the
 * embed protocol say `praktyka`/`partnerstwo`, the pages live at /praktyki and /partnerstwa, the
 * API at /api/v1/practices and /api/v1/partnerships. One table, so the spellings never mix.
 */

export const RECORD_TYPES = {
	// `new`: the admin area's page for a new record (/admin/praktyki/nowa).
	praktyka: { page: 'praktyki', api: 'practices', new: 'nowa' },
	partnerstwo: { page: 'partnerstwa', api: 'partnerships', new: 'nowe' }
} as const;

/** A record's type as URLs (`sel=praktyka:12`) and the embed protocol name it. */
export type RecordType = keyof typeof RECORD_TYPES;

/** The types as a list (database enums). */
export const RECORD_TYPE_IDS = ['praktyka', 'partnerstwo'] as const satisfies readonly RecordType[];

/** The record's page in the admin area: /admin/praktyki/12 (or the new record's form). */
export function adminPath(type: RecordType, id: number | 'new'): string {
	const t = RECORD_TYPES[type];
	return `/admin/${t.page}/${id === 'new' ? t.new : id}`;
}

/** A record by type and id (a selection, a message of the embed protocol). */
export interface RecordRef {
	type: RecordType;
	id: number;
}

export function isRecordType(s: string): s is RecordType {
	return Object.hasOwn(RECORD_TYPES, s);
}

/** The record's page: /praktyki/12-slug (with `origin` for links that leave an embed). */
export function recordPath(type: RecordType, r: { id: number; slug: string }, origin = ''): string {
	return `${origin}/${RECORD_TYPES[type].page}/${r.id}-${r.slug}`;
}

/** The record's type from the first segment of a page address, if it is a record page. */
export function recordTypeOfPage(segment: string): RecordType | null {
	for (const [type, names] of Object.entries(RECORD_TYPES))
		if (names.page === segment) return type as RecordType;
	return null;
}
