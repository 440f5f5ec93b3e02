/**
 * Issue 10, points 5, 6 and 9: phones (320–414 px), keyboard use, and markers that never hide a
 * name. Every check measures the rendered page (bounding boxes, computed styles, the map's own
 * placed labels), with axe-core on each state touched.
 * Over 300 lines: one spec per issue point, sharing the measuring helpers at its top.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import { guardPage, partnershipId, waitForMap } from './helpers';

test.use({ locale: 'pl-PL' });

type Box = { x: number; y: number; width: number; height: number };
const PHONES = [
	{ width: 390, height: 844 },
	{ width: 320, height: 640 }
];

const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(locator: Locator): Promise<Box> {
	const b = await locator.boundingBox();
	expect(b, `${locator} has a box`).not.toBeNull();
	return b!;
}

async function axe(page: Page, state: string) {
	// Every rule axe runs by default, and WCAG 2.2's target size (2.5.8) on top.
	const results = await new AxeBuilder({ page })
		.options({ rules: { 'target-size': { enabled: true } } })
		.analyze();
	expect(
		results.violations.map((v) => `${state} ${v.id}: ${v.help} (${v.nodes[0]?.target})`)
	).toEqual([]);
}

/** WCAG contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
	const lum = (css: string) => {
		const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
		const c = (v: number) => {
			const s = v / 255;
			return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(bl);
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

for (const viewport of PHONES) {
	test.describe(`phone ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		for (const lang of ['pl', 'en'])
			test(`the header fits, nothing overlaps and the page does not scroll sideways (${lang})`, async ({
				page
			}) => {
				await page.goto(`/?lang=${lang}`);
				await waitForMap(page);
				const header = await box(page.locator('header.top'));
				const parts = [
					page.locator('header.top .brand'),
					...(await page.locator('header.top nav a').all())
				];
				expect(parts).toHaveLength(3);
				const boxes = await Promise.all(parts.map(box));
				for (const [i, b] of boxes.entries()) {
					expect(b.x, `part ${i} starts inside the screen`).toBeGreaterThanOrEqual(0);
					expect(b.x + b.width, `part ${i} ends inside the screen`).toBeLessThanOrEqual(
						viewport.width
					);
					expect(b.y, `part ${i} is not cut off at the top`).toBeGreaterThanOrEqual(header.y);
					expect(b.y + b.height, `part ${i} stays in the header`).toBeLessThanOrEqual(
						header.y + header.height + 0.5
					);
				}
				for (let i = 0; i < boxes.length; i++)
					for (let j = i + 1; j < boxes.length; j++)
						expect(overlap(boxes[i], boxes[j]), `parts ${i} and ${j} overlap`).toBe(false);
				// The tab bar starts below the header, so nothing of it sits under the tabs.
				const tabs = await box(page.getByRole('tablist'));
				expect(tabs.y).toBeGreaterThanOrEqual(header.y + header.height - 0.5);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					viewport.width
				);
			});

		test('the legend starts collapsed and never covers the zoom buttons or attribution', async ({
			page
		}) => {
			await page.goto('/');
			await waitForMap(page);
			const legend = page.locator('.legend');
			await expect(legend).toHaveJSProperty('open', false);
			await axe(page, 'map tab');
			// Opened, it stays clear of the map's controls (it scrolls inside when short of room).
			await legend.locator('summary').click();
			await expect(legend).toHaveJSProperty('open', true);
			const legendBox = await box(legend);
			for (const control of ['.maplibregl-ctrl-group', '.maplibregl-ctrl-attrib'])
				expect(overlap(legendBox, await box(page.locator(control))), control).toBe(false);
			await axe(page, 'legend open');
		});

		test('the side panel never covers the zoom buttons or attribution', async ({ page }) => {
			await page.goto(
				`/?sel=partnerstwo:${await partnershipId(page.request, 'Metropolia Krakowska')}`
			);
			await waitForMap(page);
			const panel = page.getByTestId('side-panel');
			await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Metropolia Krakowska');
			const panelBox = await box(panel);
			for (const control of ['.maplibregl-ctrl-group', '.maplibregl-ctrl-attrib'])
				expect(overlap(panelBox, await box(page.locator(control))), control).toBe(false);
			await axe(page, 'panel open');
		});

		test('every tap target is at least 24 × 24 px', async ({ page }) => {
			await page.goto('/?woj=12');
			await waitForMap(page);
			const measure = async () =>
				page.evaluate(() => {
					const small: string[] = [];
					const selector = 'a[href], button, select, input, summary, [tabindex="0"]';
					for (const el of document.querySelectorAll<HTMLElement>(selector)) {
						// Links inside a line of text are exempt (the attribution's sources).
						if (el.closest('.maplibregl-ctrl-attrib-inner')) continue;
						if (el.closest('.skip-links')) continue;
						// A checkbox's target is its whole label.
						const target = (el.matches('input') && el.closest('label')) || el;
						const r = target.getBoundingClientRect();
						if (r.width === 0 || r.height === 0) continue; // not shown in this tab
						if (getComputedStyle(target).visibility === 'hidden') continue;
						if (r.width < 24 || r.height < 24)
							small.push(
								`${target.tagName.toLowerCase()} „${(target.textContent ?? '').trim().slice(0, 30)}” ${Math.round(r.width)}×${Math.round(r.height)}`
							);
					}
					return small;
				});
			// The map tab: header, tabs, legend, map controls.
			await page.locator('.legend summary').click();
			expect(await measure()).toEqual([]);
			// The list tab: filters, „Pobierz” opened, „Wyczyść filtry”, the list.
			await page.getByRole('tab', { name: 'Lista' }).click();
			await page.locator('.download summary').click();
			await expect(page.locator('.download a').first()).toBeVisible();
			expect(await measure()).toEqual([]);
			for (const link of await page.locator('.download a').all())
				expect((await box(link)).height).toBeGreaterThanOrEqual(24);
			expect(
				(await box(page.getByRole('link', { name: 'Wyczyść filtry' }))).height
			).toBeGreaterThanOrEqual(24);
			await axe(page, 'list tab');
		});

		test('the skip link to the list shows the list tab and moves focus there', async ({ page }) => {
			await page.goto('/');
			await waitForMap(page);
			await page.keyboard.press('Tab');
			const skip = page.getByRole('link', { name: 'Przejdź do listy wyników' });
			await expect(skip).toBeFocused();
			const b = await box(skip);
			expect(b.y).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
			await page.keyboard.press('Enter');
			await expect(page.locator('#results-title')).toBeFocused();
			await expect(page.getByRole('tab', { name: 'Lista' })).toHaveAttribute(
				'aria-selected',
				'true'
			);
			await expect(page.locator('#results-title')).toBeInViewport();
		});
	});
}

test('desktop: the legend starts open; with the panel open zoom buttons and attribution stay clear', async ({
	page
}) => {
	await page.goto(`/?sel=partnerstwo:${await partnershipId(page.request, 'Metropolia Krakowska')}`);
	await waitForMap(page);
	await expect(page.locator('.legend')).toHaveJSProperty('open', true);
	const panel = page.getByTestId('side-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Metropolia Krakowska');
	for (const covering of [panel, page.locator('.legend')]) {
		const b = await box(covering);
		for (const control of ['.maplibregl-ctrl-group', '.maplibregl-ctrl-attrib'])
			expect(overlap(b, await box(page.locator(control))), `${covering} / ${control}`).toBe(false);
	}
});

test.describe('keyboard', () => {
	test('skip links come first; the map link focuses the canvas, which shows a two-tone ring', async ({
		page
	}) => {
		await page.goto('/');
		await waitForMap(page);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Przejdź do listy wyników' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Przejdź do mapy' })).toBeFocused();
		await axe(page, 'skip link focused');
		await page.keyboard.press('Enter');
		const canvas = page.locator('#map canvas.maplibregl-canvas');
		await expect(canvas).toBeFocused();
		// The ring is drawn inside the map's edge: white, dark, white.
		const ring = await page
			.locator('.map-wrap')
			.evaluate((el) => getComputedStyle(el, '::after').boxShadow);
		expect(ring).toContain('rgb(11, 31, 58)');
		expect(ring).toContain('rgb(255, 255, 255)');
		// And it is really painted: the pixels 3 px inside the map's left edge are the ring's colour.
		const png = PNG.sync.read(await page.locator('#map').screenshot());
		const at = (x: number, y: number) => {
			const i = (png.width * y + x) * 4;
			return `rgb(${png.data[i]}, ${png.data[i + 1]}, ${png.data[i + 2]})`;
		};
		const y = Math.round(png.height / 3);
		expect(contrast(at(3, y), 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
		expect(contrast(at(3, y), at(20, y))).toBeGreaterThanOrEqual(3);
		expect(at(1, y)).toBe('rgb(255, 255, 255)');
		// The arrow keys pan the focused map.
		const before = await page.evaluate(() =>
			(window as unknown as { __mapaMap: import('maplibre-gl').Map }).__mapaMap.getCenter()
		);
		await page.keyboard.press('ArrowRight');
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						(window as unknown as { __mapaMap: import('maplibre-gl').Map }).__mapaMap.getCenter()
							.lng
				)
			)
			.toBeGreaterThan(before.lng);
	});

	test('the skip link to the list focuses its heading', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page.locator('#results-title')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Tylko to, co widać na mapie')).toBeFocused();
	});

	test('every focus ring is at least 3:1 against its surroundings, the map controls included', async ({
		page
	}) => {
		await page.goto('/');
		await waitForMap(page);
		const ringOf = (locator: Locator) =>
			locator.evaluate((el) => {
				const s = getComputedStyle(el);
				return {
					style: s.outlineStyle,
					width: parseFloat(s.outlineWidth),
					color: s.outlineColor,
					halo: s.boxShadow
				};
			});
		const targets = [
			page.locator('#q'),
			page.locator('#f-woj'),
			page.getByRole('button', { name: 'Pokaż', exact: true }),
			page.getByRole('link', { name: 'Wyczyść filtry' }),
			page.locator('.maplibregl-ctrl-zoom-in'),
			page.locator('.maplibregl-ctrl-attrib-button')
		];
		for (const target of targets) {
			// Reached with Tab, so :focus-visible applies as it does for keyboard users.
			for (let i = 0; i < 200; i++) {
				if (await target.evaluate((el) => el === document.activeElement)) break;
				await page.keyboard.press('Tab');
			}
			await expect(target).toBeFocused();
			const ring = await ringOf(target);
			expect(ring.style, `${target}`).toBe('solid');
			expect(ring.width).toBeGreaterThanOrEqual(2);
			expect(ring.halo, `${target} has a white halo`).toContain('rgb(255, 255, 255)');
			// Dark ring next to white (the halo and the light surfaces of the page and map).
			expect(contrast(ring.color, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
			expect(contrast(ring.color, 'rgb(233, 238, 242)')).toBeGreaterThanOrEqual(3);
		}
	});

	test('Enter in the search box searches, closes the suggestions and keeps focus; Tab goes on', async ({
		page
	}) => {
		await page.goto('/');
		await waitForMap(page);
		const q = page.locator('#q');
		await q.focus();
		await page.keyboard.type('krakow');
		const listbox = page.getByRole('listbox', { name: 'Podpowiedzi' });
		await expect(listbox).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/q=krakow/);
		await expect(listbox).toBeHidden();
		await expect(q).toHaveAttribute('aria-expanded', 'false');
		await expect(q).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.locator('#f-woj')).toBeFocused();
	});

	test('arrowing through the województwo select applies nothing until Enter', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		const asked: string[] = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (url.pathname.endsWith('__data.json') || url.searchParams.get('format') === 'points')
				asked.push(url.searchParams.get('woj') ?? '');
		});
		const woj = page.locator('#f-woj');
		await woj.focus();
		await expect(page.locator('#f-region-hint')).toBeVisible();
		await expect(woj).toHaveAccessibleDescription(/Enter/);
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
		// The third województwo is shown in the select, but nothing was applied.
		const third = await woj.locator('option').nth(3).getAttribute('value');
		await expect(woj).toHaveValue(third!);
		expect(page.url()).not.toContain('woj=');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`woj=${third}`));
		await waitForMap(page);
		// Only the chosen one was ever asked for: the map did not visit the two before it.
		expect(asked.filter((w) => w !== '')).toEqual(asked.filter((w) => w === third));
		expect(asked).toContain(third);
		await expect(woj).toBeFocused();
	});

	test('leaving the select applies the choice; Escape takes it back', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		const woj = page.locator('#f-woj');
		await woj.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		await expect(woj).toHaveValue('');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const second = await woj.locator('option').nth(2).getAttribute('value');
		await page.keyboard.press('Tab');
		await expect(page).toHaveURL(new RegExp(`woj=${second}`));
		await expect(page.locator('#f-woj')).toHaveValue(second!);
	});

	test('a mouse pick applies at once', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		await page.locator('#f-woj').selectOption('12');
		await expect(page).toHaveURL(/woj=12/);
	});

	test('the powiat and gmina selects answer typed letters by the name', async ({ page }) => {
		await page.goto('/?woj=12');
		await waitForMap(page);
		const pow = page.locator('#f-pow');
		await expect(pow.locator('option[value="1206"]')).toHaveText(/^krakowski \(\d+\)$/);
		await expect(pow.locator('option[value="1261"]')).toHaveText(
			/^Kraków – miasto na prawach powiatu/
		);
		await pow.focus();
		await page.keyboard.type('krak');
		await expect(pow).toHaveValue('1206');
		expect(page.url()).not.toContain('pow=');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/pow=1206/);
		const gmi = page.locator('#f-gmi');
		await gmi.focus();
		await page.keyboard.type('skaw');
		await expect(gmi).toHaveValue('1206113');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/gmi=1206113/);
	});
});

/**
 * Unit names the map has placed whose boxes meet a marker or a count bubble. queryRenderedFeatures
 * on a symbol layer answers with the symbols MapLibre placed at that spot (their collision boxes).
 */
