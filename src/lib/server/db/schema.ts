/**
 * The database schema (drizzle, SQLite). Migrations in drizzle/ are generated from this file
 * with `npm run db:generate`; never edit them by hand.
 */
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Administrative units of the TERC register: województwa, powiaty and gminy. */
export const units = sqliteTable(
	'units',
	{
		/** TERYT code: 2 digits (województwo), 4 (powiat) or 7 (gmina, last digit = type). */
		code: text('code').primaryKey(),
		/** 'woj' | 'pow' | 'gmi' */
		level: text('level', { enum: ['woj', 'pow', 'gmi'] }).notNull(),
		name: text('name').notNull(),
		/** Gmina type from TERC RODZ: 1 miejska, 2 wiejska, 3 miejsko-wiejska; null above gmina level. */
		gminaType: integer('gmina_type'),
		wojCode: text('woj_code').notNull(),
		/** Parent powiat of a gmina; null for powiaty and województwa. */
		powCode: text('pow_code'),
		/** GeoJSON geometry (Polygon or MultiPolygon, WGS84); null for the units the source lacks. */
		geometry: text('geometry', { mode: 'json' }),
		labelLon: real('label_lon'),
		labelLat: real('label_lat'),
		minLon: real('min_lon'),
		minLat: real('min_lat'),
		maxLon: real('max_lon'),
		maxLat: real('max_lat'),
		areaKm2: real('area_km2'),
		/** Residents on 31 Dec of populationYear (GUS BDL); summed from gminy for powiaty and województwa. */
		population: integer('population'),
		populationYear: integer('population_year'),
		/** False for the two gminy created in 2025 that the boundary source does not have yet. */
		hasGeometry: integer('has_geometry', { mode: 'boolean' }).notNull().default(true)
	},
	(t) => [
		index('units_level_idx').on(t.level),
		index('units_woj_code_idx').on(t.wojCode),
		index('units_pow_code_idx').on(t.powCode)
	]
);

/** Key-value facts about the loaded data (data version for tile URLs, load time). */
export const meta = sqliteTable('meta', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	updatedAt: text('updated_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
});
