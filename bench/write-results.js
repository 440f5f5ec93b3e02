#!/usr/bin/env node
/**
 * Writes the last run (bench/out/latest.json) to bench/RESULTS.md, the committed record: the
 * machine, every target with PASS/FAIL and, for each one not met, why (from the run's own
 * figures), then every table of the run.
 *
 *   node bench/write-results.js [--from FILE] [--to FILE]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { headerLines, reasons, sectionsOf, targetSummary } from './lib/report.js';
import { sectionToMarkdown } from './lib/table.js';
import { verdict } from './measures/api.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
	options: {
		from: { type: 'string', default: join(ROOT, 'bench/out/latest.json') },
		to: { type: 'string', default: join(ROOT, 'bench/RESULTS.md') }
	}
});
if (!existsSync(values.from)) {
	console.error(`No ${relative(ROOT, values.from)}: run \`npm run bench\` first.`);
	process.exit(1);
}
const report = JSON.parse(readFileSync(values.from, 'utf8'));
const summary = targetSummary(report);
const why = reasons(report);
const esc = (s) => String(s).replace(/\|/g, '\\|');
const met = summary.filter((t) => t.pass === true).length;
const notMet = summary.filter((t) => t.pass === false).length;
const notMeasured = summary.filter((t) => t.pass === null).length;

const md = [
	'# Benchmark results: Mapa Partnerstw',
	'',
	`Written by \`node bench/write-results.js\` from the run of ${report.date} (\`npm run bench\`` +
		`${report.mode === 'quick' ? ' -- --quick' : ''}). How the figures are made: [README.md](README.md).`,
	'',
	...(report.mode === 'quick'
		? [
				'> **A quick run** (`--quick`): no 100k scale, one short load run per side, fewer page loads. Figures for orientation; a full run is the one to commit.',
				''
			]
		: []),
	'## Machine and run',
	'',
	...headerLines(report).map((l) => `- ${l}`),
	'',
	'## Targets of issue 6',
	'',
	`${met} met, ${notMet} not met${notMeasured ? `, ${notMeasured} not measured in this run` : ''}.`,
	'',
	'| Target | Measured | Result |',
	'| --- | --- | --- |',
	...summary.map((t) => `| ${esc(t.target)} | ${esc(t.value)} | ${verdict(t.pass)} |`),
	'',
	...(why.length
		? ['### Why the targets not met are not met', '', ...why.map((w) => `- ${w}`), '']
		: []),
	'## Every table of the run',
	'',
	sectionsOf(report)
		.map(sectionToMarkdown)
		.map((s) => s.replace(/^## /, '### '))
		.join('\n\n'),
	''
].join('\n');
writeFileSync(values.to, md);
console.log(`Written: ${relative(ROOT, values.to)} (${met} targets met, ${notMet} not met)`);
