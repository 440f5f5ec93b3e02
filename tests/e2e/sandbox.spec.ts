/**
 * The embed where gminy really put it: inside frames sandboxed as CMSs write them (WordPress gives
 * every oEmbed provider it does not know `sandbox="allow-scripts"`), on a host page of another
 * origin, as a plain iframe, through the script snippet, and through oEmbed; and the public origin.
 * Over 300 lines: one host server and the four sandbox cases it serves, which share its set-up.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { hostMessages, sendToEmbed } from './helpers';

test.use({ locale: 'pl-PL' });

let host: Server;
let hostOrigin: string;
let appOrigin: string;
/** Pages of the host site, by path: each test puts the markup it needs here. */
const pages = new Map<string, string>();

const doc = (body: string) =>
	`<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Gmina Skawina</title></head><body><main><h1>Gmina Skawina</h1>${body}</main></body></html>`;
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

test.beforeAll(async ({ baseURL }) => {
	appOrigin = new URL(baseURL!).origin;
	host = createServer((req, res) => {
		const body = pages.get(new URL(req.url!, 'http://x').pathname);
		res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(body ?? 'not found');
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
	expect(new URL(hostOrigin).origin).not.toBe(appOrigin);
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Collects errors of the page and of every frame in it (sandboxed frames included). */
function collectErrors(page: Page) {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (
			m.type() === 'error' &&
			/CORS|Access-Control|Refused to|Content Security Policy/i.test(m.text())
		)
			errors.push(m.text());
	});
	return errors;
}

async function embedFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().find((f) => f.url().includes('/embed'))).toBeTruthy();
	return page.frames().find((f) => f.url().includes('/embed'))!;
}

