/**
 * Write-time checks: the limits and link rules every record passes before it is written, and the
 * TERYT codes it names. A failure throws a RecordError naming the record, the field and the rule.
 */
import type { Db } from '../db';
import {
	METRYKA_FIELDS,
	PARTNERSHIP_FIELDS,
	PRACTICE_FIELDS,
	type Contact,
	type RecordField
} from '../../domain/fields';
import { countProblem, fieldName, lengthProblem, type LimitedField } from '../../limits';
import { URL_PROBLEM_TEXT, urlProblem } from '../../safe-url';
import type { PartnershipInput, PracticeInput } from './types';

export class RecordError extends Error {}

/** One broken rule: the record's property it is about (dotted for nested ones) and the message. */
export interface FieldProblem {
	/** The record's property, as the API and the edit forms name it: `title`, `metryka.websites`. */
	field: string;
	pl: string;
	en: string;
}

/**
 * Write-time checks shared by every write path: each link is http/https/mailto (src/lib/safe-url.ts)
 * and every text and list within its limit (src/lib/limits.ts). Collects the problems, each naming
 * its field, in Polish and English.
 */
function check(problems: FieldProblem[]) {
	const add = (field: string, p: { pl: string; en: string }) => problems.push({ field, ...p });
	return {
		text(field: string, limit: LimitedField, value: string | null | undefined) {
			const problem = lengthProblem(limit, value);
			if (problem) add(field, problem);
		},
		list(field: string, limit: LimitedField, items: readonly (string | null | undefined)[]) {
			const problem = countProblem(limit, items.length);
			if (problem) add(field, problem);
			for (const item of items) this.text(field, limit, item);
		},
		url(field: string, limit: LimitedField, value: string | null | undefined) {
			if (value === null || value === undefined) return;
			const problem = urlProblem(value);
			if (!problem) return;
			const n = fieldName(limit);
			const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
			const [pl, en] = URL_PROBLEM_TEXT[problem].split(' / ');
			add(field, { pl: `${n.pl}: ${shown}: ${pl}`, en: `${n.en}: ${shown}: ${en}` });
		}
	};
}

/**
 * Each field's limit and link rule from its entry in src/lib/domain/fields.ts: a text by its
 * length, a list by its count and each item (a contact as its name and role), links by safe-url.
 */
function checkFields(
	c: ReturnType<typeof check>,
	fields: readonly RecordField[],
	record: object,
	prefix = ''
) {
	const r = record as Record<string, unknown>;
	for (const f of fields) {
		const value = r[f.name];
		const name = prefix + f.name;
		if (!f.limit) continue;
		if (f.type === 'list') {
			const items = value as string[];
			c.list(name, f.limit, items);
			if (f.url) for (const item of items) c.url(name, f.limit, item);
		} else if (f.type === 'contacts')
			c.list(
				name,
				f.limit,
				(value as Contact[]).map((x) => `${x.name} ${x.role ?? ''}`)
			);
		else if (typeof value === 'string' || value === null || value === undefined) {
			c.text(name, f.limit, value);
			if (f.url) c.url(name, f.limit, value);
		}
	}
}

/** Every broken write-time rule of a practice, each naming its field. */
export function practiceProblems(p: PracticeInput): FieldProblem[] {
	const problems: FieldProblem[] = [];
	const c = check(problems);
	c.text('slug', 'slug', p.slug);
	checkFields(c, PRACTICE_FIELDS, p);
	checkFields(c, METRYKA_FIELDS, p.metryka, 'metryka.');
	c.list('units', 'units', p.units);
	c.list(
		'partners',
		'namedPartners',
		p.namedPartners.map((n) => n.name)
	);
	c.list('partnerships', 'partnershipSlugs', p.partnershipSlugs);
	sourceProblems(c, p.sources);
	const attachments = p.attachments ?? [];
	c.list(
		'attachments',
		'attachments',
		attachments.map((a) => `${a.fileName} ${a.title ?? ''}`)
	);
	for (const a of attachments) c.url('attachments', 'attachmentUrl', a.url);
	return problems;
}

/** Every broken write-time rule of a partnership, each naming its field. */
export function partnershipProblems(p: PartnershipInput): FieldProblem[] {
	const problems: FieldProblem[] = [];
	const c = check(problems);
	c.text('slug', 'slug', p.slug);
	checkFields(c, PARTNERSHIP_FIELDS, p);
	c.list(
		'members',
		'members',
		p.members.map((m) => m.teryt)
	);
	c.list(
		'otherMembers',
		'otherMembers',
		p.otherMembers.map((o) => o.name)
	);
	sourceProblems(c, p.sources);
	return problems;
}

function sourceProblems(c: ReturnType<typeof check>, sources: PracticeInput['sources']) {
	c.list(
		'sources',
		'sources',
		sources.map((s) => s.name)
	);
	for (const s of sources) c.url('sources', 'sourceUrl', s.url);
}

/** Throws the first problem as a RecordError naming the record, the field and the rule. */
function throwFirst(problems: FieldProblem[], where: string): void {
	const first = problems[0];
	if (first) throw new RecordError(`${where}: ${first.pl} / ${first.en}`);
}

/** The write-time checks of savePractice, for callers that only want to know (a dry run). */
export function validatePractice(
	p: PracticeInput,
	where = `Praktyka „${p.title.slice(0, 100)}”`
): void {
	throwFirst(practiceProblems(p), where);
}

export function validatePartnership(p: PartnershipInput, where: string): void {
	throwFirst(partnershipProblems(p), where);
}

/** Refuses a write naming a TERYT code that is not in the units table. */
export function assertUnits(db: Db, codes: string[], where: string): void {
	const stmt = db.$client.prepare('SELECT 1 FROM units WHERE code = ?');
	for (const code of codes)
		if (!stmt.get(code))
			throw new RecordError(`${where}: nieznany kod TERYT ${code} / unknown TERYT code ${code}`);
}
