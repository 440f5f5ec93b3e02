/**
 * Curation end to end, in the built app with a real browser: a curator creates a practice (a
 * draft, not public), publishes it (the API sees it at once), edits it (the public version stays
 * until published), compares and restores revisions; two people editing one record get a
 * conflict; an editor of one gmina is refused another gmina's record; without a session the
 * actions send to the login page. Accounts: tests/e2e/admin-account.ts (synthetic).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { axe, login } from './admin-helpers';
import { E2E_CURATOR, E2E_EDITOR, E2E_ADMIN } from './admin-account';

test.use({ locale: 'pl-PL' });

async function signedIn(browser: Browser, account: { email: string; password: string }) {
	const context = await browser.newContext({ locale: 'pl-PL' });
	const page = await context.newPage();
	await login(page, account);
	return { context, page };
}

/** Test-only synthetic title, unique per run. */
const TITLE = `Praktyka testowa e2e ${Date.now()}`;

/**
 * Published test records lie in powiat sejneński (Krasnopol), which no other e2e test looks at, so
 * the shared e2e database keeps Skawina as the map and record tests expect it.
 */
const TEST_GMINA = '2009032';

async function newPractice(page: Page, title: string, unit = TEST_GMINA): Promise<number> {
	await page.goto('/admin/praktyki/nowa');
	await page.getByLabel('Tytuł', { exact: false }).first().fill(title);
	await page.locator('select[name="section"]').selectOption('wspolpraca-miedzy-jst');
	await page
		.locator('textarea[name="summary"]')
		.fill('Skrót praktyki testowej (dane syntetyczne).');
	await page.locator('input[name="unit"]').fill(unit);
	await Promise.all([
		page.waitForURL(/\/admin\/praktyki\/\d+$/),
		page.getByRole('button', { name: 'Zapisz szkic' }).click()
	]);
	return Number(new URL(page.url()).pathname.split('/').pop());
}

