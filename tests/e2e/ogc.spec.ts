/**
 * The OGC API – Features at /ogc read by GDAL's own OAPIF driver (the client QGIS uses; `gdal-bin`
 * from Debian, which .ci/run installs): every collection opens with the geometry type it declares,
 * its feature count equals the API's count, a bbox query returns what the API's bounding boxes say,
 * rings follow the right-hand rule, diacritics arrive intact. Then the pages as people see them
 * (HTML, axe) and the refusals (JSON errors naming the parameter).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { axe } from './admin-helpers';
import { followsRightHandRule } from '../../src/lib/geo/rfc7946';

const run = promisify(execFile);

/** ogrinfo's summary of one layer of the OAPIF data source at `base`. */
async function ogrSummary(base: string, layer: string, ...args: string[]) {
	const { stdout } = await run(
		'ogrinfo',
		['-ro', '-so', '-nomd', `OAPIF:${base}/ogc`, layer, ...args],
		{ timeout: 120_000, maxBuffer: 16 << 20 }
	);
	return {
		count: Number(/Feature Count: (\d+)/.exec(stdout)?.[1] ?? NaN),
		geometry: /Geometry: (.+)/.exec(stdout)?.[1].trim(),
		stdout
	};
}

/** The layer as GeoJSON, through GDAL (ogr2ogr reads every page of items). */
async function ogrFeatures(base: string, layer: string, ...args: string[]) {
	const { stdout } = await run(
		'ogr2ogr',
		['-f', 'GeoJSON', '/vsistdout/', `OAPIF:${base}/ogc`, layer, ...args],
		{ timeout: 300_000, maxBuffer: 256 << 20 }
	);
	return JSON.parse(stdout) as FeatureCollection;
}

test.describe.configure({ mode: 'serial' });

test('GDAL opens every collection with its declared type, and its counts equal the API’s', async ({
	request,
	baseURL
}) => {
	test.setTimeout(600_000);
	const expected: Record<string, [string, () => Promise<number>]> = {
		praktyki: ['Point', async () => (await (await request.get('/api/v1/practices')).json()).count],
		partnerstwa: [
			'Multi Polygon',
			async () => (await (await request.get('/api/v1/partnerships')).json()).count
		],
		gminy: [
			'Multi Polygon',
			async () => (await (await request.get('/api/v1/units?level=gmi')).json()).count
		],
		powiaty: [
			'Multi Polygon',
			async () => (await (await request.get('/api/v1/units?level=pow')).json()).count
		],
		wojewodztwa: [
			'Multi Polygon',
			async () => (await (await request.get('/api/v1/units')).json()).count
		]
	};
	const { stdout } = await run('ogrinfo', ['-ro', '-so', `OAPIF:${baseURL}/ogc`], {
		timeout: 120_000
	});
	for (const id of Object.keys(expected)) expect(stdout).toContain(`: ${id} (`);
	for (const [id, [type, count]] of Object.entries(expected)) {
		const s = await ogrSummary(baseURL!, id);
		expect(s.geometry, id).toBe(type);
		expect(s.count, id).toBe(await count());
	}
	// GDAL follows the `next` links through every page (380 powiaty, 100 a page by default).
	const powiaty = await ogrFeatures(baseURL!, 'powiaty');
	expect(powiaty.features.length).toBe(await expected.powiaty[1]());
	expect(new Set(powiaty.features.map((f) => f.properties!.teryt)).size).toBe(
		powiaty.features.length
	);
	// Dates are dates, not text; codes stay text.
	const p = await ogrSummary(baseURL!, 'partnerstwa');
	expect(p.stdout).toMatch(/startDate: Date/);
	expect(p.stdout).toMatch(/memberTeryt: String/);
	const g = await ogrSummary(baseURL!, 'gminy');
	expect(g.stdout).toMatch(/teryt: String/);
});