async function idle(frame: Frame) {
	await expect(frame.locator('#map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
}

test('the embed works in a frame sandboxed with allow-scripts only, on another origin', async ({
	page,
	context
}) => {
	const errors = collectErrors(page);
	pages.set(
		'/wp-post',
		doc(
			`<iframe id="mapa" sandbox="allow-scripts" title="Mapa partnerstw gminy Skawina" width="800" height="860" src="${attr(
				`${appOrigin}/embed?zakres=gmi:1206113&lista=1`
			)}"></iframe>`
		)
	);
	await page.goto(`${hostOrigin}/wp-post`);
	const frame = await embedFrame(page);
	await idle(frame);
	// The frame really is sandboxed: its origin is opaque.
	expect(await frame.evaluate(() => window.origin)).toBe('null');
	const list = frame.getByRole('region', { name: 'Wyniki' });
	await expect(list).toContainText('Blisko Krakowa');
	// Records open in the panel (the API answers a null origin too).
	await list.getByRole('link', { name: /Podkrakowski Obszar Funkcjonalny/ }).click();
	const panel = frame.locator('aside');
	await expect(panel).toContainText('Członkowie');
	// A link out: the sandbox refuses new tabs, so the embed says so and offers the address.
	const popups: Page[] = [];
	context.on('page', (p) => popups.push(p));
	await panel.getByRole('link', { name: 'Otwórz stronę rekordu' }).click();
	const dialog = frame.getByRole('dialog', { name: 'Nie można otworzyć nowej karty' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('textbox')).toHaveValue(
		new RegExp(`^${appOrigin.replace(/[.]/g, '\\.')}/partnerstwa/\\d+`)
	);
	await expect(dialog.getByRole('textbox')).toBeFocused();
	expect(popups).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	// The host changes the filters: the frame navigates inside the sandbox (page data over CORS).
	await page.evaluate(() =>
		(document.getElementById('mapa') as HTMLIFrameElement).contentWindow!.postMessage(
			{ source: 'mapa-partnerstw-host', version: 1, type: 'setFilters', filters: { typ: 'zit' } },
			'*'
		)
	);
	await expect(list).toContainText('Metropolia Krakowska');
	await expect(list).not.toContainText('Podkrakowski Obszar Funkcjonalny');
	// The panel showed a partnership the new filters leave out: it closed.
	await expect(panel).toBeHidden();
	await idle(frame);
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);
	expect(errors).toEqual([]);
});

test('with allow-popups, links open a new tab, and the full map works there too', async ({
	page,
	context
}) => {
	const errors = collectErrors(page);
	pages.set(
		'/popups',
		doc(
			`<iframe sandbox="allow-scripts allow-popups" title="Mapa" width="800" height="500" src="${attr(
				`${appOrigin}/embed?zakres=gmi:1206113`
			)}"></iframe>`
		)
	);
	await page.goto(`${hostOrigin}/popups`);
	const frame = await embedFrame(page);
	await idle(frame);
	const [tab] = await Promise.all([
		context.waitForEvent('page'),
		frame.getByRole('link', { name: /Otwórz pełną mapę/ }).click()
	]);
	tab.on('pageerror', (e) => errors.push(e.message));
	await tab.waitForLoadState();
	expect(new URL(tab.url()).origin).toBe(appOrigin);
	expect(new URL(tab.url()).searchParams.get('gmi')).toBe('1206113');
	// The new tab inherits the sandbox (no allow-popups-to-escape-sandbox) and still works.
	await expect(tab.locator('#map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
	await expect(tab.getByRole('region', { name: 'Wyniki' })).toContainText('Blisko Krakowa');
	await expect(frame.getByRole('dialog')).toHaveCount(0);
	await tab.close();
	expect(errors).toEqual([]);
});

test('the script snippet works inside a sandboxed frame of a page builder', async ({ page }) => {
	const errors = collectErrors(page);
	// The language in the address: Playwright's locale (Accept-Language) does not always reach a
	// frame that a script creates inside a sandboxed frame (seen once in CI: the frame in English).
	const snippet = `<div id="mapa" data-mapa-partnerstw="${attr(`${appOrigin}/embed?zakres=gmi:1206113&lista=1&lang=pl`)}" data-title="Mapa partnerstw gminy Skawina"></div>
<script>window.__messages = []; document.getElementById('mapa').addEventListener('mapa-partnerstw', function (e) { window.__messages.push(e.detail); });</script>
<script src="${appOrigin}/embed.js" async></script>`;
	pages.set(
		'/builder',
		doc(
			`<iframe id="blok" sandbox="allow-scripts" title="Blok HTML" style="width:820px;height:1600px;border:0" srcdoc="${attr(
				`<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Blok</title></head><body>${snippet}</body></html>`
			)}"></iframe>`
		)
	);
	await page.goto(`${hostOrigin}/builder`);
	const block = page.frames().find((f) => f.parentFrame() === page.mainFrame())!;
	const frame = await embedFrame(page);
	await idle(frame);
	// The snippet takes the map's messages although they come from an opaque origin, and sizes it.
	const reported = async () =>
		(await hostMessages(block)).filter((x) => x.type === 'resize').at(-1)?.height ?? 0;
	await expect.poll(reported).toBeGreaterThan(500);
	const height = await reported();
	await expect
		.poll(async () => Math.round((await block.locator('iframe').boundingBox())!.height))
		.toBe(height);
	// The whole list is in the frame, not in a box that scrolls.
	expect(
		await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)
	).toBe(true);
	// Commands from the host still reach the sandboxed map.
	await sendToEmbed(block, { type: 'setFilters', filters: { typ: 'zit' } });
	const list = frame.getByRole('region', { name: 'Wyniki' });
	await expect(list).toContainText('Metropolia Krakowska', { timeout: 45_000 });
	await expect(list).not.toContainText('Podkrakowski Obszar Funkcjonalny');
	await expect
		.poll(async () => (await hostMessages(block)).some((m) => m.type === 'filterchange'))
		.toBe(true);
	expect(errors).toEqual([]);
});

test('an oEmbed frame as WordPress writes it: small sizes give the map alone, never a note', async ({
	page,
	request
}) => {
	const errors = collectErrors(page);
	const list = await (await request.get('/api/v1/partnerships?q=Blisko')).json();
	const id = list.partnerships[0].id;
	for (const [maxheight, compact] of [
		[150, true],
		[100, true],
		[400, false]
	] as const) {
		const res = await request.get(
			`/oembed?url=${encodeURIComponent(`${appOrigin}/partnerstwa/${id}`)}&maxheight=${maxheight}&maxwidth=320`
		);
		expect(res.status(), `maxheight=${maxheight}`).toBe(200);
		const body = await res.json();
		expect(body.height).toBe(maxheight);
		expect(body.width).toBe(320);
		// WordPress (wp_filter_oembed_result) adds these to providers it does not know.
		const html = (body.html as string).replace(
			'<iframe ',
			'<iframe sandbox="allow-scripts" security="restricted" '
		);
		pages.set(`/oembed-${maxheight}`, doc(html));
		await page.goto(`${hostOrigin}/oembed-${maxheight}`);
		const frame = await embedFrame(page);
		await idle(frame);
		expect(Math.round((await page.locator('iframe').boundingBox())!.height)).toBe(maxheight);
		await expect(frame.locator('.notes')).toHaveCount(0);
		await expect(frame.locator('details.legend, .legend')).toHaveCount(compact ? 0 : 1);
		// Nothing in the frame scrolls: the map fills it.
		expect(
			await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)
		).toBe(true);
	}
	// Below the smallest frame the provider says it cannot, instead of sending a frame too big.
	const tiny = await request.get(
		`/oembed?url=${encodeURIComponent(`${appOrigin}/partnerstwa/${id}`)}&maxheight=50`
	);
	expect(tiny.status()).toBe(501);
	expect((await tiny.json()).error.message).toContain('100 px');
	expect(errors).toEqual([]);
});

test('a plain iframe with the list keeps its height: the list scrolls inside, the map stays', async ({
	page
}) => {
	pages.set(
		'/plain',
		doc(
			`<iframe title="Mapa" style="width:800px;height:860px;border:0" src="${attr(
				`${appOrigin}/embed?zakres=woj:12&lista=1`
			)}"></iframe>`
		)
	);
	await page.goto(`${hostOrigin}/plain`);
	const frame = await embedFrame(page);
	await idle(frame);
	const layout = await frame.evaluate(() => {
		const list = document.querySelector('.list') as HTMLElement;
		return {
			page: document.documentElement.scrollHeight - window.innerHeight,
			listScrolls: list.scrollHeight > list.clientHeight,
			mapTop: document.querySelector('#map')!.getBoundingClientRect().top
		};
	});
	expect(layout.page).toBeLessThanOrEqual(1);
	expect(layout.listScrolls).toBe(true);
	expect(layout.mapTop).toBeGreaterThanOrEqual(0);
});

test('a gmina embed opens with its neighbours in view', async ({ page }) => {
	await page.goto('/embed?zakres=gmi:1206113');
	await expect(page.locator('#map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
	const view = await page.evaluate(async () => {
		const m = (
			window as unknown as {
				__mapaMap: {
					getBounds(): {
						getWest(): number;
						getEast(): number;
						getSouth(): number;
						getNorth(): number;
					};
					queryRenderedFeatures(o: { layers: string[] }): { properties: { code: string } }[];
				};
			}
		).__mapaMap;
		const b = m.getBounds();
		const unit = await (await fetch('/api/v1/units/1206113')).json();
		const codes = new Set(
			m.queryRenderedFeatures({ layers: ['gmi-fill'] }).map((f) => f.properties.code)
		);
		return {
			view: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
			bbox: unit.bbox as number[],
			gminy: codes.size
		};
	});
	const [w, s, e, n] = view.bbox;
	// Skawina takes at most about half of the frame each way, with neighbours all around it.
	expect(view.view[2] - view.view[0]).toBeGreaterThan(1.8 * (e - w));
	expect(view.view[3] - view.view[1]).toBeGreaterThan(1.8 * (n - s));
	expect(view.gminy).toBeGreaterThanOrEqual(8);
});

test('static files carry CORS and security headers', async ({ request, page }) => {
	await page.goto('/embed');
	const script = page.locator('script[type="module"], link[rel="modulepreload"]').first();
	expect(script).toBeTruthy();
	const asset = await page.evaluate(
		() => (document.querySelector('link[rel="modulepreload"]') as HTMLLinkElement).href
	);
	for (const path of [new URL(asset).pathname, '/embed.js', '/favicon.svg']) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		expect(res.headers()['access-control-allow-origin'], path).toBe('*');
		expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
	}
	// Pages are not readable from other origins; only their frames may be shown.
	expect((await request.get('/')).headers()['access-control-allow-origin']).toBeUndefined();
});

/** A request with a Host header of its own (browsers and fetch cannot forge it; attackers can). */
function getWithHost(url: string, hostHeader: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(url, { headers: { host: hostHeader } }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (c) => (body += c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

test('links name the public origin, whatever Host a request names', async ({ request }) => {
	const forged = await getWithHost(`${appOrigin}/api/v1/practices?format=csv`, 'evil.example');
	expect(forged.status).toBe(200);
	expect(forged.body).toContain(`${appOrigin}/praktyki/`);
	expect(forged.body).not.toContain('evil.example');
	// The cached answer another visitor gets says the same.
	const after = await (await request.get('/api/v1/practices?format=csv')).text();
	expect(after).not.toContain('evil.example');
	const page = await getWithHost(`${appOrigin}/praktyki/1`, 'evil.example');
	expect(page.body).not.toContain('evil.example');
	// oEmbed takes links to the other names of this server (here: localhost for 127.0.0.1) and
	// embeds from the address the link names; other hosts stay refused.
	const port = new URL(appOrigin).port;
	const alias = await request.get(
		`/oembed?url=${encodeURIComponent(`http://localhost:${port}/?pow=1206`)}`
	);
	expect(alias.status()).toBe(200);
	expect((await alias.json()).html).toContain(`src="http://localhost:${port}/embed?pow=1206`);
	const other = await request.get(
		`/oembed?url=${encodeURIComponent(`http://evil.example:${port}/?pow=1206`)}`
	);
	expect(other.status()).toBe(404);
	const scheme = await request.get(`/oembed?url=${encodeURIComponent('javascript:alert(1)')}`);
	expect(scheme.status()).toBe(404);
});

test('after setFilters from the host, „W tym miejscu także” lists only what the filters show', async ({
	page
}) => {
	pages.set(
		'/also',
		doc(
			`<iframe id="mapa" sandbox="allow-scripts" title="Mapa" style="width:900px;height:900px;border:0" src="${attr(
				`${appOrigin}/embed?zakres=pow:1206&lista=1`
			)}"></iframe>`
		)
	);
	await page.goto(`${hostOrigin}/also`);
	const frame = await embedFrame(page);
	await idle(frame);
	await expect(frame.locator('#map')).toHaveAttribute('data-overlay', 'ready', { timeout: 45_000 });
	// A click on Skawina, inside Blisko Krakowa and Metropolia Krakowska.
	const box = (await page.locator('#mapa').boundingBox())!;
	const map = (await frame.locator('#map').boundingBox())!;
	const at = await frame.evaluate(() =>
		(
			window as unknown as { __mapaMap: { project(c: [number, number]): { x: number; y: number } } }
		).__mapaMap.project([19.86, 49.94])
	);
	await page.mouse.click(map.x + at.x, map.y + at.y);
	expect(box).toBeTruthy();
	const also = frame.getByRole('region', { name: 'W tym miejscu także' });
	// Blisko Krakowa (the smaller area) is open; Metropolia Krakowska is offered beside it.
	await also.getByRole('button', { name: 'Metropolia Krakowska' }).click();
	await expect(also).toContainText('Podkrakowski Obszar Funkcjonalny');
	await page.evaluate(() =>
		(document.getElementById('mapa') as HTMLIFrameElement).contentWindow!.postMessage(
			{ source: 'mapa-partnerstw-host', version: 1, type: 'setFilters', filters: { typ: 'zit' } },
			'*'
		)
	);
	const list = frame.getByRole('region', { name: 'Wyniki' });
	await expect(list).not.toContainText('Podkrakowski Obszar Funkcjonalny');
	// Metropolia Krakowska (a ZIT) stays open; Blisko Krakowa, which the filter leaves out, is gone.
	await expect(frame.locator('#record-title')).toContainText('Metropolia Krakowska');
	await expect(also.getByText('Podkrakowski Obszar Funkcjonalny')).toHaveCount(0);
	await expect(also).toContainText('powiat krakowski');
});
