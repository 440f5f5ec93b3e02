/**
 * Writes practices and partnerships with everything that hangs off them. Each call is one
 * transaction (the callers' transactions nest as savepoints), so a failure leaves the database as
 * it was. Unknown TERYT codes are refused with a message naming the code and the record.
 */
import type { Db } from '../db';
import { bumpVersion } from '../db/versions';
import {
	attachmentsOf,
	columnsOf,
	metrykaFromRow,
	sourcesOf,
	valuesOf,
	writeStatements
} from './rows';
import {
	METRYKA_FIELDS,
	PARTNERSHIP_FIELDS,
	PRACTICE_FIELDS,
	type Contact,
	type RecordField
} from '../../domain/fields';
import { polishSortKey } from '../../text';
import { recomputeArea } from '../partnerships/area';
import { toSafeHtml } from '../rich-text';
import { indexPartnership, indexPractice } from '../search';
import { sectionBySlug } from '../../domain/sections';
import { isPartnershipKind } from '../../domain/kinds';
import { contentLang } from '../../content-lang';
import type { PartnershipInput, PracticeInput } from './types';
import { countProblem, fieldName, lengthProblem, type LimitedField } from '../../limits';
import { URL_PROBLEM_TEXT, safeHref, urlProblem } from '../../safe-url';

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