test('a bbox query through GDAL returns what the API’s bounding boxes say; rings follow the right-hand rule', async ({
	request,
	baseURL
}) => {
	test.setTimeout(600_000);
	// Around Kraków (lon 19.6–20.3, lat 49.8–50.3).
	const box = [19.6, 49.8, 20.3, 50.3] as const;
	const api = (await (await request.get('/api/v1/partnerships?limit=1000')).json()) as {
		count: number;
		partnerships: { id: number; bbox: [number, number, number, number] | null }[];
	};
	expect(api.partnerships.length).toBe(api.count);
	const meets = api.partnerships
		.filter(
			(p) =>
				p.bbox &&
				p.bbox[2] >= box[0] &&
				p.bbox[0] <= box[2] &&
				p.bbox[3] >= box[1] &&
				p.bbox[1] <= box[3]
		)
		.map((p) => p.id)
		.sort((a, b) => a - b);
	expect(meets.length).toBeGreaterThan(0);
	expect(meets.length).toBeLessThan(api.count);
	const viaGdal = await ogrFeatures(baseURL!, 'partnerstwa', '-spat', ...box.map(String));
	// GDAL asks the server for the bbox and then clips by geometry itself: what it keeps must be
	// among the server's answer, and the server's own answer equals the API's boxes.
	const served = (await (
		await request.get(`/ogc/collections/partnerstwa/items?bbox=${box.join(',')}&limit=10000`)
	).json()) as FeatureCollection & { numberMatched: number };
	expect(served.features.map((f) => Number(f.id)).sort((a, b) => a - b)).toEqual(meets);
	expect(served.numberMatched).toBe(meets.length);
	const gdalIds = viaGdal.features.map((f) => Number(f.properties!.id));
	expect(gdalIds.length).toBeGreaterThan(0);
	for (const id of gdalIds) expect(meets).toContain(id);
	// The right-hand rule and one geometry type, as written by the server.
	for (const f of served.features) {
		expect(f.geometry.type).toBe('MultiPolygon');
		expect(followsRightHandRule(f.geometry), `partnership ${f.id}`).toBe(true);
	}
	// Diacritics arrive intact through GDAL.
	const woj = await ogrFeatures(baseURL!, 'wojewodztwa');
	expect(woj.features.map((f) => f.properties!.name)).toContain('śląskie');
});

test('the OGC API’s pages for people, and its refusals in JSON', async ({ page, request }) => {
	await page.goto('/ogc');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mapa Partnerstw/);
	await page.getByRole('link', { name: 'Kolekcje' }).click();
	await page.getByRole('link', { name: 'Gminy' }).click();
	await expect(page.getByText('TERC 2026')).toBeVisible();
	await axe(page, '/ogc/collections/gminy');
	await page.getByRole('link', { name: 'Obiekty' }).click();
	await expect(page.getByText(/Pasujących: 2\s?479/)).toBeVisible();
	await page.getByRole('link', { name: 'Następne' }).click();
	await expect(page).toHaveURL(/offset=100/);
	await axe(page, '/ogc/collections/gminy/items');
	await page.goto('/ogc/collections/gminy/items/1206012');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Czernichów');
	await axe(page, '/ogc/collections/gminy/items/1206012');

	const refusals: [string, number, RegExp][] = [
		['/ogc/collections/nie-ma', 404, /Nie ma kolekcji „nie-ma”/],
		['/ogc/collections/gminy/items/9999999', 404, /nie ma obiektu/],
		['/ogc/collections/gminy/items?bbox=1,2,3', 400, /„bbox” to cztery liczby/],
		['/ogc/collections/gminy/items?limit=zero', 400, /„limit” musi być liczbą/],
		['/ogc/collections/partnerstwa/items?typ=nieznany', 400, /nieznany rodzaj partnerstwa/],
		['/ogc/collections/praktyki/items?typ=zit', 400, /Nieznany parametr „typ”/],
		['/ogc/collections/gminy/items?bbox-crs=EPSG:2180', 400, /bbox-crs/],
		['/ogc?f=xml', 400, /„f” przyjmuje json lub html/]
	];
	for (const [path, status, message] of refusals) {
		const r = await request.get(path);
		expect(r.status(), path).toBe(status);
		expect(r.headers()['content-type'], path).toMatch(/json/);
		const body = (await r.json()) as { code: string; description: string };
		expect(body.description, path).toMatch(message);
	}
	// A limit above the maximum is the maximum, not an error (OGC API – Features, /req/core/fc-limit-response-1).
	const big = await request.get('/ogc/collections/powiaty/items?limit=50000');
	expect(big.status()).toBe(200);
	expect(((await big.json()) as { numberReturned: number }).numberReturned).toBe(380);
});
