/**
 * Measure "load" (issue 11): what heavy use of one page and floods of never-seen URLs cost everyone
 * else, on the bundled real data.
 *
 * 1. Bystander: p50/p99 of GET /api/v1/units/12, one request at a time from a process of its own
 *    (lib/probe.js), on an idle server, then while 200 connections load `/` (autocannon). Target: p99 under
 *    load below 100 ms. The ratio is loaded p99 over idle p99, measured in the same run.
 * 2. Memory under random parameters: RSS of the app at rest, after 10 000 API exports with a
 *    parameter no route reads (`?format=geojson&cb=N`, each URL new), and after 10 000 page views
 *    with one (`/?cb=N`). Caches are bounded by bytes, so RSS should end near where it started.
 *
 * BENCH_BEFORE_ROOT=DIR (a checkout of an earlier commit with its own build/ and node_modules)
 * runs the same measure on that code too, for a before/after table in one run.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { startApp } from '../lib/app-server.js';
import { onCleanup } from '../lib/cleanup.js';
import { runLoad } from '../lib/load.js';
import { sleep } from '../lib/net.js';
import { waitIdle } from '../lib/proc.js';
import { percentile } from '../lib/stats.js';
import { columns, fmt } from '../lib/table.js';

/** The bystander's latencies from bench/lib/probe.js, a process of its own (see there). */
async function probe(root, url, seconds) {
	const { stdout } = await promisify(execFile)(
		process.execPath,
		[join(root, 'bench/lib/probe.js'), url, String(seconds)],
		{ maxBuffer: 64 * 1024 * 1024 }
	);
	const { latencies, errors } = JSON.parse(stdout);
	return {
		p50: percentile(latencies, 50),
		p99: percentile(latencies, 99),
		responses: latencies.length,
		errors,
		timeouts: 0
	};
}

export const id = 'load';
export const TARGET_P99_MS = 100;

async function measureOne(env, root, buildDir, name, { seconds, randomRequests, log }) {
	const outDir = env.out;
	const app = await startApp({ root, outDir, buildDir, name });
	onCleanup(() => app.stop());
	try {
		// Warm: the page, the bystander's answer, the tiles built at start.
		for (let i = 0; i < 3; i++) {
			await fetch(`${app.url}/`);
			await fetch(`${app.url}/api/v1/units/12`);
		}
		await sleep(500);
		await waitIdle(app.pid);
		const bystander = () => probe(env.root, `${app.url}/api/v1/units/12`, seconds);
		log(`  ${name}: bystander on an idle server (${seconds} s)…`);
		const idle = await bystander();
		log(`  ${name}: 200 connections on / with the bystander (${seconds} s)…`);
		const [page, loaded] = await Promise.all([
			runLoad({ url: `${app.url}/`, connections: 200, seconds, timeoutS: 60 }),
			bystander()
		]);
		await waitIdle(app.pid);
		const rest = app.memory()?.rss ?? NaN;
		log(`  ${name}: ${randomRequests} exports with random unknown parameters…`);
		const exports = await runLoad({
			url: app.url,
			connections: 10,
			amount: randomRequests,
			uniquePath: (i) => `/api/v1/practices?format=geojson&cb=${i}`
		});
		await waitIdle(app.pid);
		const afterExports = app.memory()?.rss ?? NaN;
		log(`  ${name}: ${randomRequests} page views with random unknown parameters…`);
		const pages = await runLoad({
			url: app.url,
			connections: 10,
			amount: randomRequests,
			uniquePath: (i) => `/?cb=${i}`
		});
		await waitIdle(app.pid);
		const afterPages = app.memory()?.rss ?? NaN;
		return { idle, loaded, page, rest, afterExports, afterPages, exports, pages };
	} finally {
		await app.stop();
	}
}

export async function run(env, { settings, log }) {
	const seconds = settings.mode === 'quick' ? 4 : 8;
	const randomRequests = settings.mode === 'quick' ? 3000 : 10_000;
	const opts = { seconds, randomRequests, log };
	log('Load: a bystander under 200 connections on /, memory under random parameters…');
	const result = { seconds, randomRequests, ours: null, before: null };
	result.ours = await measureOne(env, env.root, env.buildDir, 'load-app', opts);
	const before = process.env.BENCH_BEFORE_ROOT;
	if (before) {
		if (!existsSync(join(before, 'build/index.js')))
			throw new Error(`BENCH_BEFORE_ROOT=${before} has no build/index.js`);
		result.beforeRoot = before;
		result.before = await measureOne(env, before, join(before, 'build'), 'load-before', opts);
	}
	return result;
}

export function sections(result) {
	const rows = [];
	const add = (label, r) => {
		if (!r) return;
		const errors = r.page.errors + r.page.timeouts + r.loaded.errors + r.loaded.timeouts;
		rows.push([
			label,
			fmt.ms1(r.idle.p50),
			fmt.ms1(r.idle.p99),
			fmt.rps(r.page.rps),
			fmt.ms1(r.loaded.p50),
			fmt.ms1(r.loaded.p99),
			fmt.ratio(r.loaded.p99 / r.idle.p99),
			fmt.passFail(r.loaded.p99 < TARGET_P99_MS),
			String(errors)
		]);
	};
	add('ours', result.ours);
	add('before (BENCH_BEFORE_ROOT)', result.before);
	const mem = [];
	const addMem = (label, r) => {
		if (!r) return;
		mem.push([
			label,
			fmt.mib(r.rest),
			fmt.mib(r.afterExports),
			fmt.mib(r.afterPages),
			fmt.ratio(r.afterPages / r.rest),
			`${r.exports.ok}/${r.exports.sent}, ${r.pages.ok}/${r.pages.sent}`
		]);
	};
	addMem('ours', result.ours);
	addMem('before (BENCH_BEFORE_ROOT)', result.before);
	return [
		{
			title: `A bystander under load: GET /api/v1/units/12 (one at a time, its own process) while 200 connections load / (${result.seconds} s each)`,
			columns: columns(
				['Code'],
				[
					'idle p50 ms',
					'idle p99 ms',
					'/ req/s',
					'loaded p50 ms',
					'loaded p99 ms',
					'p99 loaded / idle',
					`p99 < ${TARGET_P99_MS} ms`,
					'errors'
				]
			),
			rows,
			notes: [
				'Idle and loaded are measured in the same run on the same server (bundled real data). / is answered from the page cache after its first rendering (per URL, language and data version).'
			]
		},
		{
			title: `Memory under random parameters: RSS (MiB) before and after ${result.randomRequests} never-seen URLs`,
			columns: columns(
				['Code'],
				[
					'at rest',
					'after exports ?format=geojson&cb=N',
					'after pages /?cb=N',
					'end / rest',
					'answered (exports, pages)'
				]
			),
			rows: mem,
			notes: [
				'The list cache keys only on parameters that change the answer, and the page cache only on the parameters pages read (src/lib/page-params.ts), so each load above is one entry; every cache is bounded by bytes besides (lru-cache, CACHE_MB).'
			]
		}
	];
}
