import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { guardPage, hostMessages, sendToEmbed } from './helpers';

test.use({ locale: 'pl-PL' });

let host: Server;
let hostOrigin: string;

/** A municipal page on another origin (another port) that embeds the map with the script snippet. */
function hostPage(appOrigin: string, embedQuery: string) {
	return `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Gmina Skawina</title></head>
<body><h1>Gmina Skawina</h1><p>Nasze partnerstwa:</p>
<div id="mapa" data-mapa-partnerstw="${appOrigin}/embed?${embedQuery}" data-title="Mapa partnerstw gminy Skawina"></div>
<script>
window.__messages = [];
document.getElementById('mapa').addEventListener('mapa-partnerstw', function (e) { window.__messages.push(e.detail); });
</script>
<script src="${appOrigin}/embed.js" async></script>
<p>Stopka strony gminy.</p></body></html>`;
}

test.beforeAll(async ({ baseURL }) => {
	const appOrigin = new URL(baseURL!).origin;
	host = createServer((req, res) => {
		const query = new URL(req.url!, 'http://x').searchParams.get('embed') ?? '';
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(hostPage(appOrigin, query));
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test('a host page on another origin embeds the map with the script snippet', async ({
	page,
	context
}) => {
	const guard = guardPage(page);
	await page.goto(`${hostOrigin}/?embed=${encodeURIComponent('zakres=gmi:1206113&lista=1')}`);
	const iframe = page.locator('iframe');
	await expect(iframe).toHaveAttribute('title', 'Mapa partnerstw gminy Skawina');
	const frame = page.frameLocator('iframe');
	// The map renders inside, without taking the focus from the host page.
	await expect(frame.locator('#map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
	expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
	const list = frame.getByRole('region', { name: 'Wyniki' });
	await expect(list).toContainText('Blisko Krakowa');
	// The iframe's height follows its content (map 500 px + the list), as reported by the embed.
	await expect
		.poll(async () => (await hostMessages(page)).some((m) => m.type === 'resize'))
		.toBe(true);
	const reported = (await hostMessages(page)).filter((m) => m.type === 'resize').at(-1)!.height!;
	expect(reported).toBeGreaterThan(500);
	await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBe(reported);
	// A click inside reaches the host as a `select` message.
	await list.getByRole('link', { name: /Podkrakowski Obszar Funkcjonalny/ }).click();
	await expect
		.poll(async () => (await hostMessages(page)).find((m) => m.type === 'select' && m.record))
		.toMatchObject({
			type: 'select',
			record: { type: 'partnerstwo', name: expect.stringContaining('Blisko Krakowa') }
		});
	// The host changes the view with `setFilters`.
	await sendToEmbed(page, { type: 'setFilters', filters: { typ: 'zit' } });
	await expect(list).toContainText('Metropolia Krakowska');
	await expect(list).not.toContainText('Podkrakowski Obszar Funkcjonalny');
	await expect
		.poll(async () => (await hostMessages(page)).some((m) => m.type === 'filterchange'))
		.toBe(true);
	// The scope lock holds: asking for śląskie still shows only what involves Skawina.
	await sendToEmbed(page, { type: 'setFilters', filters: { typ: null, woj: '24' } });
	await expect(list).toContainText('Blisko Krakowa');
	await expect(list).not.toContainText('Górnośląsko');
	// Malformed commands are ignored.
	await page.evaluate(() => {
		const f = document.querySelector('iframe')!.contentWindow!;
		f.postMessage(
			{ source: 'mapa-partnerstw-host', version: 1, type: 'setFilters', filters: { evil: '<x>' } },
			'*'
		);
		f.postMessage(
			{ source: 'mapa-partnerstw-host', version: 2, type: 'select', record: null },
			'*'
		);
	});
	await expect(list).toContainText('Blisko Krakowa');
	// Good guest manners: no cookies, no requests to other hosts.
	expect(await context.cookies()).toEqual([]);
	expect(guard.errors).toEqual([]);
});

test('only /embed may be framed by another site', async ({ request }) => {
	const embed = await request.get('/embed');
	// No frame-ancestors: `*` would refuse ancestors with an opaque origin (sandboxed srcdoc blocks).
	expect(embed.headers()['content-security-policy'] ?? '').not.toContain('frame-ancestors');
	expect(embed.headers()['x-frame-options']).toBeUndefined();
	for (const path of ['/', '/praktyki/1', '/api/v1/units/12']) {
		const res = await request.get(path, { maxRedirects: 0 });
		expect(res.headers()['content-security-policy'], path).toContain("frame-ancestors 'self'");
		expect(res.headers()['x-frame-options'], path).toBe('SAMEORIGIN');
	}
});

test('the browser refuses to show / inside another site', async ({ page, baseURL }) => {
	await page.setContent(`<iframe src="${baseURL}/" title="x"></iframe>`);
	await page.waitForTimeout(1500);
	const frame = page.frames().find((f) => f !== page.mainFrame());
	const text = await frame?.evaluate(() => document.body?.innerText ?? '').catch(() => '');
	expect(text ?? '').not.toContain('Mapa Partnerstw');
});

test('oEmbed answers for detail pages and the map', async ({ request, baseURL }) => {
	const list = await (await request.get('/api/v1/partnerships?q=Blisko')).json();
	const id = list.partnerships[0].id;
	const res = await request.get(
		`/oembed?url=${encodeURIComponent(`${baseURL}/partnerstwa/${id}`)}`
	);
	expect(res.status()).toBe(200);
	const body = await res.json();
	expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Mapa Partnerstw' });
	expect(body.title).toContain('Blisko Krakowa');
	expect(body.html).toMatch(/^<iframe src="[^"]+\/embed\?[^"]*zakres=partnerstwo:\d+/);
	expect(body.html).toContain('title="');
	expect(body.html).toContain('loading="lazy"');
	expect(typeof body.width).toBe('number');
	expect(typeof body.height).toBe('number');
	const map = await (
		await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/?pow=1206`)}&maxwidth=400`)
	).json();
	expect(map.width).toBe(400);
	expect(map.html).toContain('pow=1206');
	expect((await request.get('/oembed?url=https://example.org/')).status()).toBe(404);
	expect(
		(await request.get(`/oembed?url=${encodeURIComponent(baseURL!)}&format=xml`)).status()
	).toBe(501);
	expect((await request.get('/oembed')).status()).toBe(400);
});

test('pages advertise oEmbed', async ({ page }) => {
	await page.goto('/?pow=1206');
	const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
	expect(href).toContain('/oembed?format=json&url=');
});

test('the embed has no axe-core violations', async ({ page }) => {
	await page.goto('/embed?zakres=gmi:1206113&lista=1');
	await expect(page.locator('#map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`)).toEqual([]);
});
