/**
 * Search built for Polish: an FTS5 index of folded text (diacritics removed, ł included), queried
 * with stemmed prefixes so inflected forms meet (Kraków, Krakowa, krakowski → "krakow*").
 * https://sqlite.org/fts5.html
 */
import type { Db } from './db';
import { foldPolish } from '../units/match';
import { queryStems } from '../text';

export type SearchKind = 'practice' | 'partnership';

/** The FTS5 query for what a person typed: every word must match as a stemmed prefix. */
export function toFtsQuery(q: string): string | null {
	const stems = queryStems(q);
	if (stems.length === 0) return null;
	return stems.map((s) => `"${s}"*`).join(' AND ');
}

/** Ids of matching records, mapped to their rank (0 = best). */
export function searchIds(db: Db, kind: SearchKind, q: string): Map<number, number> {
	const query = toFtsQuery(q);
	if (!query) return new Map();
	const rows = db.$client
		.prepare(
			`SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = ?
			ORDER BY bm25(search_index, 0, 0, 8, 1) LIMIT 2000`
		)
		.all(query, kind) as { record_id: number }[];
	return new Map(rows.map((r, i) => [Number(r.record_id), i]));
}

/** Tags replaced by spaces, as /<[^>]+>/g did, by scanning (that pattern is quadratic on "<<<…"). */
export function stripTags(html: string | null): string {
	const s = html ?? '';
	const out: string[] = [];
	let from = 0;
	for (let lt = s.indexOf('<'); lt >= 0;) {
		const gt = s.indexOf('>', lt + 1);
		if (gt < 0) break; // no tag can end: the rest is text
		if (gt === lt + 1) {
			lt = s.indexOf('<', lt + 1); // "<>" is no tag
			continue;
		}
		out.push(s.slice(from, lt), ' ');
		from = gt + 1;
		lt = s.indexOf('<', from);
	}
	out.push(s.slice(from));
	return out.join('');
}
const strip = stripTags;

/** The index row of a record: its rowid encodes kind and id, so replacing it is a rowid lookup. */
function rowidOf(kind: SearchKind, id: number): number {
	return id * 2 + (kind === 'partnership' ? 1 : 0);
}

function put(db: Db, kind: SearchKind, id: number, title: string, body: (string | null)[]): void {
	const c = db.$client;
	c.prepare('DELETE FROM search_index WHERE rowid = ?').run(rowidOf(kind, id));
	c.prepare(
		'INSERT INTO search_index (rowid, kind, record_id, title, body) VALUES (?, ?, ?, ?, ?)'
	).run(
		rowidOf(kind, id),
		kind,
		id,
		foldPolish(title),
		foldPolish(body.filter(Boolean).join(' \n '))
	);
}

const unitWords = (db: Db, sql: string, id: number) =>
	(db.$client.prepare(sql).all(id) as { code: string; name: string }[]).flatMap((u) => [
		u.name,
		u.code
	]);

export function indexPractice(db: Db, id: number): void {
	const p = db.$client
		.prepare(
			'SELECT title, summary, presentation, keywords, locality, implementing_unit FROM practices WHERE id = ?'
		)
		.get(id) as Record<string, string | null> | undefined;
	if (!p) return;
	put(db, 'practice', id, p.title!, [
		p.summary,
		strip(p.presentation),
		(JSON.parse(p.keywords ?? '[]') as string[]).join(' '),
		p.locality,
		p.implementing_unit,
		...unitWords(
			db,
			`SELECT u.code, u.name FROM practice_units pu JOIN units u ON u.code = pu.unit_code WHERE pu.practice_id = ?`,
			id
		),
		...(
			db.$client.prepare('SELECT name FROM practice_partners WHERE practice_id = ?').all(id) as {
				name: string;
			}[]
		).map((r) => r.name),
		...(
			db.$client
				.prepare(
					`SELECT p.name FROM practice_partnerships pp JOIN partnerships p ON p.id = pp.partnership_id WHERE pp.practice_id = ?`
				)
				.all(id) as { name: string }[]
		).map((r) => r.name)
	]);
}

export function indexPartnership(db: Db, id: number): void {
	const p = db.$client
		.prepare('SELECT name, description, extra FROM partnerships WHERE id = ?')
		.get(id) as Record<string, string | null> | undefined;
	if (!p) return;
	const extra = JSON.parse(p.extra ?? '{}') as Record<string, unknown>;
	put(db, 'partnership', id, p.name!, [
		strip(p.description),
		typeof extra.acronym === 'string' ? extra.acronym : '',
		typeof extra.programme === 'string' ? extra.programme : '',
		...unitWords(
			db,
			`SELECT u.code, u.name FROM partnership_members m JOIN units u ON u.code = m.unit_code WHERE m.partnership_id = ?`,
			id
		),
		...(
			db.$client
				.prepare('SELECT name, town FROM partnership_other_members WHERE partnership_id = ?')
				.all(id) as {
				name: string;
				town: string | null;
			}[]
		).flatMap((r) => [r.name, r.town ?? ''])
	]);
}

/** Builds the index anew when it is empty but records exist (after migration 0004). */
export function ensureSearchIndex(db: Db): void {
	const c = db.$client;
	const indexed = (c.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number }).n;
	if (indexed > 0) return;
	const practices = c.prepare('SELECT id FROM practices').all() as { id: number }[];
	const partnerships = c.prepare('SELECT id FROM partnerships').all() as { id: number }[];
	if (practices.length + partnerships.length === 0) return;
	c.transaction(() => {
		for (const p of practices) indexPractice(db, p.id);
		for (const p of partnerships) indexPartnership(db, p.id);
	})();
}
