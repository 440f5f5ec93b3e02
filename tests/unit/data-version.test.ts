import { describe, expect, it } from 'vitest';
import { testDb } from './db';
import { metaValue } from '../../src/lib/server/tiles';

const db = testDb();
const version = (key: string) => metaValue(db, key);

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
