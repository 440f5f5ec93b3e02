/**
 * The data for its users, in the built app: the API page documents every endpoint of the OpenAPI
 * document and each of its examples answers; /dane's dumps download complete, the XLSX read back
 * with exceljs keeps TERYT codes as text and dates as dates; the DCAT-AP catalogue names every dump,
 * and each download URL answers. axe on both pages.
 */
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { axe } from './admin-helpers';

test.use({ locale: 'pl-PL' });

test('/api documents every endpoint of the OpenAPI document, and every example answers', async ({
	page,
	request
}) => {
	const doc = await (await request.get('/api/v1/openapi.json')).json();
	expect(doc.openapi).toMatch(/^3\.0\./);
	const paths = Object.keys(doc.paths);
	for (const p of [
		'/api/v1/practices',
		'/api/v1/partnerships',
		'/ogc/collections/{collectionId}/items',
		'/tiles/{set}.json'
	])
		expect(paths).toContain(p);
	const items = doc.paths['/ogc/collections/{collectionId}/items'].get;
	const limit = items.parameters.find((p: { name: string }) => p.name === 'limit');
	expect(limit.schema.maximum).toBe(10000);

	await page.goto('/api');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('API');
	for (const p of paths)
		await expect(
			page.getByRole('heading', {
				level: 3,
				name: new RegExp(`GET ${p.replace(/[{}.?]/g, '\\$&')}$`)
			})
		).toBeVisible();
	await axe(page, '/api');
	const examples = await page
		.locator('ul.examples a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	expect(examples.length).toBeGreaterThan(15);
	for (const href of examples) {
		const r = await request.get(href);
		expect(r.status(), href).toBe(200);
	}
	await page.goto('/api?lang=en');
	await expect(page.getByText('Complete downloads and the licence')).toBeVisible();
});

test('/dane: complete dumps with their terms; the XLSX keeps codes as text and dates as dates', async ({
	page,
	request
}) => {
	await page.goto('/dane');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dane do pobrania');
	await expect(page.getByRole('heading', { name: 'Licencja' })).toBeVisible();
	await axe(page, '/dane');

	const count = (await (await request.get('/api/v1/partnerships?limit=1')).json()).count;
	const geo = await request.get('/dane/partnerstwa.geojson');
	expect(geo.headers()['content-type']).toContain('application/geo+json');
	const fc = await geo.json();
	expect(fc.features.length).toBe(count);
	expect(
		new Set(fc.features.map((f: { geometry: { type: string } | null }) => f.geometry?.type))
	).toEqual(new Set(['MultiPolygon']));
	const csv = await (await request.get('/dane/partnerstwa.csv')).text();
	expect(csv.split(/\r?\n/)[0]).toContain('czlonkowie_teryt');

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'partnerstwa.xlsx' }).click();
	const file = await (await download).path();
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(file);
	const ws = book.worksheets[0];
	expect(ws.rowCount).toBe(count + 1);
	const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
	const teryt = header.indexOf('czlonkowie_teryt') + 1;
	const start = header.indexOf('poczatek') + 1;
	let dates = 0;
	ws.eachRow((row, n) => {
		if (n === 1) return;
		expect(typeof row.getCell(teryt).value, `row ${n}`).toBe('string');
		const v = row.getCell(start).value;
		if (v !== null) {
			expect(v, `row ${n}`).toBeInstanceOf(Date);
			dates++;
		}
	});
	expect(dates).toBeGreaterThan(100);
	// A gmina of dolnośląskie keeps its leading zero.
	const gminy = await (await request.get('/dane/gminy.geojson')).json();
	expect(gminy.features.length).toBe(
		(await (await request.get('/api/v1/units?level=gmi')).json()).count
	);
	expect(gminy.features[0].properties.teryt).toMatch(/^02\d{5}$/);
	expect((await request.get('/dane/nie-ma.csv')).status()).toBe(404);
});

test('the DCAT-AP catalogue names every dump, and every download answers', async ({ request }) => {
	const r = await request.get('/dane/dcat.jsonld');
	expect(r.headers()['content-type']).toContain('application/ld+json');
	const cat = await r.json();
	expect(cat['@type']).toBe('dcat:Catalog');
	expect(cat['dcat:dataset'].length).toBe(5);
	for (const d of cat['dcat:dataset']) {
		expect(d['dct:title'][0]['@value']).toBeTruthy();
		expect(d['dct:rights']).toBeTruthy();
		for (const dist of d['dcat:distribution']) {
			const url = dist['dcat:downloadURL']?.['@id'] ?? dist['dcat:accessURL']['@id'];
			const res = await request.get(new URL(url).pathname);
			expect(res.status(), url).toBe(200);
		}
	}
});
