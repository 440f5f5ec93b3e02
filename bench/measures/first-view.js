/**
 * Measure "first view": a cold page load (fresh browser context, empty cache) from navigation
 * start until the map is idle, and the bytes the network delivered until then. Our page, on the
 * bundled real data and on the 10k/2k SYNTHETIC database (see lib/synthetic.js), against the
 * baseline (the whole gminy GeoJSON drawn by Leaflet), served plain and gzip-compressed.
 * Targets (from the issue): first-view bytes at most 0.25 of the baseline's, time at most 0.6,
 * also at 10k/2k. Issue 16 adds the first paint of the map (our pages carry its first view as an
 * SVG in the HTML; the baseline paints its map when it is idle): at most 0.25 of the baseline's time
 * to idle, the bytes before it, idle no later than before issue 16, and `/` on DevTools' Slow 3G.
 */
import { SLOW_3G, measureLoad } from '../lib/browser.js';
import { decode, fetchRaw } from '../lib/static-mirror.js';
import { summarize } from '../lib/stats.js';
import { fmt } from '../lib/table.js';

export const id = 'firstView';
export const TARGETS = { bytes: 0.25, time: 0.6, paint: 0.25 };
/**
 * Time to idle measured on this machine before issue 16 (its text: `/` 1.17 s, the embed 1.12 s,
 * 10k/2k 2.0 s): issue 16's target is idle no later than these.
 */
export const IDLE_BEFORE_16 = { ours: 1170, embed: 1120, ours10k: 2000 };
const IDLE = '#map[data-state="idle"]';
/** The first view's picture (issue 16), or, on a page without one, the map itself once idle. */
const OUR_PAINT = `[data-first-view] svg, ${IDLE}`;
const OURS = ['ours', 'ours10k', 'embed', 'ours3g'];
const BASELINES = ['plain', 'gzip'];

function pagesOf(env) {
	return [
		{ id: 'ours', label: 'ours, real data (/?lang=pl)', url: `${env.app.url}/?lang=pl` },
		...(env.app10k
			? [
					{
						id: 'ours10k',
						label: 'ours, 10k/2k synthetic (/?lang=pl)',
						url: `${env.app10k.url}/?lang=pl`
					}
				]
			: []),
		// The embed as a gmina's website loads it (issue 5): scoped to powiat krakowski, with its list.
		{
			id: 'embed',
			label: 'ours, embed (/embed?zakres=pow:1206&lista=1)',
			url: `${env.app.url}/embed?zakres=pow:1206&lista=1&lang=pl`
		},
		// A phone on a slow network: DevTools' Slow 3G with the CPU slowed 4× (lib/browser.js).
		{
			id: 'ours3g',
			label: 'ours, Slow 3G + 4x CPU (/?lang=pl)',
			url: `${env.app.url}/?lang=pl`,
			network: SLOW_3G,
			timeoutMs: 180_000
		}
	]
		.map((p) => ({ ...p, paintSelector: OUR_PAINT }))
		.concat(
			/** @type {{ id: string, label: string, url: string, paintSelector: string }[]} */ ([
				{
					id: 'plain',
					label: 'baseline, plain',
					url: env.baseline.url('plain'),
					paintSelector: IDLE
				},
				{ id: 'gzip', label: 'baseline, gzip', url: env.baseline.url('gzip'), paintSelector: IDLE }
			])
		)
		.map((p) => ({ ...p, idleSelector: IDLE }));
}

/**
 * The warm-up load of a page (unmeasured); a page that fails it (HTTP error, page error, no idle
 * within the timeout) is left out of the runs and reported, so one broken page does not stop the
 * others.
 */
