/**
 * Measure "lighthouse" (issue 16): Lighthouse 12's performance score and its metrics (FCP, LCP,
 * TBT, CLS, Speed Index) for `/`, `/embed` and a record page, with Lighthouse's mobile profile
 * (its default: a mid-range phone, simulated slow 4G and 4× CPU) and its desktop profile, plus `/`
 * on the 10k/2k SYNTHETIC database. The same Debian Chromium as the other measures, launched by
 * Lighthouse's chrome-launcher (Lighthouse drives it over its own debugging port). WebGL is
 * rendered in software here (SwiftShader), which Lighthouse counts as main-thread work.
 * Target (from the issue): a mobile score of at least 80 on `/` and `/embed`.
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from '../lib/chromium.js';
import { summarize } from '../lib/stats.js';
import { fmt } from '../lib/table.js';

export const id = 'lighthouse';
export const TARGET = { score: 80, pages: ['home', 'embed'], formFactor: 'mobile' };
const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	si: 'speed-index'
};

function pagesOf(env) {
	return [
		{ id: 'home', label: '/ (real data)', url: `${env.app.url}/?lang=pl` },
		{
			id: 'embed',
			label: '/embed (zakres=pow:1206, list)',
			url: `${env.app.url}/embed?zakres=pow:1206&lista=1&lang=pl`
		},
		{ id: 'record', label: '/praktyki/1 (record page)', url: `${env.app.url}/praktyki/1?lang=pl` },
		...(env.app10k
			? [{ id: 'home10k', label: '/ (10k/2k synthetic)', url: `${env.app10k.url}/?lang=pl` }]
			: [])
	];
}

/** Runs the measure: `runs` Lighthouse runs per page and profile (medians reported). */
export async function run(
	env,
	{ runs, pages: only = null, formFactors = ['mobile', 'desktop'], log }
) {
	const pages = pagesOf(env).filter((p) => !only || only.includes(p.id));
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	const result = { runs, target: TARGET, rows: [], failed: [] };
	try {
		result.lighthouseVersion = (
			await import('lighthouse/package.json', { with: { type: 'json' } })
		).default.version;
		for (const page of pages)
			for (const formFactor of formFactors) {
				const samples = [];
				for (let i = 1; i <= runs; i++) {
					try {
						const r = await lighthouse(
							page.url,
							{
								port: chrome.port,
								output: 'json',
								logLevel: 'error',
								onlyCategories: ['performance']
							},
							formFactor === 'desktop' ? desktopConfig : undefined
						);
						const lhr = r?.lhr;
						if (!lhr) throw new Error('no result');
						if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
						const sample = { score: Math.round((lhr.categories.performance.score ?? NaN) * 100) };
						for (const [key, audit] of Object.entries(METRICS))
							sample[key] = lhr.audits[audit]?.numericValue ?? NaN;
						samples.push(sample);
						log(
							`  lighthouse ${page.id} ${formFactor} run ${i}/${runs}: ${sample.score} (LCP ${fmt.ms(sample.lcp)} ms, TBT ${fmt.ms(sample.tbt)} ms)`
						);
					} catch (err) {
						result.failed.push({
							page: page.id,
							formFactor,
							error: err instanceof Error ? err.message : String(err)
						});
						log(`  lighthouse ${page.id} ${formFactor}: failed, ${result.failed.at(-1).error}`);
					}
				}
				if (!samples.length) continue;
				const median = (key) => summarize(samples.map((s) => s[key])).median;
				result.rows.push({
					page: page.id,
					label: page.label,
					formFactor,
					score: median('score'),
					...Object.fromEntries(Object.keys(METRICS).map((k) => [k, median(k)])),
					samples
				});
			}
	} finally {
		chrome.kill();
	}
	return result;
}

/** Whether the mobile scores of the target pages reach the target. */
export function targets(result) {
	return result.rows
		.filter((r) => r.formFactor === TARGET.formFactor && TARGET.pages.includes(r.page))
		.map((r) => ({
			target: `Lighthouse ${r.formFactor} performance >= ${TARGET.score} (${r.label})`,
			value: String(r.score),
			pass: r.score >= TARGET.score
		}));
}

const right = (label) => ({ label, align: 'right' });

export function sections(result) {
	return [
		{
			title: `Lighthouse ${result.lighthouseVersion ?? ''} performance (${result.runs} run(s) per page and profile, medians; target: mobile >= ${TARGET.score} on / and /embed)`,
			columns: [
				{ label: 'Page', align: 'left' },
				{ label: 'Profile', align: 'left' },
				right('Score'),
				right('FCP ms'),
				right('LCP ms'),
				right('TBT ms'),
				right('CLS'),
				right('SI ms')
			],
			rows: result.rows.map((r) => [
				r.label,
				r.formFactor,
				String(r.score),
				fmt.ms(r.fcp),
				fmt.ms(r.lcp),
				fmt.ms(r.tbt),
				Number.isFinite(r.cls) ? r.cls.toFixed(3) : '–',
				fmt.ms(r.si)
			]),
			notes: [
				"Mobile: Lighthouse's default profile (simulated slow 4G, 4x CPU, a phone screen); desktop: its desktop-config. WebGL runs in software (SwiftShader) on this machine.",
				...result.failed.map((f) => `${f.page} ${f.formFactor} failed: ${f.error.slice(0, 300)}`)
			]
		}
	];
}
