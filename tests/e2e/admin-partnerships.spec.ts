/**
 * Partnerships edited with the map, and attachments of drafts, end to end in the built app: a
 * curator clicks gminy on the member picker's map, pastes a list with an ambiguous name, saves a
 * draft, publishes it and the API shows its merged area; a PDF uploaded to a draft practice
 * downloads for the curator and is 404 for the public until the practice is published.
 * Accounts: tests/e2e/admin-account.ts (synthetic); record names are synthetic test data.
 */
import { expect, test, type Page } from '@playwright/test';
import { axe, login } from './admin-helpers';
import { E2E_CURATOR } from './admin-account';
import { clickMemberGmina } from './helpers';

test.use({ locale: 'pl-PL' });

const memberMap = (page: Page) => page.locator('[data-member-map]');

test('a partnership with members clicked on the map: draft, publish, merged area in the API', async ({
	page,
	request
}) => {
	await login(page, E2E_CURATOR);
	await page.goto('/admin/partnerstwa/nowe');
	const name = `Partnerstwo testowe e2e ${Date.now()}`;
	await page.locator('input[name="name"]').fill(name);
	await page.locator('select[name="kind"]').selectOption('inter_municipal_union');
	await expect(memberMap(page)).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
	// Krasnopol and Puńsk, clicked on the map (powiat sejneński: no other e2e test looks there, so
	// the published test partnership changes nothing they expect).
	await clickMemberGmina(page, '2009032');
	await expect(page.locator('[data-member-announcement]')).toContainText('Krasnopol');
	// The first preview of the merged area frames the members: wait for it before the next click.
	await expect(page.locator('p.summary')).toContainText('km²', { timeout: 20_000 });
	await expect(memberMap(page)).toHaveAttribute('data-state', 'idle');
	await clickMemberGmina(page, '2009042');
	await expect(page.locator('input[type="hidden"][name="members"]')).toHaveCount(2);
	// A click on a member removes it; a second click adds it again.
	await clickMemberGmina(page, '2009042');
	await expect(page.locator('input[type="hidden"][name="members"]')).toHaveCount(1);
	await clickMemberGmina(page, '2009042');
	await expect(page.locator('input[type="hidden"][name="members"]')).toHaveCount(2);
	// The merged area previews live.
	await expect(page.locator('p.summary')).toContainText('km²', { timeout: 20_000 });

	// A pasted list: "Sejny" is both a town and a rural gmina, so the picker asks which.
	await page.getByLabel('Wklej listę (nazwy lub kody TERYT)').fill('Sejny\n2009022');
	await page.getByRole('button', { name: 'Dopasuj i dodaj' }).click();
	await expect(page.getByText('Wiersz 1: „Sejny” — którą jednostkę?')).toBeVisible();
	await expect(page.locator('input[type="hidden"][name="members"]')).toHaveCount(3);
	await page.locator('input[type="radio"][value="2009052"]').check();
	await page.getByRole('button', { name: 'Dodaj wybraną' }).click();
	await expect(page.locator('input[type="hidden"][name="members"]')).toHaveCount(4);

	await axe(page, 'partnership editor');
	await Promise.all([
		page.waitForURL(/\/admin\/partnerstwa\/\d+$/),
		page.getByRole('button', { name: 'Zapisz szkic' }).click()
	]);
	const id = Number(new URL(page.url()).pathname.split('/').pop());
	expect((await request.get(`/api/v1/partnerships/${id}`)).status()).toBe(404);
	await expect(page.locator('input[type="hidden"][name="members"]')).toHaveCount(4);

	await page.getByRole('button', { name: 'Zapisz i opublikuj' }).click();
	await expect(page.getByRole('status').first()).toContainText('Opublikowano');
	const feature = await (await request.get(`/api/v1/partnerships/${id}`)).json();
	const api = feature.properties;
	expect(feature.geometry.type).toMatch(/Polygon/);
	expect(api.name).toBe(name);
	expect(api.members.map((m: { code: string }) => m.code).sort()).toEqual([
		'2009022',
		'2009032',
		'2009042',
		'2009052'
	]);
	expect(api.areaKm2).toBeGreaterThan(100);
});

