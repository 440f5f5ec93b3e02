/**
 * Headless Chromium and one cold page load measured in it: time from navigation start until the
 * map container matches the idle selector, and the bytes the network delivered until then.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';
import { recordNetwork } from './network.js';

export const VIEWPORT = { width: 1280, height: 800 };

export async function launchBrowser() {
	// Signals are handled by lib/cleanup.js, which closes the browser with everything else.
	return chromium.launch({
		headless: true,
		handleSIGINT: false,
		handleSIGTERM: false,
		...chromiumLaunchOptions()
	});
}

/**
 * Runs in the page before any of its scripts: a MutationObserver notes performance.now() (ms since
 * navigation start) the moment an element matching `selector` exists, and the first map paint: the
 * frame after an element matching `paintSelector` exists (two animation frames later: the first
 * runs before that frame is painted, the second after it). An animation frame requested now runs
 * at the document's first rendering opportunity, before anything is painted: when the picture is
 * in the page by then, every frame the browser presents holds it, and its first paint is the first
 * contentful paint (Chromium's presentation time of that frame, which the two frames only
 * approximate and overstate by whatever work the page's scripts do after it).
 */
function watchForSelector([selector, paintSelector]) {
	requestAnimationFrame(() => {
		window.__benchPaintInFirstFrame = !!document.querySelector(paintSelector);
	});
	const check = () => {
		if (window.__benchPaintSeen === undefined && document.querySelector(paintSelector)) {
			window.__benchPaintSeen = performance.now();
			requestAnimationFrame(() =>
				requestAnimationFrame(() => (window.__benchPaintAt = performance.now()))
			);
		}
		if (window.__benchIdleAt === undefined && document.querySelector(selector)) {
			window.__benchIdleAt = performance.now();
			observer.disconnect();
		}
	};
	const observer = new MutationObserver(check);
	observer.observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-state']
	});
}

/**
 * DevTools' "Slow 3G" (Chromium's devtools-frontend NetworkManager.ts, as Puppeteer's
 * PredefinedNetworkConditions copies it): ~500 kbit/s each way at 80 %, 400 ms RTT × 5; with the CPU
 * slowed 4× as Lighthouse's mobile profile does.
 */
export const SLOW_3G = {
	offline: false,
	downloadThroughput: ((500 * 1000) / 8) * 0.8,
	uploadThroughput: ((500 * 1000) / 8) * 0.8,
	latency: 400 * 5,
	cpuSlowdown: 4
};

/**
 * One measured load of `url` in a fresh browser context (empty cache). Returns
 * { idleMs, paintMs, fcpMs, bytes, paintBytes, requests: [{ url, bytes, start, at, encoding, status,
 * corrected }], afterIdle }, times in ms since navigation start (`at`: finished). `paintMs` is the
 * first paint of the map (of `paintSelector`: the first view's picture on our pages), `paintBytes`
 * the bytes finished by then. Only requests finished by the idle moment count; `afterIdle` shows what
 * came later (lazy code). `network`: conditions to emulate (SLOW_3G).
 */
/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ url: string, idleSelector: string, paintSelector?: string,
 *   network?: typeof SLOW_3G, timeoutMs?: number, settleMs?: number }} page
 */
export async function measureLoad(
	browser,
	{
		url,
		idleSelector,
		paintSelector = idleSelector,
		network = undefined,
		timeoutMs = 60_000,
		settleMs = 500
	}
) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		const errors = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const cdp = await context.newCDPSession(page);
		const net = await recordNetwork(cdp);
		if (network) {
			const { cpuSlowdown, ...conditions } = network;
			await cdp.send('Network.emulateNetworkConditions', conditions);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		}
		await page.addInitScript(watchForSelector, [idleSelector, paintSelector]);

		await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
		await page.waitForSelector(idleSelector, { state: 'attached', timeout: timeoutMs });
		await page.waitForFunction(() => window.__benchPaintAt !== undefined, null, {
			timeout: timeoutMs
		});
		const marks = await page.evaluate(() => ({
			idleAt: window.__benchIdleAt ?? performance.now(),
			paintAt: window.__benchPaintAt ?? performance.now(),
			paintInFirstFrame: window.__benchPaintInFirstFrame === true,
			fcpAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
			requestStart:
				/** @type {PerformanceNavigationTiming | undefined} */ (
					performance.getEntriesByType('navigation')[0]
				)?.requestStart ?? 0
		}));
		// Let late events (and lazy loads after idle) arrive, so they are seen and left out.
		await page.waitForTimeout(settleMs);
		if (errors.length) throw new Error(`Page errors on ${url}: ${errors.join('; ')}`);

		// Network only: data: and blob: URLs cost no transfer and would inflate the request count.
		const all = net.finish().filter((r) => /^https?:/.test(r.url));
		const doc = all.find((r) => r.type === 'Document');
		const navStart = navigationStartMonotonic(doc, marks.requestStart);
		const timed = all.map((r) => ({
			url: r.url,
			status: r.status,
			encoding: r.encoding ?? '',
			bytes: r.bytes,
			corrected: r.corrected,
			start: r.started === undefined ? null : Math.round((r.started - navStart) * 1000),
			at: r.finished === null ? null : (r.finished - navStart) * 1000 // ms since navigation start
		}));
		// The map's first paint: the first contentful paint when the first frame held the picture.
		const paintMs =
			marks.paintInFirstFrame && marks.fcpAt !== null
				? marks.fcpAt
				: Math.max(marks.paintAt, marks.fcpAt ?? 0);
		const before = timed.filter((r) => r.at === null || r.at <= marks.idleAt);
		const after = timed.filter((r) => r.at !== null && r.at > marks.idleAt);
		return {
			idleMs: marks.idleAt,
			// Otherwise not before the first contentful paint (animation frames may run before it).
			paintMs,
			paintInFirstFrame: marks.paintInFirstFrame,
			fcpMs: marks.fcpAt,
			bytes: before.reduce((s, r) => s + r.bytes, 0),
			paintBytes: timed
				.filter((r) => r.at !== null && r.at <= paintMs)
				.reduce((s, r) => s + r.bytes, 0),
			requests: before
				.sort((a, b) => b.bytes - a.bytes)
				.map((r) => ({ ...r, at: r.at === null ? null : Math.round(r.at) })),
			afterIdle: { count: after.length, bytes: after.reduce((s, r) => s + r.bytes, 0) }
		};
	} finally {
		await context.close();
	}
}

/**
 * The navigation start in CDP monotonic seconds, from the document request: its CDP timing
 * (requestTime + sendStart) is the same instant as Navigation Timing's requestStart.
 */
function navigationStartMonotonic(doc, requestStartMs) {
	if (!doc?.timing || !(requestStartMs > 0)) return doc?.started ?? 0;
	return doc.timing.requestTime + doc.timing.sendStart / 1000 - requestStartMs / 1000;
}
