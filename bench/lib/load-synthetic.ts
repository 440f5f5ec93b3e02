/**
 * Loads SYNTHETIC benchmark data (bench/lib/synthetic.js) into a SQLite file with the app's own
 * code, run as a child process through tsx (the app's modules are TypeScript):
 *
 *   npx tsx bench/lib/load-synthetic.ts --db FILE --practices N --partnerships M
 *
 * `setupDatabase` applies the migrations and loads the bundled real data into an empty file, as the
 * app does at first start. Then partnerships go through `savePartnership` (which merges the
 * members' areas with the app's recomputeArea, indexes them for search and bumps the records
 * version) and practices through `savePractice` (which indexes them with indexPractice). Records
 * already in the file (a smaller scale's prefix) are kept: only the missing indexes are added.
 *
 * One shortcut, and only for records that are new: indexPractice / indexPartnership first run
 * `DELETE FROM search_index WHERE kind = ? AND record_id = ?`, which has no entry to delete for a
 * new record but costs a scan of the whole FTS table (kind and record_id are UNINDEXED columns), so
 * loading N records that way takes time quadratic in N. While loading, that one statement is
 * replaced by a no-op; the rows written are exactly those the app writes. `--plain` turns the
 * shortcut off (to measure the app's own cost, see the timings this prints).
 *
 * Prints one JSON line on stdout: counts and timings.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../src/lib/server/db/index.ts';
import { setupDatabase } from '../../src/lib/server/setup.ts';
import { savePartnership, savePractice } from '../../src/lib/server/records/write.ts';
import { SECTIONS } from '../../src/lib/domain/sections.ts';
import { NETWORK_KINDS, PARTNERSHIP_KINDS } from '../../src/lib/domain/kinds.ts';
import type { PartnershipInput, PracticeInput } from '../../src/lib/server/records/types.ts';
import {
	createContext,
	syntheticPartnership,
	syntheticPractice,
	PARTNERSHIP_SLUG,
	PRACTICE_SLUG
} from './synthetic.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const FTS_DELETE = /^\s*DELETE FROM search_index WHERE kind = \? AND record_id = \?\s*$/;

const { values } = parseArgs({
	options: {
		db: { type: 'string' },
		practices: { type: 'string' },
		partnerships: { type: 'string' },
		plain: { type: 'boolean', default: false }
	}
});
if (!values.db || values.practices === undefined || values.partnerships === undefined) {
	console.error(
		'Usage: npx tsx bench/lib/load-synthetic.ts --db FILE --practices N --partnerships M [--plain]'
	);
	process.exit(2);
}
const want = { practices: Number(values.practices), partnerships: Number(values.partnerships) };
const progress = (msg: string) => process.stderr.write(`${msg}\n`);

/** How many synthetic records of a table the file holds already (always a prefix 0..n-1). */
function countExisting(db: Db, table: 'practices' | 'partnerships', prefix: string): number {
	const row = db.$client
		.prepare(`SELECT count(*) AS n FROM ${table} WHERE slug LIKE ? || '%'`)
		.get(prefix) as { n: number };
	return row.n;
}

/** Replaces the FTS delete-by-record statement with a no-op (see the header); returns undo. */
function skipFtsDeleteOfNewRecords(db: Db): () => void {
	const client = db.$client;
	const prepare = client.prepare;
	const noop = { run: () => ({ changes: 0, lastInsertRowid: 0 }) };
	client.prepare = function (this: typeof client, sql: string) {
		return FTS_DELETE.test(sql) ? noop : prepare.call(this, sql);
	} as typeof client.prepare;
	return () => {
		client.prepare = prepare;
	};
}

/** Saves records from..to-1 in one transaction; returns ms and the rate over the last 10 %. */
function load<T>(
	db: Db,
	label: string,
	from: number,
	to: number,
	make: (i: number) => T,
	save: (db: Db, record: T) => unknown
) {
	const started = performance.now();
	const step = Math.max(1, Math.ceil((to - from) / 10));
	let lastAt = started;
	let lastMsPerRecord = NaN;
	db.$client.transaction(() => {
		for (let i = from; i < to; i++) {
			save(db, make(i));
			if ((i + 1 - from) % step === 0 || i === to - 1) {
				const now = performance.now();
				const n = ((i + 1 - from) % step || step) as number;
				lastMsPerRecord = (now - lastAt) / n;
				lastAt = now;
				progress(
					`  ${label} ${i + 1}/${to}: ${((now - started) / 1000).toFixed(1)} s, ${lastMsPerRecord.toFixed(2)} ms per record lately`
				);
			}
		}
	})();
	return { count: to - from, ms: performance.now() - started, lastMsPerRecord };
}

const t0 = performance.now();
const db = setupDatabase(values.db);
const openMs = performance.now() - t0;
const ctx = createContext(ROOT, {
	sections: SECTIONS,
	kinds: PARTNERSHIP_KINDS.filter((k) => !NETWORK_KINDS.includes(k))
});
const have = {
	practices: countExisting(db, 'practices', PRACTICE_SLUG),
	partnerships: countExisting(db, 'partnerships', PARTNERSHIP_SLUG)
};
progress(
	`Synthetic data into ${values.db}: have ${have.practices}/${have.partnerships}, want ${want.practices}/${want.partnerships}`
);
const undo = values.plain ? () => {} : skipFtsDeleteOfNewRecords(db);
const partnerships = load<PartnershipInput>(
	db,
	'partnerships',
	have.partnerships,
	want.partnerships,
	(j) => syntheticPartnership(ctx, j) as PartnershipInput,
	(d, p) => savePartnership(d, p)
);
const practices = load<PracticeInput>(
	db,
	'practices',
	have.practices,
	want.practices,
	(i) => {
		const p = syntheticPractice(ctx, i) as PracticeInput;
		// Links only to partnerships of this scale (N = 5 M in SCALES, so all of them there).
		p.partnershipSlugs = p.partnershipSlugs.filter(
			(s) => Number(s.slice(PARTNERSHIP_SLUG.length)) < want.partnerships
		);
		return p;
	},
	(d, p) => savePractice(d, p)
);
undo();

// Sanity: one search entry per record, as the app keeps it.
const check = db.$client
	.prepare(
		`SELECT (SELECT count(*) FROM search_index WHERE kind = 'practice') AS fts,
		(SELECT count(*) FROM practices) AS practices,
		(SELECT count(*) FROM search_index WHERE kind = 'partnership') AS ftsP,
		(SELECT count(*) FROM partnerships) AS partnerships`
	)
	.get() as { fts: number; practices: number; ftsP: number; partnerships: number };
if (check.fts !== check.practices || check.ftsP !== check.partnerships)
	throw new Error(`search_index out of step with the records: ${JSON.stringify(check)}`);
// Fold the WAL into the file, so the file alone is the database (it is copied and cached).
db.$client.pragma('wal_checkpoint(TRUNCATE)');
db.$client.close();
console.log(
	JSON.stringify({
		db: values.db,
		openMs: Math.round(openMs),
		partnerships: { ...partnerships, total: check.partnerships },
		practices: { ...practices, total: check.practices },
		ftsShortcut: !values.plain,
		totalMs: Math.round(performance.now() - t0)
	})
);
