import { expect, test } from '@playwright/test';
import { waitForMap } from './helpers';

test('a gmina by its TERYT code', async ({ request }) => {
	const res = await request.get('/api/v1/units/1206113');
	expect(res.status()).toBe(200);
	const unit = await res.json();
	expect(unit).toMatchObject({
		code: '1206113',
		name: 'Skawina',
		level: 'gmi',
		type: 'gmina miejsko-wiejska',
		parents: [
			{ code: '12', name: 'małopolskie' },
			{ code: '1206', name: 'powiat krakowski' }
		]
	});
	expect(unit.areaKm2).toBeGreaterThan(90);
});

test('the gminy of powiat krakowski', async ({ request }) => {
	const res = await request.get('/api/v1/units?level=gmi&parent=1206');
	const body = await res.json();
	expect(body.count).toBe(17);
	expect(body.units.map((u: { code: string }) => u.code)).toContain('1206113');
	// Polish collation: Ś after S, not after Z.
	const names = body.units.map((u: { name: string }) => u.name);
	expect(names.indexOf('Świątniki Górne')).toBeGreaterThan(names.indexOf('Sułoszowa'));
	expect(names.indexOf('Świątniki Górne')).toBeLessThan(names.indexOf('Wielka Wieś'));
});

test('bad and unknown codes answer 400 and 404 with a message', async ({ request }) => {
	for (const [path, status, fragment] of [
		['/api/v1/units/12x', 400, 'tylko cyfry'],
		['/api/v1/units/123', 400, '3 cyfr'],
		['/api/v1/units/1299991', 404, '1299991'],
		['/api/v1/units?level=city', 400, 'level'],
		['/api/v1/units?level=gmi&parent=9', 400, 'parent'],
		['/api/v1/units?level=gmi&parent=1299', 404, '1299']
	] as const) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(status);
		const body = await res.json();
		expect(body.error.message, path).toContain(fragment);
	}
});

test('tiles carry cache headers and ETags', async ({ request, page }) => {
	await page.goto('/');
	await waitForMap(page);
	const template = await page.evaluate(() => {
		const m = (window as unknown as { __mapaMap: import('maplibre-gl').Map }).__mapaMap;
		return (m.getStyle().sources.boundaries as { tiles: string[] }).tiles[0];
	});
	const url = template.replace('{z}/{x}/{y}', '5/17/10');
	const res = await request.get(url);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('application/vnd.mapbox-vector-tile');
	expect(res.headers()['cache-control']).toContain('immutable');
	const etag = res.headers()['etag'];
	expect(etag).toBeTruthy();
	expect(res.headers()['x-content-type-options']).toBe('nosniff');
	const again = await request.get(url, { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	// Compressed as asked, the same tile once decoded.
	const br = await request.get(url, { headers: { 'accept-encoding': 'br' } });
	expect(br.headers()['content-encoding']).toBe('br');
	expect((await br.body()).equals(await res.body())).toBe(true);
	// A version never handed out is unknown (404, in words); a tile with nothing in it is 204, and
	// so is any tile above the maximum zoom (TileJSON tells clients to over-zoom).
	const unknownVersion = await request.get(
		url.replace(/\/boundaries\/[^/]+\//, '/boundaries/old/')
	);
	expect(unknownVersion.status()).toBe(404);
	expect((await unknownVersion.json()).error.message).toContain('/tiles/boundaries.json');
	expect((await request.get(template.replace('{z}/{x}/{y}', '5/0/0'))).status()).toBe(204);
	const deep = await request.get(template.replace('{z}/{x}/{y}', '14/9120/5560'));
	expect(deep.status()).toBe(204);
	expect(deep.headers()['cache-control']).toContain('immutable');
	expect((await request.get(template.replace('{z}/{x}/{y}', '25/0/0'))).status()).toBe(400);
	expect((await request.get(template.replace('{z}/{x}/{y}', '3/8/0'))).status()).toBe(400);
	const unknown = await request.get('/tiles/nothing/x/1/0/0.pbf');
	expect(unknown.status()).toBe(404);
	expect(await unknown.text()).toContain('nothing');
});

test('each tile set is described by TileJSON 3.0: today’s URL, zoom range, layers and fields', async ({
	request
}) => {
	for (const [set, layers] of [
		['boundaries', ['woj', 'pow', 'gmi', 'label']],
		['partnerships', ['partnerships']]
	] as const) {
		const res = await request.get(`/tiles/${set}.json`);
		expect(res.status()).toBe(200);
		const tj = await res.json();
		expect(tj.tilejson).toBe('3.0.0');
		expect(tj.minzoom).toBe(0);
		expect(tj.maxzoom).toBe(12);
		expect(tj.bounds).toHaveLength(4);
		expect(tj.attribution).toBeTruthy();
		expect(tj.vector_layers.map((l: { id: string }) => l.id)).toEqual(layers);
		for (const l of tj.vector_layers) expect(Object.keys(l.fields).length).toBeGreaterThan(0);
		const tile = await request.get(new URL(tj.tiles[0].replace('{z}/{x}/{y}', '5/17/10')).pathname);
		expect(tile.status()).toBe(200);
		expect(tile.headers()['cache-control']).toContain('immutable');
	}
	expect((await request.get('/tiles/nothing.json')).status()).toBe(404);
});

test('a repeated list query is answered from memory with the same body and headers', async ({
	request
}) => {
	// A query no other test asks, so the first request is the one that fills the cache.
	const url = '/api/v1/partnerships?woj=24&typ=metropolitan_union';
	const headers = { 'accept-encoding': 'br' };
	const first = await request.get(url, { headers });
	expect(first.status()).toBe(200);
	// The second answer comes from the server's fast lane (scripts/serve.js), before SvelteKit.
	const second = await request.get(url, { headers });
	expect(second.status()).toBe(200);
	expect(await second.text()).toBe(await first.text());
	expect((await second.json()).partnerships[0].name).toMatch(/Górnośląsko-Zagłębiowska/);
	for (const name of [
		'content-type',
		'etag',
		'cache-control',
		'access-control-allow-origin',
		'x-content-type-options',
		'content-security-policy',
		'x-frame-options',
		'referrer-policy'
	])
		expect(second.headers()[name], name).toBe(first.headers()[name]);
	expect(second.headers()['vary']).toBe('accept-encoding');
	const again = await request.get(url, { headers: { 'if-none-match': first.headers()['etag'] } });
	expect(again.status()).toBe(304);
	// A bad parameter is never served from the cache.
	expect((await request.get(`${url}&limit=0`)).status()).toBe(400);
});
