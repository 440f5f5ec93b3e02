import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { COLORS } from '../../src/lib/map/style';
import { colourShare, guardPage, project, waitForMap } from './helpers';

test.use({ locale: 'pl-PL' });

test('the map of Poland renders from local data only', async ({ page }) => {
	const guard = guardPage(page);
	await page.goto('/');
	await expect(page.locator('#map')).toHaveAttribute('data-state', /loading|idle/);
	await waitForMap(page);
	// All 16 województwa are drawn from the tiles…
	const rendered = await page.evaluate(() => {
		const m = (window as unknown as { __mapaMap: import('maplibre-gl').Map }).__mapaMap;
		const codes = new Set(
			m.queryRenderedFeatures({ layers: ['woj-fill'] }).map((f) => f.properties.code)
		);
		const labels = m.queryRenderedFeatures({ layers: ['woj-label'] }).map((f) => f.properties.name);
		return { codes: [...codes], labels };
	});
	expect(rendered.codes).toHaveLength(16);
	expect(rendered.labels).toEqual(expect.arrayContaining(['małopolskie', 'łódzkie', 'śląskie']));
	// …and really painted: the land colour fills a good part of the canvas, boundary lines show.
	expect(await colourShare(page, COLORS.land, 3)).toBeGreaterThan(0.1);
	expect(await colourShare(page, COLORS.wojLine, 40)).toBeGreaterThan(0.003);
	expect(guard.errors).toEqual([]);
	expect(guard.external).toEqual([]);
});

test('hover shows a tooltip and click opens the unit panel; Escape closes it', async ({ page }) => {
	const guard = guardPage(page);
	await page.goto('/');
	await waitForMap(page);
	const krakow = await project(page, 20.2, 49.75);
	await page.mouse.move(krakow.x, krakow.y);
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip).toContainText('małopolskie');
	await expect(tooltip).toContainText('województwo');
	await page.mouse.click(krakow.x, krakow.y);
	const panel = page.getByTestId('side-panel');
	await expect(panel.getByRole('heading', { name: 'małopolskie' })).toBeVisible();
	await expect(panel).toContainText('12');
	await expect(panel).toContainText('km²');
	await expect(panel.getByRole('heading', { name: 'małopolskie' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	expect(guard.errors).toEqual([]);
});

test('zoomed in, gminy show with names; a gmina links to its powiat', async ({ page }) => {
	await page.goto('/#widok=10/49.95/19.79');
	await waitForMap(page);
	const names = await page.evaluate(() => {
		const m = (window as unknown as { __mapaMap: import('maplibre-gl').Map }).__mapaMap;
		return m.queryRenderedFeatures({ layers: ['gmi-label'] }).map((f) => f.properties.name);
	});
	expect(names).toEqual(expect.arrayContaining(['Skawina', 'Świątniki Górne', 'Mogilany']));
	// A point in Skawina beside its label (the label point carries the practice marker).
	const skawina = await project(page, 19.76, 49.93);
	await page.mouse.move(skawina.x, skawina.y);
	await expect(page.getByRole('tooltip')).toContainText('Skawina');
	await expect(page.getByRole('tooltip')).toContainText('gmina miejsko-wiejska');
	await page.mouse.click(skawina.x, skawina.y);
	const panel = page.getByTestId('side-panel');
	// Skawina lies in Blisko Krakowa: its panel opens, and offers the gmina among what is also here.
	await expect(panel.getByRole('heading', { level: 2 })).toContainText('Blisko Krakowa');
	await panel.getByRole('button', { name: 'Skawina', exact: true }).click();
	await expect(panel.getByRole('heading', { name: 'Skawina' })).toBeVisible();
	await expect(panel).toContainText('1206113');
	await panel.getByRole('button', { name: 'powiat krakowski' }).click();
	await expect(panel.getByRole('heading', { name: 'powiat krakowski' })).toBeVisible();
	await expect(panel).toContainText('1206');
});

test('English interface with lang=en', async ({ page }) => {
	await page.goto('/?lang=en');
	await waitForMap(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('link', { name: 'Polski', exact: true })).toBeVisible();
});

test('the map page has no axe-core violations', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
