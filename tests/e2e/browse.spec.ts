import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { guardPage, waitForMap } from './helpers';

test.use({ locale: 'pl-PL' });

async function mapView(page: Page) {
	return page.evaluate(() => {
		const m = (window as unknown as { __mapaMap: import('maplibre-gl').Map }).__mapaMap;
		const b = m.getBounds();
		return { zoom: m.getZoom(), w: b.getWest(), s: b.getSouth(), e: b.getEast(), n: b.getNorth() };
	});
}

/** Presses Tab until the element with this id has focus (keyboard only, no clicks). */
async function tabTo(page: Page, id: string) {
	for (let i = 0; i < 40; i++) {
		if (await page.evaluate((x) => document.activeElement?.id === x, id)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`#${id} was not reached with Tab`);
}

test('a region in the URL frames the map on it and lists what lies there', async ({ page }) => {
	const guard = guardPage(page);
	await page.goto('/?woj=12&pow=1206');
	await waitForMap(page);
	await expect(page.locator('#f-woj')).toHaveValue('12');
	await expect(page.locator('#f-pow')).toHaveValue('1206');
	const list = page.getByRole('region', { name: 'Wyniki' });
	await expect(list).toContainText('Blisko Krakowa');
	await expect(list).toContainText('Metropolia Krakowska');
	await expect(list).toContainText('częściowo w tym obszarze');
	await expect(list.getByRole('status')).toContainText(/\d+ praktyk/);
	// The whole powiat is in view, and the view is not much wider than the powiat.
	const [w, s, e, n] = (await (await page.request.get('/api/v1/units/1206')).json()).bbox;
	await expect.poll(async () => (await mapView(page)).zoom).toBeGreaterThan(8);
	const v = await mapView(page);
	expect(v.w).toBeLessThanOrEqual(w);
	expect(v.e).toBeGreaterThanOrEqual(e);
	expect(v.s).toBeLessThanOrEqual(s);
	expect(v.n).toBeGreaterThanOrEqual(n);
	expect(v.e - v.w).toBeLessThan((e - w) * 3);
	// The same URL, with the view it now carries, reopens the same view.
	await page.waitForFunction(() => location.hash.startsWith('#widok='));
	const url = page.url();
	await page.goto(url);
	await waitForMap(page);
	const again = await mapView(page);
	expect(Math.abs(again.zoom - v.zoom)).toBeLessThan(0.05);
	await expect(page.locator('#f-pow')).toHaveValue('1206');
	expect(guard.errors).toEqual([]);
});

test('choosing a powiat shows it at once; the map says which filters it has drawn', async ({
	page
}) => {
	const guard = guardPage(page);
	await page.goto('/?woj=12');
	await waitForMap(page);
	const map = page.locator('#map');
	// data-view: tiles, frame and markers of these filters are on screen.
	await expect(map).toHaveAttribute('data-view', 'woj=12', { timeout: 45_000 });
	const points = page.waitForRequest(/format=points&woj=12&pow=1206/);
	await page.locator('#f-pow').selectOption('1206');
	await points;
	await expect(map).toHaveAttribute('data-view', 'woj=12&pow=1206', { timeout: 45_000 });
	await expect(map).toHaveAttribute('data-state', 'idle');
	await expect(page.getByRole('region', { name: 'Wyniki' })).toContainText('Blisko Krakowa');
	// The frame is the powiat's, reached without a flight through the zoom levels in between.
	const [w, s, e, n] = (await (await page.request.get('/api/v1/units/1206')).json()).bbox;
	const v = await mapView(page);
	expect(v.zoom).toBeGreaterThan(8);
	expect(v.w).toBeLessThanOrEqual(w);
	expect(v.e).toBeGreaterThanOrEqual(e);
	expect(v.s).toBeLessThanOrEqual(s);
	expect(v.n).toBeGreaterThanOrEqual(n);
	expect(v.e - v.w).toBeLessThan((e - w) * 3);
	expect(guard.errors).toEqual([]);
});

test('the whole path filter → list → details works by keyboard alone', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	// Typed letters pick an option by its name; Enter applies it (arrows and letters alone only
	// move through the list, issue 10). ASCII letters only: Playwright types „ł” as inserted text,
	// which Chromium hands to the search box instead of the focused select.
	await tabTo(page, 'f-woj');
	await page.keyboard.type('ma');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/woj=12/);
	await tabTo(page, 'f-pow');
	await page.keyboard.type('krak');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/pow=1206/);
	const list = page.getByRole('region', { name: 'Wyniki' });
	await expect(list).toContainText('Blisko Krakowa');
	// Tab on to the first partnership row of Blisko Krakowa and open it with Enter.
	const row = list.getByRole('link', { name: /Podkrakowski Obszar Funkcjonalny/ });
	for (let i = 0; i < 40 && !(await row.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(row).toBeFocused();
	await page.keyboard.press('Enter');
	const panel = page.getByTestId('side-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toContainText('Blisko Krakowa');
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
});

test('search folds Polish letters and suggests units', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await tabTo(page, 'q');
	await page.keyboard.type('swiatniki');
	const option = page.getByRole('option', { name: /Świątniki Górne/ });
	await expect(option.first()).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/q=swiatniki/);
	const list = page.getByRole('region', { name: 'Wyniki' });
	await expect(list).toContainText('Blisko Krakowa');
	// Matches are highlighted, inflected forms included.
	await page.goto('/?q=krakow');
	await expect(page.getByRole('region', { name: 'Wyniki' }).locator('mark').first()).toHaveText(
		/Krakow/
	);
	await page.goto('/?q=lodz');
	await expect(page.getByRole('region', { name: 'Wyniki' })).toContainText(/partnerstw/);
	expect(await page.getByRole('region', { name: 'Wyniki' }).locator('li').count()).toBeGreaterThan(
		0
	);
});

