#!/usr/bin/env node
/**
 * `npm run bench`: the benchmark suite of issue 6. Builds the app, prepares the SYNTHETIC scale
 * databases (cached), runs the measures and prints one table per measure (also written to
 * bench/out/latest.md and latest.json; `node bench/write-results.js` turns the last run into
 * bench/RESULTS.md).
 *
 *   node bench/run.js [--quick] [--only LIST] [--runs N] [--scales LIST] [--no-build] [--fresh-data]
 *
 * Measures: first-view and filter-change in Chromium (measures/first-view.js, filter-change.js),
 * api, tiles and memory (measures/server.js with api.js, tiles.js, memory.js), merge
 * (measures/merge.js).
 * Over 300 lines: the command line, the phases and their budgets, and the report header, read top to bottom.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp, copyBuild, startApp } from './lib/app-server.js';
import { startBaselineServer } from './lib/baseline-server.js';
import { launchBrowser } from './lib/browser.js';
import { exitOnSignals, interrupted, onCleanup, runCleanup } from './lib/cleanup.js';
import { ensureSyntheticData, treeHash } from './lib/data.js';
import { writeGminyGeoJSON } from './lib/gminy-geojson.js';
import { describeMachine } from './lib/machine.js';
import { headerLines, sectionsOf } from './lib/report.js';
import { SCALES } from './lib/synthetic.js';
import { sectionToMarkdown, sectionToText } from './lib/table.js';
import * as firstView from './measures/first-view.js';
import * as filterChange from './measures/filter-change.js';
import * as lighthouse from './measures/lighthouse.js';
import { writeBaselineRecords } from './lib/baseline-records.js';
import * as server from './measures/server.js';
import * as merge from './measures/merge.js';
import * as load from './measures/load.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/out');
const MEASURE_IDS = [
	'first-view',
	'filter-change',
	'lighthouse',
	'api',
	'tiles',
	'merge',
	'memory',
	'load'
];

/** Run lengths. Full: within 15 min on a 2-core machine; quick: within 3. */
const MODES = {
	full: {
		firstViewRuns: 5,
		lighthouseRuns: 3,
		lighthousePages: null,
		firstViewPages: ['ours', 'ours10k', 'embed', 'ours3g', 'plain', 'gzip'],
		filterChangeData: ['real', '10k'],
		filterChangeWarmUp: true,
		bareScales: ['1k', '10k', '100k'],
		uncachedScales: ['1k', '10k', '100k'],
		scales: ['1k', '10k', '100k'],
		tileScales: ['1k', '10k', '100k'],
		loadRuns: 3,
		loadSeconds: 2,
		staticSeconds: 1,
		maxRequests: 2000,
		sequential: 5,
		profileRuns: 5,
		mergeRuns: 7,
		mergeBaselineRuns: 2,
		mergeNaiveMaxMembers: Infinity,
		budgetS: 15 * 60
	},
	quick: {
		firstViewRuns: 2,
		lighthouseRuns: 1,
		lighthousePages: ['home', 'embed', 'record'],
		firstViewPages: ['ours', 'ours10k', 'embed', 'ours3g', 'plain', 'gzip'],
		filterChangeData: ['10k'],
		filterChangeWarmUp: false,
		bareScales: ['10k'],
		uncachedScales: ['10k'],
		scales: ['1k', '10k'],
		tileScales: ['10k'],
		loadRuns: 1,
		loadSeconds: 1,
		staticSeconds: 1,
		maxRequests: 500,
		sequential: 3,
		profileRuns: 3,
		mergeRuns: 3,
		mergeBaselineRuns: 1,
		mergeNaiveMaxMembers: 100,
		budgetS: 3 * 60
	}
};