function validatePartnership(p: PartnershipInput, where: string): void {
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

/** The first of each group of items with the same key; later ones may fill its empty fields. */
function uniqueBy<T>(
	items: readonly T[],
	key: (item: T) => string,
	merge?: (kept: T, dup: T) => T
): T[] {
	const kept = new Map<string, T>();
	for (const item of items) {
		const k = key(item);
		const first = kept.get(k);
		if (first === undefined) kept.set(k, item);
		else if (merge) kept.set(k, merge(first, item));
	}
	return [...kept.values()];
}

/** Same text whatever the case and spacing: "Gmina  Skawina" and "gmina skawina" are one. */
const textKey = (s: string | null | undefined) =>
	(s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Repeated values removed, so that a record page can key its lists by value: websites (by the
 * link they make), keywords, contacts (by name; a repeated name's other role is appended),
 * attachments (by file name; a duplicate fills the first's missing title, type, size, URL),
 * sources, named partners, other members, units and members.
 */
export function dedupePractice(p: PracticeInput): PracticeInput {
	const trimmed = (list: string[]) => list.map((s) => s.trim()).filter((s) => s !== '');
	return {
		...p,
		keywords: uniqueBy(trimmed(p.keywords), textKey),
		metryka: {
			...p.metryka,
			websites: uniqueBy(trimmed(p.metryka.websites), (w) => urlKey(w)),
			contacts: uniqueBy(
				p.metryka.contacts.map((c) => ({ ...c, name: c.name.trim() })),
				(c) => textKey(c.name),
				(a, b) =>
					b.role && !textKey(a.role).includes(textKey(b.role))
						? { ...a, role: a.role ? `${a.role}, ${b.role}` : b.role }
						: a
			)
		},
		units: [...new Set(p.units)],
		namedPartners: uniqueBy(p.namedPartners, (n) => `${textKey(n.name)}\u0000${n.teryt ?? ''}`),
		partnershipSlugs: [...new Set(p.partnershipSlugs)],
		sources: uniqueBy(p.sources, (s) => `${textKey(s.name)}\u0000${s.url ? urlKey(s.url) : ''}`),
		attachments: uniqueBy(
			p.attachments ?? [],
			(a) => a.fileName,
			(a, b) => ({
				...a,
				title: a.title ?? b.title,
				fileType: a.fileType ?? b.fileType,
				sizeBytes: a.sizeBytes ?? b.sizeBytes,
				url: a.url ?? b.url
			})
		)
	};
}

export function dedupePartnership(p: PartnershipInput): PartnershipInput {
	return {
		...p,
		members: uniqueBy(p.members, (m) => m.teryt),
		otherMembers: uniqueBy(
			p.otherMembers,
			(o) => `${textKey(o.name)}\u0000${o.country ?? ''}\u0000${textKey(o.town)}`
		),
		sources: uniqueBy(p.sources, (s) => `${textKey(s.name)}\u0000${s.url ? urlKey(s.url) : ''}`)
	};
}

/** Two spellings of one link ("www.gmina.pl", "https://www.gmina.pl/") are one website. */
function urlKey(url: string): string {
	return safeHref(url) ?? url.trim();
}

function assertUnits(db: Db, codes: string[], where: string): void {
	const stmt = db.$client.prepare('SELECT 1 FROM units WHERE code = ?');
	for (const code of codes)
		if (!stmt.get(code))
			throw new RecordError(`${where}: nieznany kod TERYT ${code} / unknown TERYT code ${code}`);
}

function idBySlug(db: Db, table: 'practices' | 'partnerships', slug: string): number | undefined {
	return (
		db.$client.prepare(`SELECT id FROM ${table} WHERE slug = ?`).get(slug) as
			{ id: number } | undefined
	)?.id;
}

/** Creates or replaces a partnership (keyed by slug) and recomputes its merged area. */
export function savePartnership(db: Db, input: PartnershipInput): { id: number; created: boolean } {
	const where = `Partnerstwo „${input.name.slice(0, 100)}” (${input.slug.slice(0, 100)})`;
	validatePartnership(input, where);
	const p = dedupePartnership(input);
	if (!isPartnershipKind(p.kind)) throw new RecordError(`${where}: nieznany rodzaj ${p.kind}`);
	assertUnits(
		db,
		p.members.map((m) => m.teryt),
		where
	);
	const c = db.$client;
	return c.transaction(() => {
		let id = idBySlug(db, 'partnerships', p.slug);
		const created = id === undefined;
		const values = valuesOf(PARTNERSHIP_FIELDS, {
			...p,
			description: toSafeHtml(p.description),
			extra: JSON.stringify(p.extra ?? {}),
			nameLang: p.nameLang ?? contentLang(p.name, p.kind),
			descriptionLang: p.descriptionLang ?? contentLang(p.description)
		});
		const columns = columnsOf(PARTNERSHIP_FIELDS);
		if (id === undefined) {
			const { insert } = writeStatements('partnerships', ['slug', ...columns]);
			id = Number(c.prepare(insert).run(p.slug, ...values).lastInsertRowid);
		} else {
			c.prepare(writeStatements('partnerships', columns).update).run(...values, id);
			for (const t of ['partnership_members', 'partnership_other_members', 'sources'])
				c.prepare(`DELETE FROM ${t} WHERE partnership_id = ?`).run(id);
		}
		const member = c.prepare(
			`INSERT INTO partnership_members (partnership_id, unit_code, role, joined, left) VALUES (?, ?, ?, ?, ?)`
		);
		const seen = new Set<string>();
		for (const m of p.members) {
			if (seen.has(m.teryt)) continue;
			seen.add(m.teryt);
			member.run(id, m.teryt, m.role, m.joined, m.left);
		}
		const other = c.prepare(
			`INSERT INTO partnership_other_members (partnership_id, position, name, kind, country, town, role, note)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		p.otherMembers.forEach((o, i) =>
			other.run(id, i, o.name, o.kind, o.country, o.town, o.role, o.note)
		);
		const source = c.prepare(
			`INSERT INTO sources (partnership_id, name, url, verified_at) VALUES (?, ?, ?, ?)`
		);
		for (const s of p.sources) source.run(id, s.name, s.url, s.verifiedAt);
		c.prepare('UPDATE partnerships SET sort_key = ? WHERE id = ?').run(polishSortKey(p.name), id);
		recomputeArea(db, id);
		indexPartnership(db, id);
		bumpVersion(db, 'records_version');
		return { id, created };
	})();
}

/** The practice as stored, in the shape of PracticeInput, to tell what an import would change. */
export function practiceSnapshot(db: Db, id: number): PracticeInput {
	const c = db.$client;
	const r = c.prepare('SELECT * FROM practices WHERE id = ?').get(id) as Record<string, unknown>;
	const list = <T>(sql: string) => c.prepare(sql).all(id) as T[];
	return {
		slug: r.slug as string,
		artId: (r.art_id as number | null) ?? null,
		sourceUrl: (r.source_url as string | null) ?? null,
		title: r.title as string,
		titleLang: (r.title_lang as 'pl' | 'en' | null) ?? contentLang(r.title as string),
		summaryLang: (r.summary_lang as 'pl' | 'en' | null) ?? contentLang(r.summary as string),
		section: r.section as string,
		summary: r.summary as string,
		presentation: (r.presentation as string | null) ?? null,
		keywords: JSON.parse(r.keywords as string),
		metryka: metrykaFromRow(r),
		unitCode: r.unit_code as string | null,
		units: list<{ unit_code: string }>(
			`SELECT unit_code FROM practice_units WHERE practice_id = ? ORDER BY rowid`
		).map((u) => u.unit_code),
		namedPartners: list<{ name: string; unit_code: string | null; note: string | null }>(
			`SELECT name, unit_code, note FROM practice_partners WHERE practice_id = ? ORDER BY position`
		).map((p) => ({ name: p.name, teryt: p.unit_code, reason: p.note })),
		partnershipSlugs: list<{ slug: string }>(
			`SELECT p.slug FROM practice_partnerships pp JOIN partnerships p ON p.id = pp.partnership_id
			WHERE pp.practice_id = ? ORDER BY p.slug`
		).map((p) => p.slug),
		sources: sourcesOf(db, 'practice', id),
		attachments: attachmentsOf(db, id),
		status: r.status as PracticeInput['status']
	};
}

/** Normalises input the way it will be stored, so a comparison with a snapshot is fair. */
export function normalisePractice(p: PracticeInput): PracticeInput {
	p = dedupePractice(p);
	return {
		...p,
		titleLang: p.titleLang ?? contentLang(p.title),
		summaryLang: p.summaryLang ?? contentLang(p.summary),
		sourceUrl: p.sourceUrl ?? null,
		presentation: toSafeHtml(p.presentation),
		unitCode: p.unitCode ?? p.units[0] ?? null,
		units: [...new Set(p.units)],
		partnershipSlugs: [...new Set(p.partnershipSlugs)].sort(),
		attachments: p.attachments ?? []
	};
}

/** Field names whose values differ between the stored practice and the input. */
export function diffPractice(before: PracticeInput, after: PracticeInput): string[] {
	const a = before as unknown as Record<string, unknown>;
	const b = after as unknown as Record<string, unknown>;
	const changed: string[] = [];
	for (const key of Object.keys(b)) {
		if (key === 'metryka') {
			for (const [mk, mv] of Object.entries(after.metryka))
				if (
					JSON.stringify(mv) !== JSON.stringify(before.metryka[mk as keyof typeof before.metryka])
				)
					changed.push(`metryka.${mk}`);
		} else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) changed.push(key);
	}
	return changed;
}

/**
 * Creates the practice, or updates the one with `existingId`, replacing its units, partners,
 * links, sources and attachments. Returns which fields changed (none: nothing was written).
 */
export function savePractice(
	db: Db,
	input: PracticeInput,
	existingId?: number
): { id: number; created: boolean; changed: string[] } {
	const where = `Praktyka „${input.title.slice(0, 100)}”`;
	validatePractice(input, where);
	const p = normalisePractice({ ...input, unitCode: input.unitCode ?? locationOf(db, input) });
	if (!sectionBySlug(p.section)) throw new RecordError(`${where}: nieznany dział „${p.section}”`);
	assertUnits(db, [...p.units, ...(p.unitCode ? [p.unitCode] : [])], where);
	assertUnits(
		db,
		p.namedPartners.flatMap((n) => (n.teryt ? [n.teryt] : [])),
		where
	);
	const c = db.$client;
	const partnershipIds = p.partnershipSlugs.map((slug) => {
		const id = idBySlug(db, 'partnerships', slug);
		if (id === undefined) throw new RecordError(`${where}: nie ma partnerstwa „${slug}”`);
		return id;
	});
	return c.transaction(() => {
		let id = existingId;
		const before = id === undefined ? null : practiceSnapshot(db, id);
		const changed = before ? diffPractice(before, { ...p, slug: before.slug }) : ['*'];
		if (before && changed.length === 0) return { id: id!, created: false, changed };
		const values = [...valuesOf(PRACTICE_FIELDS, p), ...valuesOf(METRYKA_FIELDS, p.metryka)];
		const columns = [...columnsOf(PRACTICE_FIELDS), ...columnsOf(METRYKA_FIELDS)];
		const created = id === undefined;
		if (id === undefined) {
			const { insert } = writeStatements('practices', ['slug', ...columns]);
			id = Number(c.prepare(insert).run(uniqueSlug(db, p.slug), ...values).lastInsertRowid);
		} else {
			c.prepare(writeStatements('practices', columns).update).run(...values, id);
			for (const t of [
				'practice_units',
				'practice_partners',
				'practice_partnerships',
				'attachments',
				'sources'
			])
				c.prepare(`DELETE FROM ${t} WHERE practice_id = ?`).run(id);
		}
		const unit = c.prepare(
			`INSERT OR IGNORE INTO practice_units (practice_id, unit_code, role) VALUES (?, ?, ?)`
		);
		if (p.unitCode) unit.run(id, p.unitCode, 'location');
		for (const code of p.units) unit.run(id, code, 'partner');
		const partner = c.prepare(
			`INSERT INTO practice_partners (practice_id, position, name, unit_code, note) VALUES (?, ?, ?, ?, ?)`
		);
		p.namedPartners.forEach((n, i) => partner.run(id, i, n.name, n.teryt, n.reason));
		const link = c.prepare(
			`INSERT INTO practice_partnerships (practice_id, partnership_id) VALUES (?, ?)`
		);
		for (const pid of partnershipIds) link.run(id, pid);
		const attachment = c.prepare(
			`INSERT INTO attachments (practice_id, position, file_name, title, file_type, size_bytes, url)
			VALUES (?, ?, ?, ?, ?, ?, ?)`
		);
		(p.attachments ?? []).forEach((a, i) =>
			attachment.run(id, i, a.fileName, a.title, a.fileType, a.sizeBytes, a.url)
		);
		const source = c.prepare(
			`INSERT INTO sources (practice_id, name, url, verified_at) VALUES (?, ?, ?, ?)`
		);
		for (const s of p.sources) source.run(id, s.name, s.url, s.verifiedAt);
		c.prepare('UPDATE practices SET sort_key = ? WHERE id = ?').run(polishSortKey(p.title), id);
		indexPractice(db, id!);
		return { id: id!, created, changed };
	})();
}

/**
 * The gmina a practice is placed by: the one of its units named as its locality in the Metryka
 * (Skawina for Blisko Krakowa), else the first of its units.
 */
function locationOf(db: Db, p: PracticeInput): string | null {
	if (p.units.length === 0) return null;
	const locality = p.metryka.locality?.trim().toLowerCase();
	if (locality) {
		const named = db.$client
			.prepare('SELECT code, name FROM units WHERE code IN (SELECT value FROM json_each(?))')
			.all(JSON.stringify(p.units)) as { code: string; name: string }[];
		const hit = named.find((u) => u.name.toLowerCase() === locality);
		if (hit) return hit.code;
	}
	return p.units[0];
}

function uniqueSlug(db: Db, slug: string): string {
	let candidate = slug;
	for (let i = 2; idBySlug(db, 'practices', candidate) !== undefined; i++)
		candidate = `${slug}-${i}`;
	return candidate;
}

/** Fills the Polish sort keys of records written before the keys existed (migration 0003). */
export function backfillSortKeys(db: Db): void {
	const c = db.$client;
	for (const [table, column] of [
		['practices', 'title'],
		['partnerships', 'name']
	] as const) {
		const rows = c
			.prepare(`SELECT id, ${column} AS text FROM ${table} WHERE sort_key IS NULL`)
			.all() as {
			id: number;
			text: string;
		}[];
		if (rows.length === 0) continue;
		const update = c.prepare(`UPDATE ${table} SET sort_key = ? WHERE id = ?`);
		c.transaction(() => {
			for (const r of rows) update.run(polishSortKey(r.text), r.id);
		})();
	}
}

/**
 * Sets the content languages of records written before they were stored (migration 0006), by the
 * same rule the write path uses (src/lib/content-lang.ts).
 */
export function backfillContentLang(db: Db): void {
	const c = db.$client;
	const practices = c
		.prepare(
			'SELECT id, title, summary FROM practices WHERE title_lang IS NULL OR summary_lang IS NULL'
		)
		.all() as { id: number; title: string; summary: string }[];
	const partnerships = c
		.prepare(
			'SELECT id, name, kind, description FROM partnerships WHERE name_lang IS NULL OR description_lang IS NULL'
		)
		.all() as { id: number; name: string; kind: string; description: string | null }[];
	if (practices.length === 0 && partnerships.length === 0) return;
	const practice = c.prepare('UPDATE practices SET title_lang = ?, summary_lang = ? WHERE id = ?');
	const partnership = c.prepare(
		'UPDATE partnerships SET name_lang = ?, description_lang = ? WHERE id = ?'
	);
	c.transaction(() => {
		for (const r of practices) practice.run(contentLang(r.title), contentLang(r.summary), r.id);
		for (const r of partnerships)
			partnership.run(contentLang(r.name, r.kind), contentLang(r.description), r.id);
	})();
}
