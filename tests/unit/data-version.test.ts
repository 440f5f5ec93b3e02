import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { dataVersion } from '../../src/lib/server/db/versions';

const db = testDb();
const version = (key: string) => dataVersion(db, key);

describe('data versions (migration 0007: triggers)', () => {
	it('any write to a record table, by any statement, makes a new records version', () => {
		for (const sql of [
			`UPDATE practices SET summary = summary || ' ' WHERE id = (SELECT min(id) FROM practices)`,
			`UPDATE partnerships SET website = website WHERE id = (SELECT min(id) FROM partnerships)`,
			`DELETE FROM sources WHERE rowid = (SELECT max(rowid) FROM sources)`,
			`UPDATE partnership_members SET role = role WHERE rowid = (SELECT min(rowid) FROM partnership_members)`
		]) {
			const before = version('records_version');
			db.$client.prepare(sql).run();
			expect(version('records_version'), sql).not.toBe(before);
		}
	});
	it('a write to units makes a new boundaries version, and reads change nothing', () => {
		const before = version('boundaries_version');
		const records = version('records_version');
		db.$client.prepare(`SELECT count(*) FROM practices`).get();
		expect(version('records_version')).toBe(records);
		db.$client.prepare(`UPDATE units SET name = name WHERE code = '12'`).run();
		expect(version('boundaries_version')).not.toBe(before);
		expect(version('records_version')).toBe(records);
	});
	it('a failed transaction leaves the version as it was', () => {
		const before = version('records_version');
		expect(() =>
			db.$client.transaction(() => {
				db.$client.prepare(`UPDATE practices SET title = title`).run();
				throw new Error('rolled back');
			})()
		).toThrow('rolled back');
		expect(version('records_version')).toBe(before);
	});
});

describe('migration 0008: stored links limited to http, https and mailto', () => {
	it('removes other schemes from every link column and keeps the rest', async () => {
		const { readFileSync } = await import('node:fs');
		const c = db.$client;
		const practice = (c.prepare('SELECT min(id) AS id FROM practices').get() as { id: number }).id;
		const partnership = (
			c.prepare('SELECT min(id) AS id FROM partnerships').get() as { id: number }
		).id;
		const saved = c
			.prepare('SELECT websites, source_url AS s FROM practices WHERE id = ?')
			.get(practice) as { websites: string; s: string | null };
		c.prepare('UPDATE practices SET websites = ? WHERE id = ?').run(
			JSON.stringify([
				'www.skawina.pl',
				'javascript:alert(1)',
				'https://www.gminaliszki.pl/a:b',
				'java\tscript:alert(2)',
				' DATA:text/html,x'
			]),
			practice
		);
		c.prepare('UPDATE partnerships SET website = ? WHERE id = ?').run(
			'vbscript:msgbox',
			partnership
		);
		const sql = readFileSync('drizzle/0008_safe_urls.sql', 'utf8');
		for (const statement of sql.split('--> statement-breakpoint')) c.exec(statement);
		const after = c.prepare('SELECT websites FROM practices WHERE id = ?').get(practice) as {
			websites: string;
		};
		expect(JSON.parse(after.websites)).toEqual([
			'www.skawina.pl',
			'https://www.gminaliszki.pl/a:b'
		]);
		expect(
			(
				c.prepare('SELECT website FROM partnerships WHERE id = ?').get(partnership) as {
					website: string | null;
				}
			).website
		).toBeNull();
		c.prepare('UPDATE practices SET websites = ?, source_url = ? WHERE id = ?').run(
			saved.websites,
			saved.s,
			practice
		);
	});
});