const USAGE = `Usage: node bench/run.js [options]   (npm run bench -- [options])
  --quick          shorter: scales 1k and 10k only (no 100k), tiles at 10k only, one load run of
                   1 s per side (bare-Node ceiling and uncached load at 10k only), 2 page loads
                   per page (no embed), filter change at 10k/2k only without warm-up, no naive
                   merge baseline for 300 members
  --only LIST      a subset of ${MEASURE_IDS.join(',')} (comma-separated)
  --runs N         page loads per page (first-view) and runs per case (merge)
  --scales LIST    synthetic scales for api/tiles/memory, of ${SCALES.map((s) => s.id).join(',')}
  --no-build       use the existing build/ instead of running \`npx vite build\`
  --fresh-data     rebuild the cached synthetic databases (bench/out/data/)`;

/** A command-line mistake: printed with the usage, without a stack trace. */
const usageError = (message) => Object.assign(new Error(`${message}\n${USAGE}`), { usage: true });

function parseCli(argv) {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				quick: { type: 'boolean', default: false },
				only: { type: 'string' },
				runs: { type: 'string' },
				scales: { type: 'string' },
				'no-build': { type: 'boolean', default: false },
				'fresh-data': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}));
	} catch (err) {
		throw usageError(err.message);
	}
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	const mode = values.quick ? 'quick' : 'full';
	const settings = { ...MODES[mode] };
	if (values.runs !== undefined) {
		const runs = Number(values.runs);
		if (!Number.isInteger(runs) || runs < 1) throw usageError('--runs takes a positive integer');
		settings.firstViewRuns = runs;
		settings.mergeRuns = runs;
	}
	if (values.scales !== undefined) {
		const list = values.scales.split(',').filter(Boolean);
		const unknown = list.filter((s) => !SCALES.some((x) => x.id === s));
		if (unknown.length || list.length === 0)
			throw usageError(`--scales: unknown scale ${unknown.join(',') || '(none)'}`);
		settings.scales = SCALES.map((s) => s.id).filter((id) => list.includes(id));
		settings.tileScales = settings.scales;
	}
	const only = values.only?.split(',').filter(Boolean) ?? MEASURE_IDS;
	const unknown = only.filter((m) => !MEASURE_IDS.includes(m));
	if (unknown.length || only.length === 0)
		throw usageError(`--only: unknown measure ${unknown.join(',') || '(none)'}`);
	return {
		mode,
		settings,
		only: MEASURE_IDS.filter((m) => only.includes(m)),
		build: !values['no-build'],
		freshData: values['fresh-data']
	};
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (msg) => console.log(`[${elapsed().padStart(5)}] ${msg}`);
const phases = [];

/** Runs one phase, noting its wall time. */
async function phase(name, fn) {
	const t = Date.now();
	try {
		return await fn();
	} finally {
		phases.push({ name, ms: Date.now() - t });
	}
}

const message = (err) => (err instanceof Error ? (err.stack ?? err.message) : String(err));

/** Runs one measure; a failure is logged and becomes its result ({ error }), the others go on. */
async function attempt(name, fn) {
	try {
		return await fn();
	} catch (err) {
		if (interrupted()) throw err;
		log(`${name} failed: ${message(err)}`);
		return { error: message(err) };
	}
}

/**
 * The measures in Chromium (first view, filter change): one browser, the app on the real data and
 * on the 10k/2k synthetic database, and the baseline server (with the records of both databases
 * for the filter change). Returns { firstView?, filterChange? }.
 */
