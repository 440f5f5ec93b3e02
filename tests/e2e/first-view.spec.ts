/**
 * The map's first view (issue 16): an SVG drawn on the server in the HTML, painted before any
 * script, framed as MapLibre will frame the map, and replaced by the map without a jump or a
 * layout shift; and the same picture where the map cannot run (no JavaScript, no WebGL).
 * MapLibre's module is held back by the test until the first view has been looked at.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { guardPage } from './helpers';

test.use({ locale: 'pl-PL' });

/** Holds every request for MapLibre's module until `release` is called. */
async function holdMaplibre(page: Page) {
	const held: Route[] = [];
	let released = false;
	await page.route(/maplibre-gl/, (route) => {
		if (released) return route.continue();
		held.push(route);
	});
	return async () => {
		released = true;
		for (const r of held.splice(0)) await r.continue();
	};
}

/** Sums the layout shifts the page has had (Layout Instability API), from its start. */
async function watchLayoutShifts(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __shift: number };
		w.__shift = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) {
				w.__shift += e.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	return () => page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

type Box = { x: number; y: number; width: number; height: number };

/** Where the live map puts the first view's frame (its bbox's corners projected by MapLibre). */
async function frameOnMap(page: Page, bbox: number[]): Promise<Box> {
	return page.evaluate(([w, s, e, n]) => {
		const m = (window as unknown as { __mapaMap: import('maplibre-gl').Map }).__mapaMap;
		const rect = m.getContainer().getBoundingClientRect();
		const nw = m.project([w, n]);
		const se = m.project([e, s]);
		return {
			x: rect.left + nw.x,
			y: rect.top + nw.y,
			width: se.x - nw.x,
			height: se.y - nw.y
		};
	}, bbox);
}

/** The first view's frame (west, south, east, north), as the page carries it. */
async function frameOf(page: Page): Promise<number[]> {
	const bbox = await page.locator('[data-first-view]').getAttribute('data-bbox');
	return bbox!.split(',').map(Number);
}

async function expectSameFrame(drawn: Box, live: Box) {
	// Within 1.5 px at each edge: no visible jump when the map takes over.
	for (const [a, b] of [
		[drawn.x, live.x],
		[drawn.y, live.y],
		[drawn.x + drawn.width, live.x + live.width],
		[drawn.y + drawn.height, live.y + live.height]
	])
		expect(Math.abs(a - b)).toBeLessThan(1.5);
}

for (const { name, url, focus } of [
	{ name: 'all of Poland', url: '/', focus: null },
	{ name: 'a region (małopolskie)', url: '/?woj=12', focus: '12' },
	{ name: 'an embed scoped to powiat krakowski', url: '/embed?zakres=pow:1206', focus: '1206' }
]) {
	test(`the first view of ${name} is painted before the map and replaced without a jump`, async ({
		page,
		request
	}) => {
		// In the HTML as sent: the SVG is there before any script runs.
		const html = await (await request.get(url)).text();
		expect(html).toMatch(/<div[^>]*data-first-view[^>]*>[\s\S]*?<svg[^>]*viewBox=/);
		const guard = guardPage(page);
		const shifts = await watchLayoutShifts(page);
		const release = await holdMaplibre(page);
		// Not until `load`: it waits for MapLibre's preload, which is held.
		await page.goto(url, { waitUntil: 'domcontentloaded' });

		const view = page.locator('[data-first-view]');
		const svg = view.locator('svg');
		await expect(svg).toBeVisible();
		// Land, partnership areas and boundary lines are drawn; a region is outlined.
		expect(await svg.locator('use, path').count()).toBeGreaterThan(10);
		if (focus) await expect(svg.locator('path[stroke="#1d4f91"]')).toHaveCount(1);
		if (!focus) await expect(view.locator('.bubble').first()).toBeVisible();
		// The map is not drawn yet (its module is held back) and does not cover the picture.
		await expect(page.locator('#map')).toHaveAttribute('data-state', 'loading');
		expect(await page.locator('#map canvas').count()).toBe(0);
		const drawn = (await svg.boundingBox())!;
		const bbox = await frameOf(page);
		// Nothing in the picture or around it is against the accessibility rules.
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		// The SVG's box is the frame; MapLibre must show that same frame.
		await release();
		await expect(page.locator('#map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
		await expectSameFrame(drawn, await frameOnMap(page, bbox));
		// The picture fades out and leaves the page; nothing moved meanwhile.
		await expect(view).toHaveCount(0);
		await expect(page.locator('#map')).toBeVisible();
		expect(await shifts()).toBeLessThan(0.01);
		expect(guard.errors).toEqual([]);
	});
}

test('a view from the URL (#widok=…) is shown by the first view as the map will show it', async ({
	page
}) => {
	const release = await holdMaplibre(page);
	await page.goto('/#widok=7/50.06/19.94', { waitUntil: 'domcontentloaded' });
	const svg = page.locator('[data-first-view] svg');
	await expect(svg).toBeVisible();
	const drawn = (await svg.boundingBox())!;
	const bbox = await frameOf(page);
	await release();
	await expect(page.locator('#map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
	await expectSameFrame(drawn, await frameOnMap(page, bbox));
});

test('without JavaScript the first view stays, with a note and a link to the list', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'pl-PL' });
	const page = await context.newPage();
	await page.goto('/?woj=12');
	await expect(page.locator('[data-first-view] svg')).toBeVisible();
	const note = page.locator('.stage .status.nojs');
	await expect(note).toContainText('To obraz mapy');
	await expect(note.getByRole('link', { name: 'Przejdź do wyników' })).toHaveAttribute(
		'href',
		'#results-title'
	);
	await context.close();
});

test('without WebGL the first view stays, with the reason and a link to the list', async ({
	page
}) => {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (type.startsWith('webgl')) return null;
			return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
		} as typeof original;
	});
	await page.goto('/embed?zakres=pow:1206&lista=1');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('brak WebGL');
	await expect(alert.getByRole('link', { name: 'Przejdź do wyników' })).toBeVisible();
	// The picture is not faded out: it is the map this browser gets.
	await expect(page.locator('[data-first-view] svg')).toBeVisible();
	await expect(page.locator('[data-first-view]')).not.toHaveClass(/done/);
});