test('a partnership saved without JavaScript from a pasted list; an ambiguous name asks which, a precise one resolves', async ({
	browser
}) => {
	const context = await browser.newContext({ locale: 'pl-PL', javaScriptEnabled: false });
	const page = await context.newPage();
	await login(page, E2E_CURATOR);
	await page.goto('/admin/partnerstwa/nowe');
	await page.locator('input[name="name"]').fill(`Partnerstwo bez JS ${Date.now()}`);
	await page.locator('textarea[name="memberList"]').fill('1206113\nSejny');
	await page.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(page.getByRole('alert')).toContainText('Sejny');
	await expect(page.locator('textarea[name="memberList"]')).toHaveValue(/Sejny/);
	await page.locator('textarea[name="memberList"]').fill('gmina Sejny');
	await Promise.all([
		page.waitForURL(/\/admin\/partnerstwa\/\d+$/),
		page.getByRole('button', { name: 'Zapisz szkic' }).click()
	]);
	await expect(page.locator('input[name="members.teryt"]')).toHaveCount(2);
	// Removing a member without JavaScript: tick "Usuń", save.
	await page.getByRole('checkbox', { name: /Usuń: Skawina/ }).check();
	await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
	await expect(page.locator('input[name="members.teryt"]')).toHaveCount(1);
	await expect(page.locator('input[name="members.teryt"]')).toHaveValue('2009052');
	await context.close();
});

test('an attachment of a draft is refused to the public until the practice is published', async ({
	page,
	playwright,
	baseURL
}) => {
	await login(page, E2E_CURATOR);
	await page.goto('/admin/praktyki/nowa');
	await page.locator('input[name="title"]').fill(`Praktyka z załącznikiem ${Date.now()}`);
	await page.locator('select[name="section"]').selectOption('wspolpraca-miedzy-jst');
	await page.locator('input[name="unit"]').fill('2009032');
	// A real (minimal) PDF, named as a test file; unique per run (files are kept by content).
	const pdf = Buffer.from(
		`%PDF-1.4\n%${Date.now()}-${Math.random()}\n` +
			'1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
	);
	await page.locator('input[type="file"][name="attachments.upload"]').setInputFiles({
		name: 'plik-testowy.pdf',
		mimeType: 'application/pdf',
		buffer: pdf
	});
	await Promise.all([
		page.waitForURL(/\/admin\/praktyki\/\d+$/),
		page.getByRole('button', { name: 'Zapisz szkic' }).click()
	]);
	const link = page.locator('a[href^="/pliki/"]').first();
	const href = (await link.getAttribute('href'))!;
	const mine = await page.request.get(href);
	expect(mine.status()).toBe(200);
	expect(mine.headers()['content-disposition']).toMatch(/^attachment/);
	expect(mine.headers()['x-content-type-options']).toBe('nosniff');

	const anonymous = await playwright.request.newContext({ baseURL });
	expect((await anonymous.get(href)).status()).toBe(404);
	await page.getByRole('button', { name: 'Zapisz i opublikuj' }).click();
	await expect(page.getByRole('status').first()).toContainText('Opublikowano');
	expect((await anonymous.get(href)).status()).toBe(200);

	// A file the content does not back (HTML named .pdf) is refused by name; the form keeps its values.
	await page.goto('/admin/praktyki/nowa');
	await page.locator('input[name="title"]').fill('Tytuł zostaje po odmowie');
	await page.locator('select[name="section"]').selectOption('wspolpraca-miedzy-jst');
	await page.locator('input[name="unit"]').fill('1206113');
	await page.locator('input[type="file"][name="attachments.upload"]').setInputFiles({
		name: 'udaje-pdf.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('<html><script>alert(1)</script></html>')
	});
	await page.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(page.getByRole('alert')).toContainText('udaje-pdf.pdf');
	await expect(page.locator('input[name="title"]')).toHaveValue('Tytuł zostaje po odmowie');
	await anonymous.dispose();
});

test('a practice’s gminy picked on the map fill its place fields', async ({ page }) => {
	await login(page, E2E_CURATOR);
	await page.goto('/admin/praktyki/nowa');
	await expect(memberMap(page)).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
	await clickMemberGmina(page, '1206113');
	await expect(page.locator('input[name="unit"]')).toHaveValue('1206113');
	await expect(page.locator('[data-unit-announcement]')).toContainText('Skawina');
	await clickMemberGmina(page, '1206022');
	await expect(page.locator('textarea[name="units"]')).toHaveValue('1206022');
	await clickMemberGmina(page, '1206022');
	await expect(page.locator('textarea[name="units"]')).toHaveValue('');
	await axe(page, 'practice editor with its map');
});
