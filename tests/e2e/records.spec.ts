import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { clickOnMap, guardPage, partnershipId, waitForMap } from './helpers';

test.use({ locale: 'pl-PL' });

test('the partnership API returns Blisko Krakowa as one polygon with five members', async ({
	request
}) => {
	// The functional area, not the LEADER group LGD „Blisko Krakowa” (six gminy, a record of its own).
	const id = await partnershipId(request, 'Podkrakowski Obszar Funkcjonalny Blisko Krakowa');
	const res = await request.get(`/api/v1/partnerships/${id}`);
	expect(res.status()).toBe(200);
	const f = await res.json();
	expect(f.type).toBe('Feature');
	expect(f.geometry.type).toBe('Polygon');
	expect(f.properties.areaKm2).toBeGreaterThan(315);
	expect(f.properties.areaKm2).toBeLessThan(330);
	expect(f.properties.members.map((m: { code: string }) => m.code).sort()).toEqual([
		'1206012',
		'1206072',
		'1206092',
		'1206113',
		'1206143'
	]);
	const gzm = await (
		await request.get(`/api/v1/partnerships/${await partnershipId(request, 'Górnośląsko')}`)
	).json();
	expect(gzm.properties.members).toHaveLength(41);
	expect((await request.get('/api/v1/partnerships/abc')).status()).toBe(400);
	expect((await request.get('/api/v1/partnerships/999999')).status()).toBe(404);
});