async function runBrowserMeasures(env, opts, want) {
	const geojson = writeGminyGeoJSON(ROOT, join(OUT, 'gminy.geojson'));
	log(
		`Baseline data: ${relative(ROOT, geojson.path)}, ${geojson.features} gminy, ${(geojson.bytes / 2 ** 20).toFixed(2)} MiB`
	);
	const stops = [];
	const results = {};
	try {
		log('Starting the app on the real data (fresh database) and on the 10k/2k synthetic one…');
		const app = await startApp({ root: ROOT, outDir: OUT, buildDir: env.buildDir, name: 'app' });
		stops.push(() => app.stop());
		onCleanup(() => app.stop());
		let app10k = null;
		if (env.data.files['10k']) {
			app10k = await startApp({
				root: ROOT,
				outDir: OUT,
				buildDir: env.buildDir,
				dbFile: env.data.files['10k'],
				name: 'app-10k-first-view'
			});
			stops.push(() => app10k.stop());
			onCleanup(() => app10k.stop());
		}
		const records = {};
		if (want.filterChange)
			for (const [name, db] of [
				['records-real.geojson', app.dbPath],
				...(app10k ? [['records-10k.geojson', app10k.dbPath]] : [])
			]) {
				const r = writeBaselineRecords(db, join(OUT, name));
				records[name] = r.path;
				log(
					`Baseline records: ${relative(ROOT, r.path)}, ${r.practices} practices, ${r.partnerships} partnerships, ${(r.bytes / 2 ** 20).toFixed(2)} MiB`
				);
			}
		const baseline = await startBaselineServer({ root: ROOT, geojsonPath: geojson.path, records });
		stops.push(() => baseline.close());
		const browser = await launchBrowser();
		stops.push(() => browser.close());
		onCleanup(() => browser.close());
		env.browserVersion = browser.version();
		const runs = opts.settings.firstViewRuns;
		if (want.firstView)
			results.firstView = await phase('first view (Chromium)', () =>
				attempt('first-view', async () => {
					const r = await firstView.run(
						{ app, app10k, baseline, browser },
						{ runs, pages: opts.settings.firstViewPages, log }
					);
					r.appStartMs = { real: app.startMs, synthetic10k: app10k?.startMs ?? null };
					r.baselineFiles = baseline.sizes;
					return r;
				})
			);
		if (want.filterChange)
			results.filterChange = await phase('filter change (Chromium)', () =>
				attempt('filter-change', () =>
					filterChange.run(
						{ app, app10k, baseline, browser },
						{
							runs,
							data: opts.settings.filterChangeData,
							warmUp: opts.settings.filterChangeWarmUp,
							log
						}
					)
				)
			);
		if (want.lighthouse)
			results.lighthouse = await phase('lighthouse (Chromium)', () =>
				attempt('lighthouse', () =>
					lighthouse.run(
						{ app, app10k },
						{ runs: opts.settings.lighthouseRuns, pages: opts.settings.lighthousePages, log }
					)
				)
			);
		return results;
	} finally {
		for (const stop of stops.reverse()) await stop().catch(() => {});
	}
}

function modeLine(opts) {
	const s = opts.settings;
	const quick =
		opts.mode === 'quick'
			? ' QUICK RUN: scales 1k and 10k only (no 100k, so the p95 growth target is not checked), tiles at 10k only, one 1 s load run per side (no medians; bare-Node ceiling and uncached load at 10k only), 2 page loads per page (no embed), filter change at 10k/2k only without warm-up, naive merge baseline skipped for 300 members: for orientation, not for RESULTS.md.'
			: '';
	return (
		`Mode: ${opts.mode}, measures ${opts.only.join(', ')}; first view ${s.firstViewRuns} loads per page; ` +
		`API at ${s.scales.join(', ')}, tiles at ${s.tileScales.filter((t) => s.scales.includes(t)).join(', ')}, ` +
		`${s.loadRuns} run(s) of ${s.loadSeconds} s (static ${s.staticSeconds} s), 50 connections; ` +
		`merge ${s.mergeRuns} runs (naive ${s.mergeBaselineRuns}${Number.isFinite(s.mergeNaiveMaxMembers) ? `, none above ${s.mergeNaiveMaxMembers} members` : ''}).${quick}`
	);
}

function printAndSave(report) {
	const sections = sectionsOf(report);
	const header = headerLines(report);
	console.log(['', ...header, '', sections.map(sectionToText).join('\n\n'), ''].join('\n'));
	const md = [
		'# Benchmark: Mapa Partnerstw',
		'',
		...header.map((l) => `- ${l}`),
		'',
		sections.map(sectionToMarkdown).join('\n\n'),
		''
	].join('\n');
	writeFileSync(join(OUT, 'latest.md'), md);
	writeFileSync(join(OUT, 'latest.json'), JSON.stringify(report, null, '\t') + '\n');
	console.log(
		`Written: ${relative(ROOT, join(OUT, 'latest.md'))}, ${relative(ROOT, join(OUT, 'latest.json'))}` +
			' (node bench/write-results.js copies this run into bench/RESULTS.md)'
	);
}

