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

/**
 * Write-time checks shared by every write path: each link is http/https/mailto (src/lib/safe-url.ts)
 * and every text and list within its limit (src/lib/limits.ts). Throws a RecordError naming the
 * record, the field and the rule, in Polish and English.
 */
function check(where: string) {
	const fail = (message: string) => {
		throw new RecordError(`${where}: ${message}`);
	};
	return {
		text(field: LimitedField, value: string | null | undefined) {
			const problem = lengthProblem(field, value);
			if (problem) fail(`${problem.pl} / ${problem.en}`);
		},
		list(field: LimitedField, items: readonly (string | null | undefined)[]) {
			const problem = countProblem(field, items.length);
			if (problem) fail(`${problem.pl} / ${problem.en}`);
			for (const item of items) this.text(field, item);
		},
		url(field: LimitedField, value: string | null | undefined) {
			if (value === null || value === undefined) return;
			const problem = urlProblem(value);
			if (!problem) return;
			const n = fieldName(field);
			const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
			const [pl, en] = URL_PROBLEM_TEXT[problem].split(' / ');
			fail(`${n.pl}: ${shown}: ${pl} / ${n.en}: ${shown}: ${en}`);
		}
	};
}

/**
 * Each field's limit and link rule from its entry in src/lib/domain/fields.ts: a text by its
 * length, a list by its count and each item (a contact as its name and role), links by safe-url.
 */
function checkFields(c: ReturnType<typeof check>, fields: readonly RecordField[], record: object) {
	const r = record as Record<string, unknown>;
	for (const f of fields) {
		const value = r[f.name];
		if (!f.limit) continue;
		if (f.type === 'list') {
			const items = value as string[];
			c.list(f.limit, items);
			if (f.url) for (const item of items) c.url(f.limit, item);
		} else if (f.type === 'contacts')
			c.list(
				f.limit,
				(value as Contact[]).map((x) => `${x.name} ${x.role ?? ''}`)
			);
		else if (typeof value === 'string' || value === null || value === undefined) {
			c.text(f.limit, value);
			if (f.url) c.url(f.limit, value);
		}
	}
}

/** The write-time checks of savePractice, for callers that only want to know (a dry run). */
export function validatePractice(
	p: PracticeInput,
	where = `Praktyka „${p.title.slice(0, 100)}”`
): void {
	const c = check(where);
	c.text('slug', p.slug);
	checkFields(c, PRACTICE_FIELDS, p);
	checkFields(c, METRYKA_FIELDS, p.metryka);
	c.list('units', p.units);
	c.list(
		'namedPartners',
		p.namedPartners.map((n) => n.name)
	);
	c.list('partnershipSlugs', p.partnershipSlugs);
	c.list(
		'sources',
		p.sources.map((s) => s.name)
	);
	for (const s of p.sources) c.url('sourceUrl', s.url);
	const attachments = p.attachments ?? [];
	c.list(
		'attachments',
		attachments.map((a) => `${a.fileName} ${a.title ?? ''}`)
	);
	for (const a of attachments) c.url('attachmentUrl', a.url);
}

export function validatePartnership(p: PartnershipInput, where: string): void {
	const c = check(where);
	c.text('slug', p.slug);
	checkFields(c, PARTNERSHIP_FIELDS, p);
	c.list(
		'members',
		p.members.map((m) => m.teryt)
	);
	c.list(
		'otherMembers',
		p.otherMembers.map((o) => o.name)
	);
	c.list(
		'sources',
		p.sources.map((s) => s.name)
	);
	for (const s of p.sources) c.url('sourceUrl', s.url);
}

/** Refuses a write naming a TERYT code that is not in the units table. */
export function assertUnits(db: Db, codes: string[], where: string): void {
	const stmt = db.$client.prepare('SELECT 1 FROM units WHERE code = ?');
	for (const code of codes)
		if (!stmt.get(code))
			throw new RecordError(`${where}: nieznany kod TERYT ${code} / unknown TERYT code ${code}`);
}