test('a curator creates a draft, publishes it, and the API sees it at once', async ({
	page,
	request
}) => {
	await login(page, E2E_CURATOR);
	const id = await newPractice(page, TITLE);
	await expect(page.locator('.badge')).toHaveText('szkic');
	expect((await request.get(`/api/v1/practices/${id}`)).status()).toBe(404);
	await axe(page, 'edit page');

	await page.getByRole('button', { name: 'Zapisz i opublikuj' }).click();
	await expect(page.getByRole('status')).toContainText('Opublikowano');
	const published = await request.get(`/api/v1/practices/${id}`);
	expect(published.status()).toBe(200);
	expect((await published.json()).title).toBe(TITLE);
	const list = await (await request.get(`/api/v1/practices?q=${encodeURIComponent(TITLE)}`)).json();
	expect(list.practices.map((p: { id: number }) => p.id)).toContain(id);

	// An edit of a published record waits for publishing; the public keeps the old title.
	await page.getByLabel('Tytuł', { exact: false }).first().fill(`${TITLE} (zmieniona)`);
	await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Zapisano nową wersję');
	await expect(page.getByText('Zapisane zmiany czekają na publikację')).toBeVisible();
	expect((await (await request.get(`/api/v1/practices/${id}`)).json()).title).toBe(TITLE);

	// History: the diff between revisions 1 and 3 names the title; restore revision 1.
	await page.getByRole('link', { name: 'Historia zmian' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Historia');
	await page.locator('select[name="a"]').selectOption('1');
	await page.locator('select[name="b"]').selectOption('3');
	await page.getByRole('button', { name: 'Porównaj wybrane wersje' }).click();
	const diff = page.locator('section.diff');
	await expect(diff.getByRole('rowheader', { name: 'Tytuł' })).toBeVisible();
	await expect(diff).toContainText(`${TITLE} (zmieniona)`);
	await axe(page, 'history page');
	await page.getByRole('button', { name: 'Przywróć tę wersję (1)' }).click();
	await expect(page.getByRole('status')).toContainText('Przywrócono treść wersji 1');
	await page.getByRole('link', { name: 'Wróć do edycji' }).click();
	await expect(page.getByLabel('Tytuł', { exact: false }).first()).toHaveValue(TITLE);

	// The list shows it; axe on the list, on a phone too.
	await page.goto(`/admin/praktyki?q=${encodeURIComponent(TITLE)}`);
	await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
	await axe(page, 'list');
	await page.setViewportSize({ width: 390, height: 844 });
	await axe(page, 'list (phone)');
	await page.goto(`/admin/praktyki/${id}`);
	await axe(page, 'edit page (phone)');
});

test('a failed validation keeps everything typed, without JavaScript too', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'pl-PL', javaScriptEnabled: false });
	const page = await context.newPage();
	await login(page, E2E_CURATOR);
	await page.goto('/admin/praktyki/nowa');
	await page.getByLabel('Tytuł', { exact: false }).first().fill('Tytuł zostaje');
	await page.locator('input[name="unit"]').fill('9999999');
	await page.locator('input[name="metryka.locality"]').fill('Miejscowość zostaje');
	// Rows of structured lists are there to fill without JavaScript too.
	await expect(page.locator('input[name="metryka.contacts.name"]')).toHaveCount(2);
	await page.locator('input[name="metryka.contacts.name"]').first().fill('Osoba Testowa');
	await page.getByRole('button', { name: 'Zapisz szkic' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Nie zapisano');
	await expect(summary).toContainText('9999999');
	await expect(summary.getByRole('link', { name: 'Dział' })).toBeVisible();
	await expect(page.getByLabel('Tytuł', { exact: false }).first()).toHaveValue('Tytuł zostaje');
	await expect(page.locator('input[name="metryka.locality"]')).toHaveValue('Miejscowość zostaje');
	await expect(page.locator('input[name="metryka.contacts.name"]').first()).toHaveValue(
		'Osoba Testowa'
	);
	await expect(page.locator('input[name="unit"]')).toHaveAttribute('aria-invalid', 'true');
	expect(new URL(page.url()).pathname).toBe('/admin/praktyki/nowa');
	await context.close();
});

test('two people edit one record: the second save gets a conflict with what changed', async ({
	browser
}) => {
	const a = await signedIn(browser, E2E_CURATOR);
	const b = await signedIn(browser, E2E_ADMIN);
	const id = await newPractice(a.page, `${TITLE} konflikt`);
	await b.page.goto(`/admin/praktyki/${id}`);
	await a.page.locator('textarea[name="summary"]').fill('Zmiana pierwszej osoby.');
	await a.page.getByRole('button', { name: 'Zapisz', exact: true }).click();
	await expect(a.page.getByRole('status')).toContainText('Zapisano');

	await b.page.locator('input[name="metryka.locality"]').fill('Zmiana drugiej osoby');
	await b.page.getByRole('button', { name: 'Zapisz', exact: true }).click();
	const conflict = b.page.locator('section.conflict');
	await expect(conflict).toContainText('Ktoś zapisał ten rekord w międzyczasie');
	await expect(conflict).toContainText(E2E_CURATOR.email);
	await expect(conflict.getByRole('rowheader', { name: 'Skrót' })).toBeVisible();
	await expect(conflict).toContainText('Zmiana pierwszej osoby.');
	// Nothing typed is lost; saving again goes on top of the newest revision.
	await expect(b.page.locator('input[name="metryka.locality"]')).toHaveValue(
		'Zmiana drugiej osoby'
	);
	await b.page.getByRole('button', { name: 'Zapisz', exact: true }).click();
	await expect(b.page.getByRole('status')).toContainText('Zapisano nową wersję');
	await a.context.close();
	await b.context.close();
});

test('an editor of gmina A is refused a record of gmina B, and may not publish', async ({
	browser,
	request
}) => {
	const practices = (await (await request.get('/api/v1/practices?limit=100')).json()).practices as {
		id: number;
		unitCode: string | null;
	}[];
	const elsewhere = practices.find((p) => p.unitCode && !p.unitCode.startsWith(E2E_EDITOR.unit));
	expect(elsewhere, 'a practice outside the editor’s gmina').toBeTruthy();
	const { context, page } = await signedIn(browser, E2E_EDITOR);
	const refused = await page.goto(`/admin/praktyki/${elsewhere!.id}`);
	expect(refused!.status()).toBe(403);
	const post = await page.request.post(`/admin/praktyki/${elsewhere!.id}?/save`, {
		form: { title: 'Przejęcie', revision: '0' },
		headers: { accept: 'text/html', origin: new URL(page.url()).origin }
	});
	expect(post.status()).toBe(403);

	// Their own gmina's practice: editable, but publishing is for curators.
	const own = await newPractice(page, `${TITLE} redaktor`, E2E_EDITOR.unit);
	await expect(page.getByRole('button', { name: 'Zapisz i opublikuj' })).toHaveCount(0);
	const publish = await page.request.post(`/admin/praktyki/${own}?/publish`, {
		form: { revision: '1' },
		headers: { accept: 'text/html', origin: new URL(page.url()).origin }
	});
	expect(publish.status()).toBe(403);
	await context.close();
});

test('without a session an action answers 303 to the login page', async ({ request, baseURL }) => {
	const r = await request.post('/admin/praktyki/1?/save', {
		form: { title: 'x', revision: '0' },
		headers: { accept: 'text/html', origin: baseURL! },
		maxRedirects: 0
	});
	expect(r.status()).toBe(303);
	expect(r.headers().location).toMatch(/^\/admin\/logowanie/);
});

test('a section chosen before the page has come alive (slow scripts) is kept', async ({
	browser
}) => {
	const { context, page } = await signedIn(browser, E2E_CURATOR);
	// The page's scripts wait until the section is chosen: hydration comes after the choice.
	const held: import('@playwright/test').Route[] = [];
	let hold = true;
	await page.route(/\/_app\/immutable\/nodes\//, (route) =>
		hold ? void held.push(route) : route.continue()
	);
	await page.goto('/admin/praktyki/nowa', { waitUntil: 'domcontentloaded' });
	const section = page.locator('select[name="section"]');
	await section.selectOption('wspolpraca-miedzy-jst');
	hold = false;
	for (const r of held.splice(0)) await r.continue();
	// Hydrated: the rich-text toolbar exists only once the page's scripts run.
	await expect(page.getByRole('toolbar', { name: 'Formatowanie tekstu' }).first()).toBeVisible();
	await expect(section).toHaveValue('wspolpraca-miedzy-jst');
	await context.close();
});