async function namesUnderMarkers(page: Page) {
	return page.evaluate(async () => {
		const m = (window as unknown as { __mapaMap: import('maplibre-gl').Map }).__mapaMap;
		const labels = ['woj-label', 'pow-label', 'gmi-label'].filter((id) => m.getLayer(id));
		const hits: string[] = [];
		const probe = (x: number, y: number, r: number, what: string) => {
			for (const f of m.queryRenderedFeatures(
				[
					[x - r, y - r],
					[x + r, y + r]
				],
				{ layers: labels }
			))
				hits.push(`${f.properties.name} under ${what}`);
		};
		// Practice markers and groups: where the map draws them (the overlay reports them).
		const source = m.getSource('label-obstacles') as import('maplibre-gl').GeoJSONSource;
		const data = (await source.getData()) as GeoJSON.FeatureCollection;
		const markers = data.features.filter((f) => f.properties?.kind === 'marker');
		for (const f of markers) {
			const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
			probe(p.x, p.y, 8, 'a marker');
		}
		// Count bubbles, as MapLibre draws them.
		const translate = m.getPaintProperty('count-bubble', 'circle-translate') as [number, number];
		if (m.getZoom() < (m.getLayer('count-bubble')?.maxzoom ?? 0))
			for (const f of m.queryRenderedFeatures({ layers: ['count-bubble'] })) {
				const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
				probe(p.x + translate[0], p.y + translate[1], 11, `the bubble ${f.properties.count}`);
			}
		return { hits, markers: markers.length };
	});
}

