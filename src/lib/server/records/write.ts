/**
 * Writes practices and partnerships with everything that hangs off them. Each call is one
 * transaction (the callers' transactions nest as savepoints), so a failure leaves the database as
 * it was. Unknown TERYT codes are refused with a message naming the code and the record.
 * The entry importers use; the steps live in checks.ts, dedupe.ts, snapshot.ts and backfills.ts.
 */
import type { Db } from '../db';
import { bumpVersion } from '../db/versions';
import { columnsOf, valuesOf, writeStatements } from './rows';
import { METRYKA_FIELDS, PARTNERSHIP_FIELDS, PRACTICE_FIELDS } from '../../domain/fields';
import { polishSortKey } from '../../text';
import { recomputeArea } from '../partnerships/area';
import { toSafeHtml } from '../rich-text';
import { indexPartnership, indexPractice } from '../search';
import { sectionBySlug } from '../../domain/sections';
import { isPartnershipKind } from '../../domain/kinds';
import { contentLang } from '../../content-lang';
import type { PartnershipInput, PracticeInput } from './types';
import { RecordError, assertUnits, validatePartnership, validatePractice } from './checks';
import { dedupePartnership } from './dedupe';
import { diffPractice, normalisePractice, practiceSnapshot } from './snapshot';

export { RecordError, validatePractice } from './checks';
export { dedupePartnership, dedupePractice } from './dedupe';
export { diffPractice, normalisePractice, practiceSnapshot } from './snapshot';
export { backfillContentLang, backfillSortKeys } from './backfills';

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
			`INSERT INTO attachments (practice_id, position, file_name, title, file_type, size_bytes, url, file_sha256)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
		);
		(p.attachments ?? []).forEach((a, i) =>
			attachment.run(
				id,
				i,
				a.fileName,
				a.title,
				a.fileType,
				a.sizeBytes,
				a.url,
				a.fileSha256 ?? null
			)
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
