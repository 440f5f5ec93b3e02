/**
 * Suggestions while typing: units whose name starts with what was typed (diacritics folded),
 * then the best matching records from the full-text index.
 */
import { getDb, type Db } from './db';
import { foldPolish } from '../units/match';
import { searchIds } from './search';

/** The record kinds suggestions offer, in their order, with their tables and names. */
const RECORD_KINDS = [
	{
		kind: 'partnerstwo',
		source: 'partnership',
		table: 'partnerships',
		column: 'name',
		detail: { pl: 'partnerstwo', en: 'partnership' }
	},
	{
		kind: 'praktyka',
		source: 'practice',
		table: 'practices',
		column: 'title',
		detail: { pl: 'praktyka', en: 'practice' }
	}
] as const;
import { unitTypeLabel, type Level } from '../teryt';
import type { RecordType } from '../domain/records';

export interface Suggestion {
	kind: 'unit' | RecordType;
	id: string;
	label: string;
	/** The language the label is written in (unit names are Polish; records carry their own). */
	labelLang: 'pl' | 'en';
	/** What it is, in the asked interface language. */
	detail: string;
	level?: Level;
}

let unitCache:
	| {
			db: Db;
			units: {
				code: string;
				name: string;
				level: Level;
				folded: string;
				detail: Record<'pl' | 'en', string>;
			}[];
	  }
	| undefined;

function units(db: Db) {
	if (unitCache?.db !== db) {
		const rows = db.$client
			.prepare(
				`SELECT u.code, u.name, u.level, u.gmina_type, p.name AS pow_name, w.name AS woj_name
				FROM units u LEFT JOIN units p ON p.code = u.pow_code LEFT JOIN units w ON w.code = u.woj_code`
			)
			.all() as {
			code: string;
			name: string;
			level: Level;
			gmina_type: number | null;
			pow_name: string | null;
			woj_name: string | null;
		}[];
		unitCache = {
			db,
			units: rows.map((r) => ({
				code: r.code,
				name: r.name,
				level: r.level,
				folded: foldPolish(r.name.replace(/^powiat /, '')),
				detail: {
					pl: [
						unitTypeLabel({ code: r.code, level: r.level, gminaType: r.gmina_type }),
						r.pow_name,
						r.level !== 'woj' ? `woj. ${r.woj_name}` : null
					]
						.filter(Boolean)
						.join(', '),
					en: [
						unitTypeLabel({ code: r.code, level: r.level, gminaType: r.gmina_type }, 'en'),
						r.pow_name,
						r.level !== 'woj' ? `${r.woj_name} voivodeship` : null
					]
						.filter(Boolean)
						.join(', ')
				}
			}))
		};
	}
	return unitCache.units;
}

const LEVEL_ORDER: Record<Level, number> = { woj: 0, pow: 1, gmi: 2 };

/** Units whose name (or TERYT code) starts with what was typed, exact names first, then by level. */
export function suggestUnits(
	q: string,
	limit = 8,
	db: Db = getDb(),
	lang: 'pl' | 'en' = 'pl'
): Suggestion[] {
	const folded = foldPolish(q);
	if (folded.length < 2) return [];
	const isCode = /^\d{2,7}$/.test(folded);
	return units(db)
		.filter((u) =>
			isCode
				? u.code.startsWith(folded)
				: u.folded.startsWith(folded) || u.folded.includes(` ${folded}`)
		)
		.sort(
			(a, b) =>
				// An exact name first (Łódź the city before łódzkie), then województwa, powiaty, gminy.
				Number(a.folded !== folded) - Number(b.folded !== folded) ||
				LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
				a.name.localeCompare(b.name, 'pl')
		)
		.slice(0, limit)
		.map((u) => ({
			kind: 'unit' as const,
			id: u.code,
			label: u.name,
			labelLang: 'pl' as const,
			detail: u.detail[lang],
			level: u.level
		}));
}

export function suggest(
	q: string,
	limit = 8,
	db: Db = getDb(),
	lang: 'pl' | 'en' = 'pl'
): Suggestion[] {
	if (foldPolish(q).length < 2) return [];
	const unitHits = suggestUnits(q, Math.ceil(limit / 2), db, lang);
	const records: Suggestion[] = [];
	const c = db.$client;
	// Partnerships first, then practices: each record's label in its own language, its kind in the
	// page's. One statement per kind, prepared once per call, not once per hit.
	for (const r of RECORD_KINDS) {
		const row = c.prepare(
			`SELECT ${r.column} AS label, coalesce(${r.column}_lang, 'pl') AS lang FROM ${r.table} WHERE id = ? AND status = 'published'`
		);
		for (const [id] of searchIds(db, r.source, q)) {
			if (records.length >= limit - unitHits.length) break;
			const hit = row.get(id) as { label: string; lang: 'pl' | 'en' } | undefined;
			if (hit)
				records.push({
					kind: r.kind,
					id: String(id),
					label: hit.label,
					labelLang: hit.lang,
					detail: r.detail[lang]
				});
		}
	}
	return [...unitHits, ...records];
}