test('back and forward restore filters and selection', async ({ page }) => {
	await page.goto('/?woj=24');
	await waitForMap(page);
	await expect(page.getByRole('region', { name: 'Wyniki' })).toContainText('Górnośląsko');
	await page.locator('#f-woj').selectOption('02');
	await expect(page).toHaveURL(/woj=02/);
	await expect(page.getByRole('region', { name: 'Wyniki' })).not.toContainText('Górnośląsko');
	await page.goBack();
	await expect(page).toHaveURL(/woj=24/);
	await expect(page.locator('#f-woj')).toHaveValue('24');
	await expect(page.getByRole('region', { name: 'Wyniki' })).toContainText('Górnośląsko');
	await page.goForward();
	await expect(page.locator('#f-woj')).toHaveValue('02');
});

test('malformed parameters are ignored with a visible note', async ({ page }) => {
	const guard = guardPage(page);
	const res = await page.goto('/?woj=99&rok=abc&sel=nic&typ=<script>');
	expect(res?.status()).toBe(200);
	await waitForMap(page);
	await expect(page.locator('.notes')).toContainText('woj');
	await expect(page.locator('.notes')).toContainText('rok');
	await expect(page.locator('.notes')).toContainText('sel');
	expect(guard.errors).toEqual([]);
});

test('the filtered API matches the issue', async ({ request }) => {
	const names = async (path: string) => {
		const body = await (await request.get(path)).json();
		return [
			...(body.practices ?? []).map((p: { title: string }) => p.title),
			...(body.partnerships ?? []).map((p: { name: string }) => p.name)
		].join('\n');
	};
	expect(await names('/api/v1/practices?pow=1206')).toContain('Blisko Krakowa');
	expect(await names('/api/v1/partnerships?pow=1206')).toContain('Blisko Krakowa');
	expect(await names('/api/v1/partnerships?woj=24')).toContain('Górnośląsko');
	expect(await names('/api/v1/partnerships?woj=02')).not.toMatch(/Blisko Krakowa|Górnośląsko/);
	expect(await names('/api/v1/practices?woj=02')).not.toContain('Blisko Krakowa');
	expect(await names('/api/v1/partnerships?q=swiatniki')).toContain('Blisko Krakowa');
	expect(await names('/api/v1/practices?q=swiatniki')).toContain('Blisko Krakowa');
	expect((await names('/api/v1/partnerships?q=lodz')).length).toBeGreaterThan(0);
});

test('usable on a 360 px phone: list and map are two tabs', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/?pow=1206');
	await waitForMap(page);
	await page.getByRole('tab', { name: 'Lista' }).click();
	await expect(page.getByRole('region', { name: 'Wyniki' })).toBeVisible();
	await page.getByRole('tab', { name: 'Mapa' }).click();
	await expect(page.locator('#map')).toBeVisible();
});

for (const lang of ['pl', 'en']) {
	test(`no axe-core violations on filtered views (${lang})`, async ({ page }) => {
		for (const path of [
			`/?lang=${lang}`,
			`/?woj=12&pow=1206&lang=${lang}`,
			`/?q=lodz&lang=${lang}`
		]) {
			await page.goto(path);
			await waitForMap(page);
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes[0]?.target})`)
			).toEqual([]);
		}
	});
}

test('"Pokaż więcej" adds the next rows of each list, partnerships too', async ({ page }) => {
	const guard = guardPage(page);
	await page.goto('/');
	await waitForMap(page);
	const { count } = await (await page.request.get('/api/v1/partnerships?limit=1')).json();
	expect(count).toBeGreaterThan(100);
	const list = page.getByRole('region', { name: 'Wyniki' });
	// The second list is the partnerships' (the practices' comes first).
	const rows = list.locator('ul').nth(1).locator(':scope > li');
	await expect(rows).toHaveCount(100);
	const more = list.getByRole('button', { name: `Pokaż więcej (${count - 100})` });
	await more.click();
	await expect(rows).toHaveCount(Math.min(200, count));
	if (count > 200)
		await expect(list.getByRole('button', { name: `Pokaż więcej (${count - 200})` })).toBeVisible();
	else await expect(more).toHaveCount(0);
	expect(guard.errors).toEqual([]);
});
