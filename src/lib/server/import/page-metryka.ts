/**
 * The "Metryka praktyki" block: labelled lines, read by the labels and rules of the Metryka's
 * fields in src/lib/domain/fields.ts.
 */
import { METRYKA_FIELDS, type MetrykaName, type RecordField } from '../../domain/fields';
import { FIELD_LIMITS, countProblem, type FieldLimit, type LimitedField } from '../../limits';
import { URL_PROBLEM_TEXT, urlProblem } from '../../safe-url';
import { isCalendarDate } from '../../dates';
import type { ParsedPractice } from './parse-page';
import {
	clip,
	fold,
	trimEndOf,
	withQuote,
	type Bilingual,
	type Line,
	type PageParseError
} from './page-text';

export interface PracticeContact {
	name: string;
	role: string | null;
}

/** First words of job titles, so that "Burmistrz Skawiny" is not taken for a person's name. */
const ROLE_WORDS = new Set(
	(
		'burmistrz wojt prezydent starosta marszalek sekretarz skarbnik kierownik kierowniczka dyrektor ' +
		'dyrektorka zastepca zastepczyni naczelnik inspektor podinspektor specjalista specjalistka ' +
		'referent pelnomocnik koordynator koordynatorka glowny glowna starszy starsza prezes radny ' +
		'radna przewodniczacy przewodniczaca czlonek czlonkini soltys asystent asystentka doradca ' +
		'ekspert referat wydzial biuro urzad'
	).split(' ')
);

type Field = MetrykaName;

/** The Metryka's fields that a page may carry, with their labels and reading rules. */
const READ = (METRYKA_FIELDS as readonly RecordField[]).flatMap((f) =>
	f.metryka ? [{ ...f, name: f.name as Field, metryka: f.metryka }] : []
);

/** Metryka labels, folded (lower case, no diacritics). */
const LABELS = new Map<string, Field>(
	READ.flatMap((f) => f.metryka.labels.map((label) => [fold(label), f.name] as const))
);

/** Where each Metryka line must fit; the postal line carries the post office too, so its limit. */
const FIELD_LIMIT = new Map<Field, LimitedField>(
	READ.map((f) => [f.name, f.metryka.parse === 'postal' ? 'postOffice' : f.limit!])
);

/** Metryka fields a complete "Skrót i Metryka" page always has. */
export const REQUIRED_METRYKA: { field: Field; label: string }[] = READ.filter(
	(f) => f.metryka.required
).map((f) => ({ field: f.name, label: f.metryka.labels[0] }));