async function warmUp(env, page) {
	const res = await fetchRaw(page.url);
	if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${page.url}`);
	await measureLoad(env.browser, page);
	// The HTML document as sent and decoded, and the server's time for it (no browser, warm).
	const doc = await fetchRaw(page.url);
	return {
		wireBytes: doc.body.length,
		rawBytes: decode(doc.body, doc.headers['content-encoding']).length,
		serverMs: doc.ms
	};
}

/** Runs the measure; returns plain data (it goes into latest.json as is). */
export async function run(env, { runs, pages: only = null, log }) {
	const all = pagesOf(env).filter((p) => !only || only.includes(p.id));
	log(`First view: warm-up (unmeasured), then ${runs} runs of ${all.map((p) => p.id).join(', ')}`);
	const failed = {};
	const documents = {};
	const pages = [];
	for (const page of all) {
		try {
			documents[page.id] = await warmUp(env, page);
			pages.push(page);
		} catch (err) {
			failed[page.id] = {
				label: page.label,
				error: err instanceof Error ? err.message : String(err)
			};
			log(`  ${page.id}: left out, ${failed[page.id].error.split('\n')[0]}`);
		}
	}

	const samples = Object.fromEntries(pages.map((p) => [p.id, []]));
	for (let i = 1; i <= runs; i++) {
		for (const page of pages) {
			const r = await measureLoad(env.browser, page);
			samples[page.id].push(r);
			log(
				`  run ${i}/${runs} ${page.id.padEnd(7)} paint ${fmt.ms(r.paintMs).padStart(6)} ms${r.paintInFirstFrame ? ' (first frame)' : ''}, idle ${fmt.ms(r.idleMs).padStart(6)} ms ${fmt.kib(r.bytes).padStart(8)} KiB`
			);
		}
	}

	const result = { targets: TARGETS, runs, pages: {}, failed, documents };
	for (const page of pages) {
		const s = samples[page.id];
		result.pages[page.id] = {
			label: page.label,
			url: page.url,
			timeMs: summarize(s.map((r) => r.idleMs)),
			paintMs: summarize(s.map((r) => r.paintMs)),
			fcpMs: summarize(s.map((r) => r.fcpMs ?? NaN)),
			paintBytes: summarize(s.map((r) => r.paintBytes)),
			bytes: summarize(s.map((r) => r.bytes)),
			requests: summarize(s.map((r) => r.requests.length)),
			runs: s
		};
	}
	result.comparisons = [];
	// The slow-network page is compared with nothing: the baseline's megabytes would take minutes.
	for (const ours of OURS.filter((o) => result.pages[o] && !result.pages[o].label.includes('3G')))
		for (const variant of BASELINES.filter((b) => result.pages[b])) {
			const o = result.pages[ours];
			const base = result.pages[variant];
			const time = o.timeMs.median / base.timeMs.median;
			const bytes = o.bytes.median / base.bytes.median;
			const paint = o.paintMs.median / base.timeMs.median;
			result.comparisons.push({
				ours,
				baseline: variant,
				paint: { ratio: paint, target: TARGETS.paint, pass: paint <= TARGETS.paint },
				time: { ratio: time, target: TARGETS.time, pass: time <= TARGETS.time },
				bytes: { ratio: bytes, target: TARGETS.bytes, pass: bytes <= TARGETS.bytes }
			});
		}
	return result;
}

const right = (label) => ({ label, align: 'right' });

/** The page's idle before issue 16 and whether it is no later now (PASS/FAIL), or '–'. */
function idleBefore(result, page) {
	const id = Object.keys(result.pages).find((k) => result.pages[k] === page);
	const before = IDLE_BEFORE_16[id];
	if (!before) return '–';
	return `${before} ${fmt.passFail(page.timeMs.median <= before)}`;
}

const pathOf = (url) => {
	const u = new URL(url);
	return u.pathname + u.search;
};

/** Report sections: medians per page, ratios with PASS/FAIL, and our largest requests. */
export function sections(result) {
	const pages = Object.values(result.pages);
	const medians = {
		title: `First view: navigation start to the map's first paint and to map idle (cold context, ${result.runs} runs each, medians)`,
		columns: [
			{ label: 'Page', align: 'left' },
			right('Paint ms'),
			right('FCP ms'),
			right('KiB to paint'),
			right('Idle ms'),
			right('p25-p75 ms'),
			right('KiB to idle'),
			right('Requests'),
			right('Idle before #16 ms')
		],
		rows: [
			...pages.map((p) => [
				p.label,
				fmt.ms(p.paintMs?.median),
				fmt.ms(p.fcpMs?.median),
				fmt.kib(p.paintBytes?.median),
				fmt.ms(p.timeMs.median),
				`${fmt.ms(p.timeMs.p25)}-${fmt.ms(p.timeMs.p75)}`,
				fmt.kib(p.bytes.median),
				String(Math.round(p.requests.median)),
				idleBefore(result, p)
			]),
			...Object.values(result.failed ?? {}).map((f) => [f.label, 'failed'])
		],
		notes: [
			'Paint: the first contentful paint when the first frame held the map picture, else the frame after it exists (our first view as SVG in the HTML; the baseline draws its map once idle). ' +
				`Idle before #16: the issue's figures for the same pages on this machine (target: idle no later).`,
			...Object.values(result.failed ?? {}).map(
				(f) => `${f.label} failed: ${f.error.split('\n')[0].slice(0, 300)}`
			)
		]
	};
	const ratios = {
		title: `Ours / baseline (targets: bytes <= ${TARGETS.bytes}, time <= ${TARGETS.time}, our first paint <= ${TARGETS.paint} of the baseline's idle)`,
		columns: [
			{ label: 'Ours', align: 'left' },
			{ label: 'Baseline', align: 'left' },
			right('Bytes ratio'),
			{ label: 'Bytes', align: 'left' },
			right('Time ratio'),
			{ label: 'Time', align: 'left' },
			right('Paint ratio'),
			{ label: 'Paint', align: 'left' }
		],
		rows: result.comparisons.map((c) => [
			result.pages[c.ours].label.split(' (')[0],
			c.baseline,
			fmt.ratio(c.bytes.ratio),
			fmt.passFail(c.bytes.pass),
			fmt.ratio(c.time.ratio),
			fmt.passFail(c.time.pass),
			c.paint ? fmt.ratio(c.paint.ratio) : '–',
			c.paint ? fmt.passFail(c.paint.pass) : '–'
		])
	};
	const tops = OURS.filter((o) => result.pages[o]).map((o) =>
		topRequests(result.pages[o], result.documents?.[o])
	);
	return [medians, ratios, ...tops];
}

/** The run whose byte count is closest to the median (the one to show requests of). */
export function medianRun(page) {
	return page.runs.reduce((a, b) =>
		Math.abs(b.bytes - page.bytes.median) < Math.abs(a.bytes - page.bytes.median) ? b : a
	);
}

function topRequests(page, doc) {
	const first = medianRun(page);
	return {
		title: `Largest requests before idle, ${page.label} (the run nearest the median bytes)`,
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
				`${first.afterIdle.count} requests, ${fmt.kib(first.afterIdle.bytes)} KiB.`,
			...(doc
				? [
						`The HTML document: ${fmt.kib(doc.wireBytes)} KiB as sent, ${fmt.kib(doc.rawBytes)} KiB decoded, ${fmt.ms(doc.serverMs)} ms to fetch without a browser (after the warm-up).`
					]
				: [])
		]
	};
}
