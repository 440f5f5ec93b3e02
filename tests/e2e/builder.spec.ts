/**
 * The embed builder (/osadz) and the script snippet (static/embed.js) on a host page.
 * Over 300 lines: the builder's cases and the host page they share.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { guardPage } from './helpers';

test.use({ locale: 'pl-PL' });

/** Opens the builder and waits until it runs in the browser (typing before that would be lost). */
async function openBuilder(page: Page, path = '/osadz') {
	await page.goto(path);
	await expect(page.locator('.builder')).toHaveAttribute('data-state', 'ready');
}

/** The preview's address, decoded, so `zakres=gmi:1206113` reads the same however it is escaped. */
async function previewSrc(page: Page): Promise<string> {
	return decodeURIComponent((await page.locator('.preview iframe').getAttribute('src')) ?? '');
}

test.describe('the "Osadź mapę" builder', () => {
	test('a gmina and the list make the preview address and both codes', async ({ page }) => {
		const guard = guardPage(page);
		await openBuilder(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Osadź mapę');

		const scope = page.getByRole('group', { name: 'Zakres mapy' });
		await expect(scope).toContainText('cała Polska');
		await scope.getByRole('combobox').fill('Skawina');
		await page
			.getByRole('option', { name: /^Skawina/ })
			.first()
			.click();
		await expect(scope.locator('.current')).toContainText('Skawina');
		await page.getByRole('checkbox', { name: /Lista wyników/ }).check();

		// The preview follows after a short pause: wait for both settings to reach it.
		await expect.poll(() => previewSrc(page)).toContain('lista=1');
		expect(await previewSrc(page)).toContain('zakres=gmi:1206113');
		expect(await previewSrc(page)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/embed\?/);

		const iframeCode = page.getByRole('textbox', { name: 'Ramka (iframe)' });
		await expect(iframeCode).toHaveJSProperty('readOnly', true);
		await expect(iframeCode).toHaveValue(/title="Mapa partnerstw — Skawina"/);
		await expect(iframeCode).toHaveValue(/loading="lazy"/);
		await expect(iframeCode).toHaveValue(/zakres=gmi(:|%3A)1206113/);
		await expect(iframeCode).toHaveValue(/width="100%"/);

		const scriptCode = page.getByRole('textbox', { name: 'Skrypt' });
		await expect(scriptCode).toHaveValue(
			/<div data-mapa-partnerstw="http:\/\/127\.0\.0\.1:\d+\/embed\?/
		);
		await expect(scriptCode).toHaveValue(/data-title="Mapa partnerstw — Skawina"/);
		await expect(scriptCode).toHaveValue(
			/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async>/
		);
		expect(guard.errors).toEqual([]);
		expect(guard.external).toEqual([]);
	});

	test('filters, size and language reach the address; the scope clears to Poland', async ({
		page
	}) => {
		await openBuilder(page);
		await page.getByLabel('Rodzaj partnerstwa').selectOption('functional_area');
		await page.getByLabel('Dział praktyk').selectOption('wspolpraca-miedzy-jst');
		await page.getByRole('radio', { name: 'Stała szerokość' }).check();
		await page.getByLabel('Szerokość (px)').fill('720');
		await page.getByLabel('Wysokość mapy (px)').fill('640');
		await page.getByRole('radio', { name: 'English' }).check();
		await page.getByRole('checkbox', { name: /Legenda/ }).uncheck();
		// The preview follows a moment after the last change.
		await expect.poll(() => previewSrc(page)).toContain('legenda=0');
		const src = new URL(await previewSrc(page));
		expect(src.searchParams.get('typ')).toBe('functional_area');
		expect(src.searchParams.get('kat')).toBe('wspolpraca-miedzy-jst');
		expect(src.searchParams.get('wysokosc')).toBe('640');
		expect(src.searchParams.get('legenda')).toBe('0');
		expect(src.searchParams.has('zakres')).toBe(false);
		const iframeCode = page.getByRole('textbox', { name: 'Ramka (iframe)' });
		await expect(iframeCode).toHaveValue(/width="720" height="640"/);
		await expect(iframeCode).toHaveValue(/title="Map of local-government partnerships"/);
		await expect(page.getByRole('textbox', { name: 'Skrypt' })).toHaveValue(
			/style="width:720px;max-width:100%"/
		);

		// A partnership as the scope, then back to the whole of Poland.
		const scope = page.getByRole('group', { name: 'Zakres mapy' });
		await scope.getByRole('combobox').fill('Blisko Krakowa');
		await page
			.getByRole('option', { name: /Blisko Krakowa/ })
			.first()
			.click();
		await expect.poll(() => previewSrc(page)).toMatch(/zakres=partnerstwo:\d+/);
		await scope.getByRole('button', { name: 'Wyczyść zakres' }).click();
		await expect(scope.locator('.current')).toContainText('cała Polska');
		await expect(scope.getByRole('combobox')).toBeFocused();
		await expect.poll(() => previewSrc(page)).not.toContain('zakres=');
	});

	test('the keyboard picks a scope; the address sets the builder up', async ({ page }) => {
		await openBuilder(page, '/osadz?zakres=pow:1206&lista=1&typ=zit');
		const scope = page.getByRole('group', { name: 'Zakres mapy' });
		await expect(scope.locator('.current')).toContainText('powiat krakowski');
		await expect(page.getByRole('checkbox', { name: /Lista wyników/ })).toBeChecked();
		await expect(page.getByLabel('Rodzaj partnerstwa')).toHaveValue('zit');
		await expect(page.getByRole('textbox', { name: 'Skrypt' })).toHaveValue(
			/data-title="Mapa partnerstw — powiat krakowski"/
		);

		const box = scope.getByRole('combobox');
		await box.focus();
		await page.keyboard.type('malopolskie');
		await expect(page.getByRole('option').first()).toContainText('małopolskie');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(scope.locator('.current')).toContainText('małopolskie');
		await expect.poll(() => previewSrc(page)).toContain('zakres=woj:12');
		await expect(page.getByRole('textbox', { name: 'Ramka (iframe)' })).toHaveValue(
			/title="Mapa partnerstw — województwo małopolskie"/
		);
	});

	test('offers the self-sizing script first, the plain iframe second', async ({ page }) => {
		await openBuilder(page);
		const codes = page.locator('.codes textarea');
		await expect(codes).toHaveCount(2);
		await expect(codes.first()).toHaveAccessibleName(/Skrypt \(zalecany\)/);
		await expect(codes.nth(1)).toHaveAccessibleName(/Ramka \(iframe\)/);
	});

	test('copying says so politely', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openBuilder(page);
		await page.getByRole('button', { name: 'Kopiuj — Skrypt' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Skopiowano' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('data-mapa-partnerstw=');
		expect(copied).toContain('/embed.js');
	});

	test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await openBuilder(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	for (const lang of ['pl', 'en'] as const) {
		test(`no axe-core violations on the builder (${lang})`, async ({ page }) => {
			await openBuilder(page, lang === 'en' ? '/osadz?lang=en' : '/osadz');
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			// The embed inside the preview is tested on its own.
			const results = await new AxeBuilder({ page }).exclude('iframe').analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual(
				[]
			);
		});
	}
});

/** A host page on a second origin (another port), as a municipal site would embed the map. */
function hostPage(appOrigin: string): Promise<{ server: Server; origin: string }> {
	const html = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Gmina</title></head><body>
<h1>Gmina Skawina</h1>
<div id="a" data-mapa-partnerstw="${appOrigin}/embed?zakres=gmi:1206113&amp;wysokosc=640" data-title="Mapa partnerstw — Skawina"></div>
<div id="b" data-mapa-partnerstw="${appOrigin}/embed"></div>
<div id="evil" data-mapa-partnerstw="https://example.org/embed"></div>
<script>window.__events = [];
document.addEventListener('mapa-partnerstw', function (e) {
	var f = e.target.querySelector('iframe');
	window.__events.push({ on: e.target.id, detail: e.detail, height: f.style.height });
});</script>
<script src="${appOrigin}/embed.js" async></script>
</body></html>`;
	return new Promise((resolve) => {
		const server = createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(html);
		});
		server.listen(0, '127.0.0.1', () =>
			resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })
		);
	});
}

test.describe('embed.js on a host page', () => {
	let host: { server: Server; origin: string };
	test.beforeAll(async ({ baseURL }) => {
		host = await hostPage(baseURL!);
	});
	test.afterAll(() => new Promise<void>((resolve) => host.server.close(() => resolve())));

	test('inserts titled lazy frames, sizes them from messages and passes commands', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page);
		const warnings: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning') warnings.push(m.text());
		});
		await page.goto(host.origin);
		const a = page.locator('#a iframe');
		await expect(a).toHaveAttribute('title', 'Mapa partnerstw — Skawina');
		await expect(a).toHaveAttribute('loading', 'lazy');
		expect(await a.getAttribute('src')).toBe(`${baseURL}/embed?zakres=gmi:1206113&wysokosc=640`);
		expect(await a.evaluate((f: HTMLIFrameElement) => f.style.cssText)).toContain('border: 0');
		const b = page.locator('#b iframe');
		await expect(b).toHaveAttribute('title', 'Mapa partnerstw samorządów');
		// Only this site's /embed is framed; anything else is refused with a warning.
		await expect(page.locator('#evil iframe')).toHaveCount(0);
		expect(warnings.join('\n')).toContain('Mapa Partnerstw');
		// The script takes no focus.
		expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

		const inA = (await (await a.elementHandle())!.contentFrame())!;
		const inB = (await (await b.elementHandle())!.contentFrame())!;
		await inA.waitForLoadState();
		await inB.waitForLoadState();
		// A message from the map sizes its own frame (clamped) and reaches the host as an event.
		await inA.evaluate(() => {
			const post = (m: object) => parent.postMessage(m, '*');
			post({ source: 'mapa-partnerstw', version: 1, type: 'resize', height: 777 });
			post({ source: 'mapa-partnerstw', version: 1, type: 'resize', height: 99999 });
			post({ source: 'mapa-partnerstw', version: 2, type: 'resize', height: 321 });
			post({ source: 'other', version: 1, type: 'resize', height: 322 });
			post({
				source: 'mapa-partnerstw',
				version: 1,
				type: 'select',
				record: { type: 'partnerstwo', id: 1, name: 'Blisko Krakowa' }
			});
		});
		await expect
			.poll(() =>
				page.evaluate(() => JSON.stringify((window as never as { __events: [] }).__events))
			)
			.toContain('Blisko Krakowa');
		const events = await page.evaluate(
			() =>
				(
					window as never as {
						__events: { on: string; detail: Record<string, unknown>; height: string }[];
					}
				).__events
		);
		const mine = events.filter((e) => e.on === 'a');
		expect(mine.find((e) => e.detail.height === 777)?.height).toBe('777px');
		expect(mine.find((e) => e.detail.height === 99999)?.height).toBe('5000px');
		expect(mine.some((e) => e.detail.height === 321 || e.detail.height === 322)).toBe(false);
		expect(mine.find((e) => e.detail.type === 'select')?.detail.record).toEqual({
			type: 'partnerstwo',
			id: 1,
			name: 'Blisko Krakowa'
		});
		// A look-alike message from the host page itself is not the map's.
		await page.evaluate(() =>
			window.postMessage(
				{ source: 'mapa-partnerstw', version: 1, type: 'resize', height: 400 },
				'*'
			)
		);
		await page.waitForTimeout(200);
		expect(
			await page.evaluate(() =>
				(window as never as { __events: { detail: { height?: number } }[] }).__events.some(
					(e) => e.detail.height === 400
				)
			)
		).toBe(false);

		// Commands go to the right frame only, in the documented envelope.
		for (const f of [inA, inB])
			await f.evaluate(() => {
				const w = window as never as { __got: unknown[] };
				w.__got = [];
				window.addEventListener('message', (e) => w.__got.push({ origin: e.origin, data: e.data }));
			});
		const sent = await page.evaluate(() =>
			(
				window as never as { MapaPartnerstw: { send(el: Element, c: object): boolean } }
			).MapaPartnerstw.send(document.getElementById('a')!, {
				type: 'setFilters',
				filters: { typ: 'functional_area' },
				source: 'spoofed'
			})
		);
		expect(sent).toBe(true);
		const got = () => inA.evaluate(() => (window as never as { __got: unknown[] }).__got);
		await expect.poll(got).toHaveLength(1);
		expect((await got())[0]).toEqual({
			origin: host.origin,
			data: {
				type: 'setFilters',
				filters: { typ: 'functional_area' },
				source: 'mapa-partnerstw-host',
				version: 1
			}
		});
		expect(await inB.evaluate(() => (window as never as { __got: unknown[] }).__got)).toEqual([]);
		expect(guard.errors).toEqual([]);
		expect(guard.external).toEqual([]);
	});
});
