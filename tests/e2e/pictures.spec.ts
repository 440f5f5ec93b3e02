/**
 * The map as a picture (issue 16): share images behind every record page's and the map's og:image,
 * and „Pobierz obraz” from the map and the embed (PNG and SVG with title, legend, scale,
 * attribution, date and the filters in words). PNGs are decoded (pngjs) and looked at.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import { guardPage, partnershipId, waitForMap } from './helpers';
import { axe, login } from './admin-helpers';
import { E2E_CURATOR } from './admin-account';

test.use({ locale: 'pl-PL' });

async function png(request: APIRequestContext, url: string) {
	const res = await request.get(url);
	expect(res.status(), url).toBe(200);
	expect(res.headers()['content-type']).toBe('image/png');
	return PNG.sync.read(await res.body());
}

/** Pixels of `image` within `tolerance` of the colour `hex` in the box x0..x1 (all rows). */
function pixelsLike(image: PNG, hex: string, x0: number, x1: number, tolerance = 40): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let n = 0;
	for (let y = 0; y < image.height; y++)
		for (let x = x0; x < x1; x++) {
			const i = (y * image.width + x) * 4;
			const d =
				Math.abs(image.data[i] - r) +
				Math.abs(image.data[i + 1] - g) +
				Math.abs(image.data[i + 2] - b);
			if (d <= tolerance) n++;
		}
	return n;
}

async function metaOf(page: Page, key: string) {
	return page
		.locator(`meta[property="${key}"], meta[name="${key}"]`)
		.first()
		.getAttribute('content');
}