async function main() {
	const opts = parseCli(process.argv.slice(2));
	exitOnSignals();
	mkdirSync(OUT, { recursive: true });
	const want = Object.fromEntries(MEASURE_IDS.map((m) => [m, opts.only.includes(m)]));
	const browserMeasures = want['first-view'] || want['filter-change'] || want.lighthouse;
	const needsApp = browserMeasures || want.api || want.tiles || want.memory || want.load;
	const report = {
		date: new Date().toISOString(),
		machine: describeMachine(),
		mode: opts.mode,
		modeLine: modeLine(opts),
		options: { only: opts.only, build: opts.build, freshData: opts.freshData },
		settings: opts.settings,
		measures: {},
		phases
	};
	log(report.modeLine);
	// The helpers run through tsx import src/ as it is when they run; the server runs the build.
	// This notes whether src/ changed in between (someone editing while the bench runs).
	const env = { root: ROOT, out: OUT, srcHash: treeHash(ROOT, ['src']) };
	env.srcChanged = () => treeHash(ROOT, ['src']) !== env.srcHash;

	if (needsApp) {
		if (opts.build)
			await phase('build (npx vite build)', async () => {
				log('Building the app (npx vite build, output in bench/out/build.log)…');
				const ms = await buildApp(ROOT, join(OUT, 'build.log'));
				log(`Built in ${(ms / 1000).toFixed(1)} s`);
			});
		else if (!existsSync(join(ROOT, 'build/index.js')))
			throw new Error('No build/index.js: run without --no-build (or `npm run build`) first.');
		env.buildDir = copyBuild(ROOT, join(OUT, 'app-build'));
		const scales = new Set([
			...(want.api || want.tiles || want.memory ? opts.settings.scales : []),
			...(browserMeasures ? ['10k'] : [])
		]);
		env.data = await phase('synthetic data (cached in bench/out/data)', () =>
			ensureSyntheticData(ROOT, OUT, [...scales], { log, fresh: opts.freshData })
		);
		report.data = { key: env.data.key, built: env.data.built };
	}

	const guard = async (id, fn) => {
		report.measures[id] = await attempt(id, fn);
	};
	if (browserMeasures) {
		const r = await attempt('browser measures', () =>
			runBrowserMeasures(env, opts, {
				firstView: want['first-view'],
				filterChange: want['filter-change'],
				lighthouse: want.lighthouse
			})
		);
		if (r.error) report.measures.browser = r;
		else Object.assign(report.measures, r);
	}
	if (want.api || want.tiles || want.memory)
		await phase(`api/tiles/memory at ${opts.settings.scales.join(', ')}`, () =>
			guard('server', () =>
				server.run(env, {
					want: { api: want.api, tiles: want.tiles, memory: want.memory },
					settings: opts.settings,
					log
				})
			)
		);
	if (report.measures.server?.phases)
		for (const [name, ms] of Object.entries(report.measures.server.phases))
			phases.push({
				name: `  of which ${name === 'real' ? 'memory baseline' : `scale ${name}`}`,
				ms
			});
	if (want.merge)
		await phase('merged areas (tsx)', () =>
			guard('merge', () => merge.run(env, { settings: opts.settings, log }))
		);

	if (want.load)
		await phase('load: bystander under 200 connections on /, memory under random parameters', () =>
			guard('load', () => load.run(env, { settings: { ...opts.settings, mode: opts.mode }, log }))
		);

	await runCleanup();
	report.machine.chromium = env.browserVersion ?? 'not used';
	report.totalMs = Date.now() - started;
	printAndSave(report);
}

main().catch(async (err) => {
	if (interrupted()) return; // the signal handler cleans up and exits
	console.error(err?.usage ? err.message : message(err));
	await runCleanup();
	process.exit(1);
});
