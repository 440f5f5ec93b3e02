/**
 * Where the time of one API list request goes, with the app's own code (run through tsx, which
 * resolves `$lib` from the project's tsconfig):
 *
 *   npx tsx bench/lib/api-profile.ts --db FILE --queries JSON [--runs K] [--write-probe START]
 *
 * For each query ({ id, kind: 'practices' | 'partnerships', params: 'woj=12' }) it calls the
 * route's own GET handler (src/routes/(machine)/api/v1/<kind>/+server.ts) and then the app's compress()
 * (what hooks.server.ts does with the response, Brotli for a browser), and times them, SQLite
 * statements apart (every statement run, timed by wrapping prepare()). Each timed call carries an
 * extra, ignored parameter `_profile=<n>`, so it misses any response cache the route keeps (the
 * cost of a first request); then the same URL once more (a cache hit, if the route caches).
 * EXPLAIN QUERY PLAN of each statement is kept.
 *
 * `--write-probe START` also times saving a few new practices and partnerships (synthetic records
 * START, START+1, …) with savePractice/savePartnership as the app runs them (search index included),
 * inside a transaction that is rolled back: the file is left as it was.
 *
 * Prints one JSON line on stdout.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Db } from '../../src/lib/server/db/index.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({
	options: {
		db: { type: 'string' },
		queries: { type: 'string' },
		runs: { type: 'string', default: '5' },
		'write-probe': { type: 'string' }
	}
});
if (!values.db || !values.queries) {
	console.error('Usage: npx tsx bench/lib/api-profile.ts --db FILE --queries JSON [--runs K]');
	process.exit(2);
}
// The app's database is DATABASE_URL: set it before the setup opens it.
process.env.DATABASE_URL = values.db;
const { setupAppDatabase } = await import('../../src/lib/server/setup.ts');
const { compress } = await import('../../src/lib/server/http/compress.ts');
const { savePartnership, savePractice } = await import('../../src/lib/server/records/write.ts');
const { SECTIONS } = await import('../../src/lib/domain/sections.ts');
const { NETWORK_KINDS, PARTNERSHIP_KINDS } = await import('../../src/lib/domain/kinds.ts');
const { createContext, syntheticPartnership, syntheticPractice } = await import('./synthetic.js');

type Handler = (event: { url: URL; request: Request }) => Response | Promise<Response>;
const routes: Record<string, Handler> = {
	practices: (await import('../../src/routes/(machine)/api/v1/practices/+server.ts'))
		.GET as Handler,
	partnerships: (await import('../../src/routes/(machine)/api/v1/partnerships/+server.ts'))
		.GET as Handler
};

const queries = JSON.parse(values.queries) as { id: string; kind: string; params: string }[];
const runs = Number(values.runs);
const ACCEPT = 'gzip, deflate, br';

interface Executed {
	sql: string;
	args: unknown[];
	ms: number;
}

/** Wraps prepare() so that every statement run is timed and its SQL and arguments kept. */
function recordStatements(db: Db): { take(): Executed[] } {
	const client = db.$client;
	const prepare = client.prepare.bind(client);
	let executed: Executed[] = [];
	client.prepare = ((sql: string) => {
		const stmt = prepare(sql);
		const timed =
			(method: 'all' | 'get' | 'run' | 'pluck' | 'raw') =>
			(...args: unknown[]) => {
				const t = performance.now();
				const out = (stmt[method] as (...a: unknown[]) => unknown)(...args);
				executed.push({ sql, args, ms: performance.now() - t });
				return out;
			};
		return new Proxy(stmt, {
			get(target, prop) {
				if (prop === 'all' || prop === 'get' || prop === 'run') return timed(prop);
				const v = Reflect.get(target, prop);
				return typeof v === 'function' ? v.bind(target) : v;
			}
		});
	}) as typeof client.prepare;
	return {
		take() {
			const out = executed;
			executed = [];
			return out;
		}
	};
}

const median = (xs: number[]) => {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const m = (s.length - 1) / 2;
	return (s[Math.floor(m)] + s[Math.ceil(m)]) / 2;
};
const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/** EXPLAIN QUERY PLAN as indented lines. */
function planOf(db: Db, sql: string, args: unknown[]): string[] {
	try {
		const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as {
			id: number;
			parent: number;
			detail: string;
		}[];
		const depth = new Map<number, number>([[0, -1]]);
		return rows.map((r) => {
			const d = (depth.get(r.parent) ?? -1) + 1;
			depth.set(r.id, d);
			return `${'  '.repeat(d)}${r.detail}`;
		});
	} catch (err) {
		return [`(no plan: ${err instanceof Error ? err.message : err})`];
	}
}

/** One request through the route and compress(): times, bytes and the statements it ran. */
async function once(kind: string, params: string, rec: { take(): Executed[] }) {
	rec.take();
	const url = new URL(`http://127.0.0.1/api/v1/${kind}?${params}`);
	const request = new Request(url, { headers: { 'accept-encoding': ACCEPT } });
	const t0 = performance.now();
	const response = await routes[kind]({ url, request });
	const t1 = performance.now();
	const sent = await compress(request, response);
	const wire = Buffer.from(await sent.arrayBuffer());
	const t2 = performance.now();
	return {
		handlerMs: t1 - t0,
		compressMs: t2 - t1,
		totalMs: t2 - t0,
		status: sent.status,
		wire,
		encoding: sent.headers.get('content-encoding') ?? '',
		executed: rec.take()
	};
}