test('a partnership page has a share image: 1200×630 PNG with its area drawn in its kind colour', async ({
	page,
	request
}) => {
	const id = await partnershipId(request, 'Blisko Krakowa');
	await page.goto(`/partnerstwa/${id}`);
	const image = (await metaOf(page, 'og:image'))!;
	expect(new URL(image).pathname).toBe(`/obraz/udostepnij/partnerstwo/${id}.png`);
	expect(await metaOf(page, 'og:image:width')).toBe('1200');
	expect(await metaOf(page, 'og:image:height')).toBe('630');
	expect(await metaOf(page, 'twitter:card')).toBe('summary_large_image');
	expect(await metaOf(page, 'twitter:image')).toBe(image);
	const picture = await png(request, new URL(image).pathname);
	expect([picture.width, picture.height]).toEqual([1200, 630]);
	// The functional area's outline (#008A63) on the map half, the kind's stripe beside the card.
	expect(pixelsLike(picture, '#008A63', 0, 600)).toBeGreaterThan(200);
	// Answered again from memory, with the same ETag (304 when the client has it).
	const first = await request.get(new URL(image).pathname);
	const etag = first.headers()['etag'];
	expect(etag).toBeTruthy();
	const again = await request.get(new URL(image).pathname, { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
});

test('a practice page and a filtered map view have share images too', async ({ page, request }) => {
	await page.goto('/praktyki/1');
	const practice = new URL((await metaOf(page, 'og:image'))!).pathname;
	expect(practice).toBe('/obraz/udostepnij/praktyka/1.png');
	const p = await png(request, practice);
	expect([p.width, p.height]).toEqual([1200, 630]);
	// The practice's marker in the accent colour.
	expect(pixelsLike(p, '#1d4f91', 0, 600, 20)).toBeGreaterThan(50);

	await page.goto('/?woj=12');
	const view = new URL((await metaOf(page, 'og:image'))!);
	expect(view.pathname).toBe('/obraz/udostepnij/mapa.png');
	expect(view.searchParams.get('woj')).toBe('12');
	const v = await png(request, view.pathname + view.search);
	expect([v.width, v.height]).toEqual([1200, 630]);
	// A selected record's view shares the record's picture.
	const id = await partnershipId(request, 'Blisko Krakowa');
	await page.goto(`/?sel=partnerstwo:${id}`);
	expect(new URL((await metaOf(page, 'og:image'))!).pathname).toBe(
		`/obraz/udostepnij/partnerstwo/${id}.png`
	);
});

test('share images and downloads refuse bad addresses with a clear message', async ({
	request
}) => {
	for (const [url, status, words] of [
		['/obraz/udostepnij/partnerstwo/999999.png', 404, 'Nie ma opublikowanego rekordu'],
		['/obraz/udostepnij/gmina/1.png', 404, 'są partnerstwo i praktyka'],
		['/obraz/udostepnij/praktyka/1.gif', 404, '{id}.png'],
		['/obraz/mapa.gif', 404, 'mapa.svg i /obraz/mapa.png'],
		['/obraz/mapa.png?format=a3', 400, 'Nieznany format „a3”'],
		['/obraz/mapa.png?w=100', 400, 'Parametr w=„100”'],
		['/obraz/mapa.png?h=abc', 400, 'Parametr h=„abc”'],
		['/obraz/mapa.png?widok=7/95/19', 400, 'Parametr widok='],
		['/obraz/mapa.png?skala=0', 400, 'Parametr skala=„0”'],
		['/obraz/mapa.png?w=2400&h=2400&skala=3', 400, 'za duży']
	] as const) {
		const res = await request.get(url);
		expect(res.status(), url).toBe(status);
		expect((await res.json()).error.message, url).toContain(words);
	}
	// A hostile search is drawn as text, never as markup.
	const svg = await (
		await request.get('/obraz/mapa.svg?q=%3Cscript%3Ealert(1)%3C/script%3E')
	).text();
	expect(svg).not.toContain('<script');
	expect(svg).toContain('&lt;script&gt;');
});

test('„Pobierz obraz” downloads the view in A4 with title, legend, scale, attribution, date and filters', async ({
	page,
	request
}) => {
	const guard = guardPage(page);
	await page.goto('/?woj=12');
	await waitForMap(page);
	const menu = page.locator('details.picture-menu');
	// Keyboard: the summary opens the menu, the format is a radio group.
	await menu.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(menu.getByText('Obecny widok mapy')).toBeVisible();
	await menu.getByLabel('A4 poziomo').check();
	const pngLink = menu.getByRole('link', { name: 'PNG, A4 poziomo' });
	const svgLink = menu.getByRole('link', { name: 'SVG, A4 poziomo' });
	const href = new URL((await pngLink.getAttribute('href'))!, page.url());
	expect(href.pathname).toBe('/obraz/mapa.png');
	expect(href.searchParams.get('woj')).toBe('12');
	expect(href.searchParams.get('format')).toBe('a4');
	// The view where the map is now, and the map's size on screen.
	expect(href.searchParams.get('widok')).toMatch(/^[\d.]+\/[\d.]+\/[\d.]+$/);
	expect(Number(href.searchParams.get('w'))).toBeGreaterThan(300);

	const [download] = await Promise.all([page.waitForEvent('download'), svgLink.click()]);
	expect(download.suggestedFilename()).toMatch(
		/^mapa-partnerstw-malopolskie-a4-\d{4}-\d{2}-\d{2}\.svg$/
	);
	const svgPath = new URL((await svgLink.getAttribute('href'))!, page.url());
	const svg = await (await request.get(svgPath.pathname + svgPath.search)).text();
	expect(svg).toMatch(/^<svg[^>]* width="1123" height="794"/);
	expect(svg).toContain('Mapa Partnerstw – małopolskie');
	expect(svg).toContain('Województwo: małopolskie');
	expect(svg).toContain('>Legenda<');
	expect(svg).toContain('granica: małopolskie');
	expect(svg).toMatch(/>\d+ km</);
	expect(svg).toContain('PRG GUGiK, TERYT GUS 2026');
	expect(svg).toMatch(/Stan danych na \d{1,2} \S+ \d{4}/);
	expect(svg).toContain('/?woj=12#widok=');

	const picture = await png(request, href.pathname + href.search);
	// A4 landscape at 96 px per inch, twice over.
	expect([picture.width, picture.height]).toEqual([2246, 1588]);
	expect(guard.errors).toEqual([]);
	expect(
		(await new AxeBuilder({ page }).include('details.picture-menu').analyze()).violations
	).toEqual([]);
});

test('the embed offers the picture too, as links that leave the frame', async ({
	page,
	request
}) => {
	await page.goto('/embed?zakres=pow:1206');
	await waitForMap(page);
	const menu = page.locator('details.picture-menu');
	await menu.locator('summary').click();
	const link = menu.getByRole('link', { name: 'PNG, jak na ekranie' });
	await expect(link).toHaveAttribute('target', '_blank');
	const href = new URL((await link.getAttribute('href'))!);
	expect(href.origin).toBe(new URL(page.url()).origin);
	expect(href.searchParams.get('zakres')).toBe('pow:1206');
	const svg = await (
		await request.get(`/obraz/mapa.svg?${href.searchParams.toString().replace(/&?pobierz=1/, '')}`)
	).text();
	expect(svg).toContain('Zakres: powiat krakowski');
	expect(svg).toMatch(/\/embed\?[^"<]*zakres=pow%3A1206/);
	const picture = await png(request, href.pathname + href.search);
	// As on screen: the map's own size, twice over, with the header and footer around it.
	expect(picture.width).toBe(2 * (Number(href.searchParams.get('w')) + 64));
});

test('without JavaScript the picture links work, framed as the page is', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'pl-PL' });
	const page = await context.newPage();
	await page.goto('/?woj=12');
	const menu = page.locator('details.picture-menu');
	await menu.locator('summary').click();
	const href = new URL(
		(await menu.getByRole('link', { name: /^PNG/ }).getAttribute('href'))!,
		page.url()
	);
	expect(href.searchParams.get('widok')).toBeNull();
	const res = await page.request.get(href.pathname + href.search);
	expect(res.headers()['content-type']).toBe('image/png');
	expect(res.headers()['content-disposition']).toMatch(/attachment; filename="mapa-partnerstw-/);
	await context.close();
});

test('the side panel and rows loaded later get their shapes from /obraz/ksztalty.json', async ({
	page,
	request
}) => {
	const id = await partnershipId(request, 'Blisko Krakowa');
	const shapes = await (await request.get(`/obraz/ksztalty.json?ids=${id},999999`)).json();
	expect(shapes[id].area).toMatch(/^M[\d.]+ [\d.]+l/);
	expect(shapes['999999']).toBeNull();
	for (const bad of ['', 'abc', '1,,2', Array.from({ length: 201 }, (_, i) => i + 1).join(',')]) {
		const res = await request.get(`/obraz/ksztalty.json?ids=${bad}`);
		expect(res.status(), bad.slice(0, 20)).toBe(400);
		expect((await res.json()).error.message).toContain('Parametr ids=');
	}

	await page.goto(`/?sel=partnerstwo:${id}`);
	await waitForMap(page);
	// The panel was opened by the page's script, not served: its shape is asked for.
	const panelShape = page.locator('.area-shape svg[data-area-shape] path').first();
	await expect(panelShape).toBeVisible();
	expect(await panelShape.getAttribute('d')).toBe(shapes[id].area);

	// Rows past the first page come from the API, and their shapes after them.
	await page.goto('/');
	await waitForMap(page);
	const rows = page.locator('section.results li:has(svg[data-area-shape])');
	const before = await rows.count();
	expect(before).toBeGreaterThan(50);
	await page
		.getByRole('button', { name: /Pokaż (kolejne|więcej)/ })
		.last()
		.click();
	await expect.poll(() => rows.count()).toBeGreaterThan(before);
});

test('the admin list of partnerships shows each published area', async ({ page }) => {
	await login(page, E2E_CURATOR);
	await page.goto('/admin/partnerstwa');
	const shape = page.locator('table svg[data-area-shape] path').first();
	await expect(shape).toBeVisible();
	await axe(page, 'admin partnerships with shapes');
});
