/**
 * Measure "first view": a cold page load (fresh browser context, empty cache) from navigation
 * start until the map is idle, and the bytes the network delivered until then. Our page against
 * the baseline (the whole gminy GeoJSON drawn by Leaflet), served plain and gzip-compressed.
 * Targets (from the issue): first-view bytes at most 0.25 of the baseline's, time at most 0.6.
 */
import { measureLoad } from '../lib/browser.js';
import { summarize } from '../lib/stats.js';
import { fmt } from '../lib/table.js';

export const id = 'firstView';
export const TARGETS = { bytes: 0.25, time: 0.6 };
const IDLE = '#map[data-state="idle"]';

function pagesOf(env) {
	return [
		{ id: 'ours', label: 'ours (/?lang=pl)', url: `${env.app.url}/?lang=pl` },
		{ id: 'plain', label: 'baseline, plain', url: env.baseline.url('plain') },
		{ id: 'gzip', label: 'baseline, gzip', url: env.baseline.url('gzip') }
	].map((p) => ({ ...p, idleSelector: IDLE }));
}

/** Runs the measure; returns plain data (it goes into latest.json as is). */
export async function run(env, { runs, log }) {
	const pages = pagesOf(env);
	log(
		`First view: warm-up (unmeasured), then ${runs} runs of ${pages.map((p) => p.id).join(', ')}`
	);
	for (const page of pages) await measureLoad(env.browser, page);

	const samples = Object.fromEntries(pages.map((p) => [p.id, []]));
	for (let i = 1; i <= runs; i++) {
		for (const page of pages) {
			const r = await measureLoad(env.browser, page);
			samples[page.id].push(r);
			log(
				`  run ${i}/${runs} ${page.id.padEnd(5)} ${fmt.ms(r.idleMs).padStart(6)} ms ${fmt.kib(r.bytes).padStart(8)} KiB`
			);
		}
	}

	const result = { targets: TARGETS, runs, pages: {} };
	for (const page of pages) {
		const s = samples[page.id];
		result.pages[page.id] = {
			label: page.label,
			url: page.url,
			timeMs: summarize(s.map((r) => r.idleMs)),
			bytes: summarize(s.map((r) => r.bytes)),
			requests: summarize(s.map((r) => r.requests.length)),
			runs: s
		};
	}
	const ours = result.pages.ours;
	result.comparisons = ['plain', 'gzip'].map((variant) => {
		const base = result.pages[variant];
		const time = ours.timeMs.median / base.timeMs.median;
		const bytes = ours.bytes.median / base.bytes.median;
		return {
			baseline: variant,
			time: { ratio: time, target: TARGETS.time, pass: time <= TARGETS.time },
			bytes: { ratio: bytes, target: TARGETS.bytes, pass: bytes <= TARGETS.bytes }
		};
	});
	return result;
}

const pathOf = (url) => {
	const u = new URL(url);
	return u.pathname + u.search;
};

/** Report sections: medians per page, ratios with PASS/FAIL, and our largest requests. */
export function sections(result) {
	const right = (label) => ({ label, align: 'right' });
	const pages = Object.values(result.pages);
	const medians = {
		title: `First view: navigation start to map idle (cold context, ${result.runs} runs each, medians)`,
		columns: [
			{ label: 'Page', align: 'left' },
			right('Time ms'),
			right('p25-p75 ms'),
			right('KiB'),
			right('Requests')
		],
		rows: pages.map((p) => [
			p.label,
			fmt.ms(p.timeMs.median),
			`${fmt.ms(p.timeMs.p25)}-${fmt.ms(p.timeMs.p75)}`,
			fmt.kib(p.bytes.median),
			String(Math.round(p.requests.median))
		])
	};
	const ratios = {
		title: `Ours / baseline (targets: bytes <= ${TARGETS.bytes}, time <= ${TARGETS.time})`,
		columns: [
			{ label: 'Baseline', align: 'left' },
			right('Bytes ratio'),
			{ label: 'Bytes', align: 'left' },
			right('Time ratio'),
			{ label: 'Time', align: 'left' }
		],
		rows: result.comparisons.map((c) => [
			c.baseline,
			fmt.ratio(c.bytes.ratio),
			fmt.passFail(c.bytes.pass),
			fmt.ratio(c.time.ratio),
			fmt.passFail(c.time.pass)
		])
	};
	const first = result.pages.ours.runs[0];
	const top = {
		title: 'Our largest requests before idle (first measured run)',
		columns: [
			right('KiB'),
			{ label: 'Enc', align: 'left' },
			right('Done ms'),
			{ label: 'Path', align: 'left' }
		],
		rows: first.requests
			.slice(0, 5)
			.map((r) => [
				fmt.kib(r.bytes),
				r.encoding || '-',
				r.at === null ? '?' : String(r.at),
				pathOf(r.url)
			]),
		notes: [
			`${first.requests.length} requests, ${fmt.kib(first.bytes)} KiB before idle; after idle (lazy loads, not counted): ` +
				`${first.afterIdle.count} requests, ${fmt.kib(first.afterIdle.bytes)} KiB.`
		]
	};
	return [medians, ratios, top];
}
