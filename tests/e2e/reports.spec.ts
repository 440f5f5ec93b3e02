/**
 * "Zgłoś problem" and hiding, beyond moderation.spec.ts: the per-address limit (429, in words),
 * a report sent as a plain POST to /zglos-problem (no ?record=, as the contract allows), hostile
 * text escaped on the curator's page, and a record a curator hides without any report: gone from
 * its page, the API and the lists; an edit saved while it is hidden stays unpublished, and shown
 * again it is as it was. The record is this test's own, in powiat sejneński; every address is of
 * this spec's range (TEST-NET-2, RFC 5737); all text is test-only synthetic data.
 */
import { expect, test, type Browser } from '@playwright/test';
import { axe, contextAt, login, publishTestPractice } from './admin-helpers';
import { E2E_CURATOR } from './admin-account';

test.use({ locale: 'pl-PL' });
test.describe.configure({ mode: 'serial' });

const RUN = Date.now();
const TITLE = `Praktyka do ukrycia ${RUN}`;
let id = 0;

async function curator(browser: Browser) {
	const { ctx, page } = await contextAt(browser, '198.51.100.51');
	await login(page, E2E_CURATOR);
	return { ctx, page };
}

test.beforeAll(async ({ browser }) => {
	const { ctx, page: c } = await curator(browser);
	id = await publishTestPractice(c, TITLE);
	await ctx.close();
});

test('one address may send ten reports an hour; the eleventh is answered 429 in words', async ({
	browser
}) => {
	const { ctx, page } = await contextAt(browser, '198.51.100.61');
	await page.goto(`/zglos-problem?record=praktyka:${id}`);
	const origin = new URL(page.url()).origin;
	const post = () =>
		page.request.post('/zglos-problem', {
			form: { record: `praktyka:${id}`, reason: 'outdated' },
			headers: { origin, accept: 'text/html' }
		});
	for (let i = 0; i < 10; i++) expect((await post()).status()).toBe(200);
	const refused = await post();
	expect(refused.status()).toBe(429);
	expect(await refused.text()).toContain('zgłoszeń problemów w ciągu godziny');
	// The form says so too, and the record stays public.
	await page.getByLabel('nieaktualne').check();
	await page.getByRole('button', { name: 'Wyślij zgłoszenie problemu' }).click();
	await expect(page.getByRole('alert')).toContainText('Spróbuj ponownie później');
	expect((await page.request.get(`/api/v1/practices/${id}`)).status()).toBe(200);
	// Another address is not limited.
	const other = await contextAt(browser, '198.51.100.62');
	await other.page.goto(`/zglos-problem?record=praktyka:${id}`);
	await other.page.getByLabel('nieaktualne').check();
	await other.page.getByRole('button', { name: 'Wyślij zgłoszenie problemu' }).click();
	await expect(other.page.getByRole('status')).toContainText('Dziękujemy');
	await other.ctx.close();
	await ctx.close();
});

test('a plain POST to /zglos-problem is thanked with a way back; hostile text reaches the curator escaped', async ({
	browser
}) => {
	const hostile = `<img src=x onerror="alert(1)"><script>alert(2)</script> „test” ${RUN}`;
	const { ctx, page } = await contextAt(browser, '198.51.100.63');
	const answer = await page.request.post('/zglos-problem', {
		form: {
			record: `praktyka:${id}`,
			reason: 'offensive',
			message: hostile,
			email: 'zglaszajacy@test.invalid'
		},
		headers: { origin: new URL(test.info().project.use.baseURL!).origin, accept: 'text/html' }
	});
	expect(answer.status()).toBe(200);
	const html = await answer.text();
	expect(html).toContain('role="status"');
	expect(html).toContain('Wróć do mapy');
	await ctx.close();

	const { ctx: cctx, page: c } = await curator(browser);
	let dialogs = 0;
	c.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await c.goto(`/admin/praktyki/${id}`);
	await expect(c.getByText(hostile)).toBeVisible();
	await expect(c.getByText('zglaszajacy@test.invalid')).toBeVisible();
	expect(await c.locator('.reports img, .reports script').count()).toBe(0);
	expect(dialogs).toBe(0);
	await c.getByRole('button', { name: 'Zamknij zgłoszenia: bez zmian' }).click();
	await expect(c.getByText('Brak otwartych zgłoszeń problemów.')).toBeVisible();
	await cctx.close();
});

test('a curator hides a record with no report: gone from its page, the API and the lists; an edit made meanwhile stays unpublished', async ({
	browser,
	request
}) => {
	const { ctx, page: c } = await curator(browser);
	await c.goto(`/admin/praktyki/${id}`);
	await c.getByLabel('Powód ukrycia (do historii rekordu)').fill('Sprawdzamy (test).');
	await c.getByRole('button', { name: 'Ukryj do wyjaśnienia' }).click();
	await expect(c.getByRole('status')).toContainText('Ukryto rekord.');
	await expect(c.locator('.badge')).toHaveText('ukryty do wyjaśnienia');
	await axe(c, 'edit page of a hidden record');

	expect((await request.get(`/api/v1/practices/${id}`)).status()).toBe(404);
	expect((await request.get(`/praktyki/${id}`)).status()).toBe(404);
	const list = await (await request.get(`/api/v1/practices?q=${encodeURIComponent(TITLE)}`)).json();
	expect(list.practices.map((p: { id: number }) => p.id)).not.toContain(id);
	expect((await request.get(`/zglos-problem?record=praktyka:${id}`)).status()).toBe(404);

	// The admin list knows the state.
	await c.goto(`/admin/praktyki?status=hidden&q=${encodeURIComponent(TITLE)}`);
	await expect(c.getByRole('row').filter({ hasText: TITLE })).toContainText('ukryty');

	// An edit saved while hidden waits for publishing: shown again, the record is as it was.
	await c.goto(`/admin/praktyki/${id}`);
	await c.getByLabel('Tytuł', { exact: false }).first().fill(`${TITLE} (zmiana w ukryciu)`);
	await c.getByRole('button', { name: 'Zapisz', exact: true }).click();
	await expect(c.getByRole('status')).toContainText('Zapisano nową wersję');
	await expect(c.getByText('Zapisane zmiany czekają na publikację')).toBeVisible();
	await c.getByRole('button', { name: 'Pokaż ponownie' }).click();
	await expect(c.getByRole('status')).toContainText('Rekord znów jest widoczny.');
	const shown = await request.get(`/api/v1/practices/${id}`);
	expect(shown.status()).toBe(200);
	expect((await shown.json()).title).toBe(TITLE);
	const page = await request.get(`/praktyki/${id}`);
	expect(page.status()).toBe(200);
	expect(await page.text()).not.toContain('zmiana w ukryciu');
	// Put the record back as it was published: restore the edit away.
	await c.getByLabel('Tytuł', { exact: false }).first().fill(TITLE);
	await c.getByRole('button', { name: 'Zapisz', exact: true }).click();
	await expect(c.getByRole('status')).toContainText('Zapisano');
	await ctx.close();
});
