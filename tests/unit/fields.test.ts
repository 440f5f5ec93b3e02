/** The record-field tables of src/lib/domain/fields.ts agree with the drizzle schema. */
import { describe, expect, it } from 'vitest';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { partnerships, practices } from '../../src/lib/server/db/schema';
import {
	METRYKA_FIELDS,
	METRYKA_ROWS,
	PARTNERSHIP_FIELDS,
	PRACTICE_FIELDS,
	type RecordField
} from '../../src/lib/domain/fields';
import { FIELD_LIMITS } from '../../src/lib/limits';

/** Curation's bookkeeping (src/lib/server/curation/): not fields a form edits. */
const CURATION = ['verified_at', 'verified_by', 'published_revision'];

/** Columns that are not fields of a record: keys, derived values, bookkeeping. */
const NOT_FIELDS = {
	practices: ['id', 'slug', 'sort_key', 'created_at', 'updated_at', ...CURATION],
	partnerships: [
		'id',
		'slug',
		'sort_key',
		'status',
		'geometry',
		'area_km2',
		'min_lon',
		'min_lat',
		'max_lon',
		'max_lat',
		'label_lon',
		'label_lat',
		'population',
		'members_without_geometry',
		'geometry_updated_at',
		'created_at',
		'updated_at',
		...CURATION
	]
};

function agree(table: SQLiteTable, fields: readonly RecordField[], notFields: string[]) {
	const columns = new Map(getTableConfig(table).columns.map((c) => [c.name, c]));
	for (const f of fields) {
		const column = columns.get(f.column);
		expect(column, `${f.name}: column ${f.column}`).toBeDefined();
		const sqlType = f.type === 'integer' ? 'integer' : 'text';
		expect(column!.getSQLType(), `${f.name}: type of ${f.column}`).toBe(sqlType);
		if (f.limit) expect(FIELD_LIMITS[f.limit], `${f.name}: limit ${f.limit}`).toBeDefined();
	}
	const covered = new Set([...fields.map((f) => f.column), ...notFields]);
	expect([...columns.keys()].filter((c) => !covered.has(c))).toEqual([]);
	expect(new Set(fields.map((f) => f.name)).size).toBe(fields.length);
}

describe('record fields', () => {
	it('practices: every column is a field of the table (or a key or derived), with its type', () =>
		agree(practices, [...PRACTICE_FIELDS, ...METRYKA_FIELDS], NOT_FIELDS.practices));
	it('partnerships: the same', () =>
		agree(partnerships, PARTNERSHIP_FIELDS, NOT_FIELDS.partnerships));
	it('every Metryka field shown on the panel has a row', () => {
		const shown = METRYKA_ROWS.flatMap((r) => r.fields);
		expect(shown).toEqual(METRYKA_FIELDS.filter((f) => f.shown.panel).map((f) => f.name));
	});
});