/** Size, number of items and `count` of a JSON list response as sent. */
function describeBody(kind: string, wire: Buffer, encoding: string) {
	const raw =
		encoding === 'br' ? brotliDecompressSync(wire) : encoding === 'gzip' ? gunzipSync(wire) : wire;
	try {
		const json = JSON.parse(raw.toString('utf8'));
		return {
			bodyBytes: raw.length,
			rows: Array.isArray(json[kind]) ? json[kind].length : null,
			count: typeof json.count === 'number' ? json.count : null
		};
	} catch {
		return { bodyBytes: raw.length, rows: null, count: null };
	}
}

async function profileQuery(db: Db, rec: { take(): Executed[] }, q: (typeof queries)[number]) {
	const miss = {
		sql: [] as number[],
		handler: [] as number[],
		compress: [] as number[],
		total: [] as number[]
	};
	let last: Awaited<ReturnType<typeof once>> | null = null;
	let n = runs;
	for (let i = 0; i <= n; i++) {
		const r = await once(q.kind, `${q.params}&_profile=${process.pid}-${i}`, rec);
		if (r.status !== 200) throw new Error(`${q.kind}?${q.params}: HTTP ${r.status}`);
		// The first call warms up (statement cache, SQLite page cache); a very slow one is timed
		// once more only, so a pathological query cannot hold the whole run up.
		if (i === 0) {
			if (r.totalMs > 1000) n = 1;
			continue;
		}
		miss.sql.push(r.executed.reduce((s, e) => s + e.ms, 0));
		miss.handler.push(r.handlerMs);
		miss.compress.push(r.compressMs);
		miss.total.push(r.totalMs);
		last = r;
	}
	// The last URL again: a hit in the route's response cache, if it keeps one.
	const hits: number[] = [];
	const hitParams = `${q.params}&_profile=${process.pid}-${n}`; // the last URL timed above
	for (let i = 0; i < n; i++) hits.push((await once(q.kind, hitParams, rec)).totalMs);

	const bySql = new Map<string, { sql: string; args: unknown[]; ms: number; count: number }>();
	for (const e of last?.executed ?? []) {
		const s = bySql.get(e.sql) ?? { sql: e.sql, args: e.args, ms: 0, count: 0 };
		s.ms += e.ms;
		s.count++;
		bySql.set(e.sql, s);
	}
	const sql = median(miss.sql);
	return {
		id: q.id,
		...(last ? describeBody(q.kind, last.wire, last.encoding) : {}),
		samples: n,
		wireBytes: last?.wire.length ?? NaN,
		encoding: last?.encoding ?? '',
		ms: {
			sql,
			// The handler's own work besides SQLite: row mapping, sorting, JSON.
			route: median(miss.handler) - sql,
			compress: median(miss.compress),
			total: median(miss.total),
			hit: median(hits)
		},
		statements: [...bySql.values()]
			.sort((a, b) => b.ms - a.ms)
			.map((s) => ({
				sql: oneLine(s.sql),
				args: s.args.map((a) =>
					typeof a === 'string' && a.length > 80 ? `${a.slice(0, 77)}…` : a
				),
				ms: s.ms,
				count: s.count,
				plan: planOf(db, s.sql, s.args)
			}))
	};
}

/** Times the app's own savePractice/savePartnership for new records, then rolls them back. */
function writeProbe(db: Db, start: number) {
	const ctx = createContext(ROOT, {
		sections: SECTIONS,
		kinds: PARTNERSHIP_KINDS.filter((k) => !NETWORK_KINDS.includes(k))
	});
	const c = db.$client;
	const ftsRows = (c.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number }).n;
	const practice: number[] = [];
	const partnership: number[] = [];
	const ftsDelete: number[] = [];
	c.exec('BEGIN');
	try {
		for (let k = 0; k < 5; k++) {
			const p = syntheticPractice(ctx, start + k);
			p.partnershipSlugs = [];
			let t = performance.now();
			savePractice(db, p);
			practice.push(performance.now() - t);
			t = performance.now();
			c.prepare('DELETE FROM search_index WHERE kind = ? AND record_id = ?').run('practice', -1);
			ftsDelete.push(performance.now() - t);
		}
		for (let k = 0; k < 3; k++) {
			const t = performance.now();
			savePartnership(db, syntheticPartnership(ctx, start + k));
			partnership.push(performance.now() - t);
		}
	} finally {
		c.exec('ROLLBACK');
	}
	return {
		ftsRows,
		savePracticeMs: median(practice),
		savePartnershipMs: median(partnership),
		ftsDeleteMs: median(ftsDelete)
	};
}

const db = setupAppDatabase();
const rec = recordStatements(db);
const results = [];
for (const q of queries) results.push(await profileQuery(db, rec, q));
const write = values['write-probe'] ? writeProbe(db, Number(values['write-probe'])) : null;
db.$client.close();
console.log(JSON.stringify({ runs, queries: results, write }));