test('the partnerships from their own pages are served: kinds, leaders, unplaced members', async ({
	page,
	request
}) => {
	// Bundled records only: other e2e tests publish partnerships of their own (test-only data,
	// named as such: „Partnerstwo testowe…”, „(dane testowe)”).
	const count = async (q: string) =>
		(
			(await (await request.get(`/api/v1/partnerships?${q}&limit=1000`)).json()).partnerships as {
				name: string;
			}[]
		).filter((p) => !/testow/i.test(p.name)).length;
	expect(await count('typ=leader_group')).toBe(11);
	expect(await count('typ=inter_municipal_union')).toBe(6);
	expect(await count('typ=association')).toBe(3);
	// Two records named „Blisko Krakowa”: the functional area of 5 gminy, the LEADER group of 6.
	const found = await (await request.get('/api/v1/partnerships?q=Blisko%20Krakowa')).json();
	const names = found.partnerships.map((p: { name: string }) => p.name);
	expect(names).toEqual(
		expect.arrayContaining([
			'Podkrakowski Obszar Funkcjonalny „Blisko Krakowa”',
			'LGD „Blisko Krakowa”'
		])
	);
	const lgd = await (
		await request.get(`/api/v1/partnerships/${await partnershipId(request, 'LGD Blisko Krakowa')}`)
	).json();
	expect(lgd.properties.name).toBe('LGD „Blisko Krakowa”');
	expect(lgd.properties.members).toHaveLength(6);
	// The leader the page names comes first; the source is the page, with its publisher.
	const paluki = await (
		await request.get(`/api/v1/partnerships/${await partnershipId(request, 'Pałuki')}`)
	).json();
	expect(paluki.properties.members[0]).toMatchObject({ code: '0419063', role: 'leader' });
	expect(paluki.properties.sources[0].url).toBe('https://lgd-paluki.pl/statut/');
	// Gorlice is not guessed: an other member whose note names both gminy.
	const gorlicki = await partnershipId(request, 'Beskid Gorlicki');
	const g = await (await request.get(`/api/v1/partnerships/${gorlicki}`)).json();
	expect(g.properties.members).toHaveLength(8);
	expect(g.properties.otherMembers[0].name).toBe('Gorlice');
	await page.goto(`/partnerstwa/${gorlicki}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('LGD „Beskid Gorlicki”');
	await expect(page.locator('main')).toContainText('1205011');
	await expect(page.locator('main')).toContainText('1205042');
});

test('lists come as JSON, GeoJSON and CSV for Polish Excel', async ({ request }) => {
	const json = await (await request.get('/api/v1/practices?pow=1206')).json();
	expect(json.practices.some((p: { title: string }) => p.title.includes('Blisko Krakowa'))).toBe(
		true
	);
	const geo = await (await request.get('/api/v1/partnerships?woj=24&format=geojson')).json();
	expect(geo.type).toBe('FeatureCollection');
	expect(
		geo.features.some((f: { properties: { name: string } }) =>
			f.properties.name.includes('Górnośląsko')
		)
	).toBe(true);
	const csv = await request.get('/api/v1/partnerships?format=csv');
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = await csv.text();
	expect(text.charCodeAt(0)).toBe(0xfeff);
	expect(text.split('\r\n')[0]).toContain(';');
	expect((await request.get('/api/v1/practices?format=xml')).status()).toBe(400);
});

test('clicking the Blisko Krakowa area opens its panel', async ({ page, request }) => {
	const guard = guardPage(page);
	const id = await partnershipId(request, 'Blisko Krakowa');
	await page.goto('/#widok=10/49.93/19.72');
	await waitForMap(page);
	// Liszki lies inside Blisko Krakowa (and inside Metropolia Krakowska): the smaller area wins.
	const panel = await clickOnMap(page, 19.76702, 50.03677, 'Blisko Krakowa');
	await expect(panel.getByRole('heading', { level: 2 })).toContainText('Blisko Krakowa');
	await expect(panel).toContainText('Świątniki Górne');
	await expect(panel).toContainText('km²');
	await expect(page).toHaveURL(new RegExp(`sel=partnerstwo%3A${id}|sel=partnerstwo:${id}`));
	expect(guard.errors).toEqual([]);
	expect(guard.external).toEqual([]);
});

test('the practice marker at Skawina opens the practice with its Metryka', async ({ page }) => {
	await page.goto('/#widok=10/49.93/19.72');
	await waitForMap(page);
	const panel = await clickOnMap(page, 19.7883, 49.94351, 'Praktyka');
	await expect(panel.getByRole('heading', { level: 2 })).toContainText('od kasy do współpracy');
	await expect(panel).toContainText('43 598');
	await expect(panel).toContainText('Tomasz Ożóg');
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(page).toHaveURL(/sel=praktyka/);
});

test('a permalink with sel opens the record', async ({ page, request }) => {
	const id = await partnershipId(request, 'Górnośląsko');
	await page.goto(`/?sel=partnerstwo:${id}`);
	await waitForMap(page);
	await expect(page.getByTestId('side-panel')).toContainText('Górnośląsko-Zagłębiowska Metropolia');
	await expect(page.getByTestId('side-panel')).toContainText('(41)');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the practice page renders on the server with its Metryka and tags', async ({
		page,
		request
	}) => {
		const list = await (await request.get('/api/v1/practices?q=swiatniki')).json();
		const practice = list.practices.find((p: { title: string }) =>
			p.title.includes('Blisko Krakowa')
		);
		await page.goto(`/praktyki/${practice.id}`);
		await expect(page).toHaveURL(new RegExp(`/praktyki/${practice.id}-`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Blisko Krakowa');
		await expect(page.locator('main')).toContainText('43 598');
		await expect(page.locator('main')).toContainText('32-050 Skawina');
		await expect(page.locator('main')).toContainText('Tomasz Ożóg');
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
			'content',
			/Blisko Krakowa/
		);
		await expect(page).toHaveTitle(/Blisko Krakowa/);
	});

	test('the partnership page renders on the server', async ({ page, request }) => {
		const id = await partnershipId(request, 'Blisko Krakowa');
		await page.goto(`/partnerstwa/${id}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Blisko Krakowa');
		await expect(page.locator('main')).toContainText('Skawina');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
	});

	test('unknown records answer 404', async ({ page }) => {
		expect((await page.goto('/praktyki/999999'))?.status()).toBe(404);
		expect((await page.goto('/partnerstwa/abc'))?.status()).toBe(404);
	});
});

test('detail pages have no axe-core violations', async ({ page, request }) => {
	const id = await partnershipId(request, 'Blisko Krakowa');
	// A partnership from its own page too: a leader, a powiat, other members with notes.
	const withOthers = await partnershipId(request, 'Beskid Gorlicki');
	const paluki = await partnershipId(request, 'Pałuki');
	for (const path of [
		`/partnerstwa/${id}`,
		`/partnerstwa/${id}?lang=en`,
		`/partnerstwa/${withOthers}`,
		`/partnerstwa/${paluki}?lang=en`
	]) {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
	}
});
