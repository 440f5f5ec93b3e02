#!/usr/bin/env node
/**
 * `npm run bench`: builds and starts the app, serves the baseline page, drives headless Chromium
 * through the measures and prints a table (also written to bench/out/latest.md and latest.json).
 *
 *   node bench/run.js [--runs N] [--quick] [--no-build]
 *
 * New measures go into bench/measures/ as modules with `id`, `run(env, opts)` and
 * `sections(result)`, listed in MEASURES below.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp, startApp } from './lib/app-server.js';
import { startBaselineServer } from './lib/baseline-server.js';
import { launchBrowser } from './lib/browser.js';
import { exitOnSignals, interrupted, onCleanup, runCleanup } from './lib/cleanup.js';
import { writeGminyGeoJSON } from './lib/gminy-geojson.js';
import { describeMachine, machineLines } from './lib/machine.js';
import { sectionToMarkdown, sectionToText } from './lib/table.js';
import * as firstView from './measures/first-view.js';

const MEASURES = [firstView];
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench/out');
const USAGE = `Usage: node bench/run.js [--runs N] [--quick] [--no-build]
  --runs N     measured runs per page (default 7)
  --quick      3 runs per page
  --no-build   use the existing build/ instead of running \`npx vite build\``;

/** A command-line mistake: printed with the usage, without a stack trace. */
const usageError = (message) => Object.assign(new Error(`${message}\n${USAGE}`), { usage: true });

function parseCli(argv) {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				runs: { type: 'string' },
				quick: { type: 'boolean', default: false },
				'no-build': { type: 'boolean', default: false },
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
	const runs = values.runs !== undefined ? Number(values.runs) : values.quick ? 3 : 7;
	if (!Number.isInteger(runs) || runs < 1) throw usageError('--runs takes a positive integer');
	return { runs, build: !values['no-build'] };
}

const log = (msg) => console.log(msg);

/** Builds, starts the app and the baseline server and launches Chromium; all torn down later. */
async function setUp(opts) {
	mkdirSync(OUT, { recursive: true });
	const env = { timings: {} };
	if (opts.build) {
		log('Building the app (npx vite build, output in bench/out/build.log)…');
		env.timings.buildMs = await buildApp(ROOT, join(OUT, 'build.log'));
		log(`Built in ${(env.timings.buildMs / 1000).toFixed(1)} s`);
	}
	if (!existsSync(join(ROOT, 'build/index.js')))
		throw new Error('No build/index.js: run without --no-build (or `npm run build`) first.');

	const geojson = writeGminyGeoJSON(ROOT, join(OUT, 'gminy.geojson'));
	log(
		`Baseline data: ${relative(ROOT, geojson.path)}, ${geojson.features} gminy, ${(geojson.bytes / 2 ** 20).toFixed(2)} MiB`
	);
	env.baseline = await startBaselineServer({ root: ROOT, geojsonPath: geojson.path });
	onCleanup(() => env.baseline.close());
	env.baselineFiles = env.baseline.sizes;

	log('Starting the app (node build/index.js) on a fresh database…');
	env.app = await startApp({ root: ROOT, outDir: OUT });
	onCleanup(() => env.app.stop());
	log(`App ready at ${env.app.url} (pid ${env.app.pid}) after ${env.app.startMs} ms`);

	env.browser = await launchBrowser();
	onCleanup(() => env.browser.close());
	return env;
}

function printAndSave(report, sectionsList) {
	const header = [`Date: ${report.date}`, ...machineLines(report.machine)];
	console.log(['', ...header, '', sectionsList.map(sectionToText).join('\n\n'), ''].join('\n'));
	const md = [
		'# Benchmark: Mapa Partnerstw',
		'',
		...header.map((l) => `- ${l}`),
		'',
		sectionsList.map(sectionToMarkdown).join('\n\n'),
		''
	].join('\n');
	writeFileSync(join(OUT, 'latest.md'), md);
	writeFileSync(join(OUT, 'latest.json'), JSON.stringify(report, null, '\t') + '\n');
	console.log(
		`Written: ${relative(ROOT, join(OUT, 'latest.md'))}, ${relative(ROOT, join(OUT, 'latest.json'))}`
	);
}

async function main() {
	const opts = parseCli(process.argv.slice(2));
	exitOnSignals();
	const env = await setUp(opts);
	const report = {
		date: new Date().toISOString(),
		machine: describeMachine({ chromiumVersion: env.browser.version() }),
		options: opts,
		setup: { ...env.timings, appStartMs: env.app.startMs, baselineFiles: env.baselineFiles },
		measures: {}
	};
	for (const measure of MEASURES)
		report.measures[measure.id] = await measure.run(env, { runs: opts.runs, log });
	await runCleanup();
	printAndSave(
		report,
		MEASURES.flatMap((m) => m.sections(report.measures[m.id]))
	);
}

main().catch(async (err) => {
	if (interrupted()) return; // the signal handler cleans up and exits
	console.error(err?.usage ? err.message : err instanceof Error ? (err.stack ?? err.message) : err);
	await runCleanup();
	process.exit(1);
});