/** Reads the Metryka lines into `out`; returns the fields it found. */
export function readMetryka(
	lines: Line[],
	out: ParsedPractice,
	lineNo: (line: Line) => number | null,
	fail: (reason: Bilingual, line?: number | null, field?: string | null) => PageParseError,
	isHtml: boolean
): Set<Field> {
	const at = (line: Line) => {
		const n = lineNo(line);
		return n === null ? `"${clip(line.text)}"` : `line ${n}`;
	};
	const fields = new Map<Field, { label: string; line: Line; values: string[]; length: number }>();
	let current: { values: string[]; length: number } | null = null;
	const limitOf = (f: Field, entry: { label: string; line: Line }, length: number) => {
		const l: FieldLimit = FIELD_LIMITS[FIELD_LIMIT.get(f)!];
		const max = l.maxItems ? l.maxLength * l.maxItems : l.maxLength;
		if (length <= max) return;
		throw fail(
			withQuote(
				{
					pl: `pole „${entry.label}”: ${length} znaków, dozwolone ${max}`,
					en: `field "${entry.label}": ${length} characters, at most ${max} allowed`
				},
				entry.line,
				isHtml
			),
			lineNo(entry.line),
			entry.label
		);
	};
	for (const line of lines) {
		if (line.text === '') continue;
		const m = /^([^:]{1,60}?)\s*:(\s*)(.*)$/.exec(line.text);
		const field = m ? LABELS.get(fold(m[1])) : undefined;
		if (m && field) {
			if (fields.has(field)) {
				out.warnings.push(`${at(line)}: "${m[1]}:" repeated; the first one is kept`);
				current = null;
			} else {
				const entry = {
					label: m[1],
					line,
					values: m[3] === '' ? [] : [m[3]],
					length: m[3].length
				};
				limitOf(field, entry, entry.length);
				fields.set(field, entry);
				current = entry;
			}
		} else if (m && /^\p{Lu}[\p{L} .\-/]*$/u.test(m[1]) && (m[2] !== '' || m[3] === '')) {
			out.warnings.push(`${at(line)}: unknown Metryka field "${m[1]}:"`);
			if (out.extraFields.length < 100)
				out.extraFields.push({ label: m[1], value: clip(m[3], 1000) });
			current = null;
		} else if (current) {
			current.values.push(line.text); // a continuation line (indented on the old site) of the field above
			current.length += line.text.length + 1;
			const f = [...fields].find(([, e]) => e === current)!;
			limitOf(f[0], f[1], current.length);
		} else {
			out.warnings.push(
				`${at(line)}: text outside any Metryka field ignored: "${clip(line.text)}"`
			);
		}
	}

	const value = (f: Field) => {
		const joined = fields.get(f)?.values.join(' ').trim();
		return joined ? joined : null;
	};
	const date = (f: Field) => {
		const entry = fields.get(f);
		const text = value(f);
		if (!entry) return null;
		if (text === null || /^(?:-+|brak)$/i.test(text)) {
			out.warnings.push(`${at(entry.line)}: "${entry.label}:" has no date`);
			return null;
		}
		const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
		if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
			const shown = clip(text, 40);
			throw fail(
				withQuote(
					{
						pl: `pole „${entry.label}”: „${shown}” nie jest datą (RRRR-MM-DD)`,
						en: `field "${entry.label}": "${shown}" is not a date (YYYY-MM-DD)`
					},
					entry.line,
					isHtml
				),
				lineNo(entry.line),
				entry.label
			);
		}
		return `${m[1]}-${m[2]}-${m[3]}`;
	};

	const o = out as unknown as Record<Field, unknown>;
	const postal = (f: Field) => {
		const postal = value(f);
		if (postal === null) return;
		const m = /^(\d{2})\s*-\s*(\d{3})\s*(.*)$/.exec(postal);
		if (m) {
			out.postalCode = `${m[1]}-${m[2]}`;
			out.postOffice = m[3] || null;
		} else {
			out.postOffice = postal;
			out.warnings.push(`no postal code (NN-NNN) in "${clip(postal)}"`);
		}
	};

	const websites = (f: Field) => {
		const sites = fields.get(f);
		for (const token of sites?.values.flatMap((v) => v.split(/[\s,;]+/)) ?? []) {
			const site = trimEndOf(token, '.,;');
			if (/^(?:https?:\/\/)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+(?:[/?#]\S*)?$/iu.test(site)) {
				const problem = urlProblem(site);
				if (problem)
					throw fail(
						withQuote(
							{
								pl: `pole „${sites!.label}”: „${clip(site)}”: ${URL_PROBLEM_TEXT[problem].split(' / ')[0]}`,
								en: `field "${sites!.label}": "${clip(site)}": ${URL_PROBLEM_TEXT[problem].split(' / ')[1]}`
							},
							sites!.line,
							isHtml
						),
						lineNo(sites!.line),
						sites!.label
					);
				if (!out.websites.includes(site)) out.websites.push(site);
			} else if (site !== '')
				out.warnings.push(`"${clip(site)}" does not look like a website address`);
		}
		if (sites) {
			const p = countProblem('websites', out.websites.length);
			if (p) throw fail(withQuote(p, sites.line, isHtml), lineNo(sites.line), sites.label);
		}
	};

	const population = (f: Field) => {
		const population = value(f);
		if (population === null) return;
		const digits = /^\d{1,3}(?:[. ]\d{3})+$|^\d+$/.test(population)
			? population.replace(/\D/g, '')
			: '';
		if (digits && digits.length <= 9) out.population = Number(digits);
		else out.warnings.push(`population "${clip(population)}" is not a whole number`);
	};

	const contacts = (f: Field) => {
		const contacts = fields.get(f);
		if (!contacts) return;
		out.contacts = parseContacts(contacts.values, out.warnings);
		const p = countProblem('contacts', out.contacts.length);
		if (p) throw fail(withQuote(p, contacts.line, isHtml), lineNo(contacts.line), contacts.label);
	};

	/** Each reading rule of fields.ts; a field without one is its lines joined by spaces. */
	const rules = {
		date: (f: Field) => {
			o[f] = date(f);
		},
		phone: (f: Field) => {
			o[f] = fields.get(f)?.values.join(', ') || null;
		},
		postal,
		websites,
		population,
		contacts
	};
	for (const f of READ) {
		const parse = f.metryka.parse;
		if (parse) rules[parse](f.name);
		else o[f.name] = value(f.name);
	}
	return new Set(fields.keys());
}

function looksLikeName(text: string): boolean {
	const words = text.replace(/^(?:(?:dr|mgr|inż|prof|hab)\.?\s+)+/i, '').split(' ');
	return (
		words.length >= 2 &&
		words.length <= 3 &&
		words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)) &&
		!ROLE_WORDS.has(fold(words[0]))
	);
}

/** Name lines start a person, other lines are that person's role (several lines joined by ", "). */
export function parseContacts(values: string[], warnings: string[]): PracticeContact[] {
	const people: PracticeContact[] = [];
	for (const raw of values) {
		// Whitespace collapsed first: with runs of it, the pattern below would retry each run at
		// every position of the lazy name (quadratic). Lines of a page are already collapsed.
		const value = raw.replace(/\s+/g, ' ').trim();
		// "Jan Kowalski – sekretarz gminy" on one line
		const split = /^(.+?)(?:\s+[-–—]\s+|,\s*)(.+)$/.exec(value);
		const [name, role] =
			split && looksLikeName(split[1]) ? [split[1], split[2]] : [value, null as string | null];
		const last = people.at(-1);
		if (looksLikeName(name) || !last) {
			if (!looksLikeName(name))
				warnings.push(`contact "${name}" does not look like a person's name`);
			people.push({ name, role });
		} else {
			last.role = last.role ? `${last.role}, ${value}` : value;
		}
	}
	return people;
}