test('partnership rows and the record page show the area as a small shape', async ({ page }) => {
	await page.goto('/?woj=12');
	const row = page
		.locator('section.results li', { has: page.locator('svg[data-area-shape]') })
		.first();
	await expect(row).toBeVisible();
	const shape = row.locator('svg[data-area-shape]');
	// The merged area, in its kind's colour: real path data, not an empty box.
	const d = await shape.locator('path').first().getAttribute('d');
	expect(d).toMatch(/^M[\d.]+ [\d.]+l/);
	expect((await shape.boundingBox())!.width).toBeGreaterThan(20);
	// A plain click opens the panel; the link itself is the record page.
	await page.goto((await row.getByRole('link').first().getAttribute('href'))!);
	const onPage = page.locator('main svg[data-area-shape]');
	await expect(onPage).toBeVisible();
	expect(await onPage.locator('path').first().getAttribute('d')).toBe(d);
});

test('the first view is in the HTML once, not again in the data the page hydrates from', async ({
	request
}) => {
	const html = await (await request.get('/?woj=12')).text();
	expect(html.match(/<path id="mp-woj"/g)).toHaveLength(1);
	expect(html).not.toContain('\\"mp-woj\\"');
	// A client-side navigation has no HTML: its data carries the picture.
	const data = await (await request.get('/__data.json?woj=12&x-sveltekit-invalidated=01')).text();
	expect(data).toContain('mp-woj');
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	/** Requests for MapLibre's module, stylesheet or worker. */
	function maplibreRequests(page: Page): string[] {
		const seen: string[] = [];
		page.on('request', (r) => {
			if (/maplibre-gl/.test(r.url())) seen.push(r.url());
		});
		return seen;
	}

	test('the picture is the map until it is touched; MapLibre loads only then', async ({ page }) => {
		const { errors } = guardPage(page);
		const maplibre = maplibreRequests(page);
		await page.goto('/?woj=12');
		const map = page.locator('#map');
		await expect(page.locator('[data-first-view] svg')).toBeVisible();
		await expect(map).toHaveAttribute('data-state', 'waiting');
		const start = page.getByRole('button', { name: 'Włącz mapę interaktywną' });
		await expect(start).toBeVisible();
		// The sources are credited before the map is there, and their link can be followed.
		const credits = page.locator('.first-view-attribution');
		await expect(credits).toContainText('PRG GUGiK');
		await expect(credits.getByRole('link', { name: 'PRG GUGiK' })).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(maplibre).toEqual([]);
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

		// A tap on the picture (not only on its label) starts the map.
		const box = (await map.boundingBox())!;
		await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		await expect(map).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
		expect(maplibre.some((u) => u.endsWith('.mjs'))).toBe(true);
		await expect(start).toHaveCount(0);
		await expect(page.locator('[data-first-view]')).toHaveCount(0);
		// MapLibre credits the sources now, once.
		await expect(credits).toHaveCount(0);
		await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('PRG GUGiK');
		expect(errors).toEqual([]);
	});

	test('from the keyboard the button starts the map and hands it the focus (embed, English)', async ({
		page
	}) => {
		await page.goto('/embed?zakres=pow:1206&lista=1&lang=en');
		const start = page.getByRole('button', { name: 'Start the interactive map' });
		await start.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
		await expect(page.locator('#map canvas.maplibregl-canvas')).toBeFocused();
	});
});

test('with a mouse the map starts by itself', async ({ page }) => {
	await page.goto('/?woj=12');
	await expect(page.getByRole('button', { name: 'Włącz mapę interaktywną' })).toHaveCount(0);
	await expect(page.locator('#map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
});

test('on a phone the first view shows no overlapping names (those that would overlap give way)', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/');
	const boxes = await page.locator('[data-first-view] .label').evaluateAll((spans) =>
		spans.map((s) => {
			const r = s.getBoundingClientRect();
			return {
				text: s.textContent,
				shown: parseFloat(getComputedStyle(s).fontSize) > 0,
				x0: r.left,
				x1: r.right,
				y0: r.top,
				y1: r.bottom
			};
		})
	);
	const shown = boxes.filter((b) => b.shown);
	expect(shown.length).toBeGreaterThan(5);
	expect(shown.length).toBeLessThan(boxes.length);
	const overlaps: string[] = [];
	for (let i = 0; i < shown.length; i++)
		for (let j = i + 1; j < shown.length; j++) {
			const [a, b] = [shown[i], shown[j]];
			if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)
				overlaps.push(`${a.text} / ${b.text}`);
		}
	expect(overlaps).toEqual([]);
});