/** Waits until markers are drawn and no unit name sits under one of them or under a bubble. */
async function expectNoNamesUnderMarkers(page: Page) {
	await expect
		.poll(async () => {
			const { hits, markers } = await namesUnderMarkers(page);
			return markers > 0 ? hits : ['no markers yet'];
		})
		.toEqual([]);
}

/** Names MapLibre has placed on screen in one label layer. */
async function renderedNames(page: Page, layer: string): Promise<string[]> {
	return page.evaluate(
		(id) =>
			(window as unknown as { __mapaMap: import('maplibre-gl').Map }).__mapaMap
				.queryRenderedFeatures({ layers: [id] })
				.map((f) => f.properties.name),
		layer
	);
}

test('markers and count bubbles never hide region or gmina names', async ({ page }) => {
	const guard = guardPage(page);
	await page.goto('/');
	await waitForMap(page);
	// Poland: the 16 names are all placed, none under a marker or bubble.
	await expectNoNamesUnderMarkers(page);
	const names = await renderedNames(page, 'woj-label');
	expect(new Set(names)).toEqual(
		new Set(
			(await (await page.request.get('/api/v1/units?level=woj')).json()).units.map(
				(u: { name: string }) => u.name
			)
		)
	);
	// Skawina, with its practice marker at the gmina's label point.
	await page.goto('/?woj=12&pow=1206#widok=10/49.95/19.79');
	await waitForMap(page);
	await expectNoNamesUnderMarkers(page);
	const gminy = await renderedNames(page, 'gmi-label');
	expect(gminy).toContain('Skawina');
	expect(guard.errors).toEqual([]);
});
