/**
 * One-off fills of columns added to existing databases by migrations, run at start-up
 * (src/lib/server/setup.ts): each does nothing once every row has its value.
 */
import type { Db } from '../db';
import { contentLang } from '../../content-lang';
import { polishSortKey } from '../../text';

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
