/**
 * Field-level changes between two snapshots of a record: what a revision changed, what changed
 * meanwhile when two people edit one record, and the history's diff between any two revisions.
 * The Metryka is compared field by field (`metryka.locality`); derived values (languages, the slug)
 * and the record's state are not content.
 */
import type { AnyInput } from './snapshots';

export interface FieldChange {
	/** The property, as the API and the forms name it (`title`, `metryka.websites`, `members`). */
	field: string;
	before: unknown;
	after: unknown;
}

/** Properties that are not content an editor changes. */
const NOT_CONTENT = new Set([
	'slug',
	'status',
	'titleLang',
	'summaryLang',
	'nameLang',
	'descriptionLang',
	'artId'
]);

/** The input's property names as the API and the forms say them. */
const FORM_NAME: Record<string, string> = {
	presentation: 'presentationHtml',
	description: 'descriptionHtml',
	unitCode: 'unit',
	namedPartners: 'partners',
	partnershipSlugs: 'partnerships'
};

export const formName = (property: string) => FORM_NAME[property] ?? property;

const PROPERTY = Object.fromEntries(Object.entries(FORM_NAME).map(([p, f]) => [f, p]));

/** The input's property of a form name (the inverse of formName; `metryka.*` is not one). */
export const propertyOf = (field: string) => PROPERTY[field] ?? field;

function flatten(input: AnyInput | null): Map<string, unknown> {
	const out = new Map<string, unknown>();
	if (!input) return out;
	for (const [key, value] of Object.entries(input)) {
		if (NOT_CONTENT.has(key)) continue;
		if (key === 'metryka' && value && typeof value === 'object')
			for (const [mk, mv] of Object.entries(value)) out.set(`metryka.${mk}`, mv);
		else out.set(formName(key), value);
	}
	return out;
}

const empty = (v: unknown) =>
	v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) =>
	(empty(a) && empty(b)) || JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ, in the order of `after`'s properties (then `before`'s). */
export function diffInputs(before: AnyInput | null, after: AnyInput | null): FieldChange[] {
	const a = flatten(before);
	const b = flatten(after);
	const fields = [...new Set([...b.keys(), ...a.keys()])];
	return fields
		.filter((f) => !same(a.get(f), b.get(f)))
		.map((field) => ({ field, before: a.get(field) ?? null, after: b.get(field) ?? null }));
}
