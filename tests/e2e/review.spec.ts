/**
 * Submissions through review, end to end in the built app and real Chromium: a practice sent on
 * /zglos is confirmed through the e-mailed link (the e2e server's SMTP sink), taken for review,
 * published, and seen in the API, on its page and in the map's list; a correction is accepted for
 * two of its three fields; a rejection's reason reaches the sender's mailbox and the outbox; a
 * unit's editor sees the submissions about their unit and gets 403 on others. Senders, texts and
 * accounts are test-only synthetic data; published records lie in powiat sejneński (Krasnopol),
 * which no other e2e test looks at.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { axe, login, takeForReview } from './admin-helpers';
import { E2E_CURATOR, E2E_EDITOR } from './admin-account';
import { linkIn, waitForMail } from './mailbox';

test.use({ locale: 'pl-PL', extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.10' } });
test.describe.configure({ mode: 'serial' });

const RUN = Date.now();
const KRASNOPOL = '2009032';

async function signedIn(browser: Browser, account: { email: string; password: string }) {
	const context = await browser.newContext({
		locale: 'pl-PL',
		extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.11' }
	});
	const page = await context.newPage();
	await login(page, account);
	return { context, page };
}

/** Fills the sender's block of /zglos (synthetic person). */
async function fillSender(page: Page, email: string) {
	await page.locator('input[name="sender_name"]').fill('Jan Testowy (dane syntetyczne)');
	await page.locator('input[name="sender_email"]').fill(email);
	await page.locator('input[name="sender_institution"]').fill('Urząd Gminy Testowej');
	await page.locator('input[name="consent"]').check();
}

/** Sends the form once its minimum fill time (2 s in e2e) has passed; returns the thanks page. */
async function send(page: Page) {
	await page.waitForTimeout(2_100);
	await page.locator('form:has(input[name="sender_email"]) button[type="submit"]').last().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Sends a practice in Krasnopol through /zglos; returns its submission number from the mail. */
async function sendPractice(page: Page, title: string, email: string) {
	await page.goto('/zglos?typ=praktyka');
	await page.locator('input[name="title"]').fill(title);
	await page.locator('select[name="section"]').selectOption('wspolpraca-miedzy-jst');
	await page
		.locator('textarea[name="summary"]')
		.fill('Skrót praktyki zgłoszonej w teście (dane syntetyczne).');
	await page.locator('input[name="unit"]').fill(KRASNOPOL);
	await fillSender(page, email);
	await send(page);
	const mail = await waitForMail(email, /potwierdź zgłoszenie nr \d+/);
	const id = Number(/nr (\d+)/.exec(mail.subject)![1]);
	return { id, confirm: linkIn(mail, /^\/zglos\/potwierdz\//) };
}

let publishedId = 0;
const TITLE = `Zgłoszona praktyka testowa ${RUN}`;

test('a practice is sent, confirmed, reviewed, published, and seen in the API, on its page and on the map', async ({
	page,
	browser,
	request
}) => {
	const email = `nadawca-${RUN}@e2e.mapa.test`;
	const { id, confirm } = await sendPractice(page, TITLE, email);

	const { context, page: curator } = await signedIn(browser, E2E_CURATOR);
	// Unconfirmed: it waits outside the queue.
	await curator.goto('/admin/zgloszenia');
	await expect(curator.getByRole('link', { name: TITLE })).toHaveCount(0);
	await page.goto(confirm);
	await page
		.getByRole('button')
		.filter({ hasText: /Potwierdź/ })
		.click();
	await expect(page.getByRole('status')).toBeVisible();

	await curator.goto('/admin/zgloszenia');
	await expect(curator.getByRole('link', { name: TITLE })).toBeVisible();
	await axe(curator, 'queue');
	await takeForReview(curator, id);
	await axe(curator, 'submission');
	await curator.getByRole('button', { name: 'Opublikuj', exact: true }).click();
	await expect(curator.getByRole('status')).toContainText('Opublikowano.');
	const recordLink = curator.getByRole('status').getByRole('link', { name: 'Otwórz rekord' });
	publishedId = Number(
		(await recordLink.getAttribute('href'))!.match(/\/admin\/praktyki\/(\d+)/)![1]
	);

	const api = await request.get(`/api/v1/practices/${publishedId}`);
	expect(api.status()).toBe(200);
	expect((await api.json()).title).toBe(TITLE);
	await page.goto(`/praktyki/${publishedId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await page.goto(`/?q=${encodeURIComponent(TITLE)}`);
	await expect(page.getByRole('link', { name: TITLE }).first()).toBeVisible();

	const told = await waitForMail(email, /zostało opublikowane/);
	expect(told.text).toContain(`/praktyki/${publishedId}`);
	// The timeline keeps every step; the submission is closed.
	await curator.goto(`/admin/zgloszenia/${id}`);
	await expect(curator.getByText('Decyzja zapadła; zgłoszenie jest zamknięte.')).toBeVisible();
	await context.close();
});

test('a correction is accepted for two of its three fields', async ({ page, browser, request }) => {
	expect(publishedId).toBeGreaterThan(0);
	const email = `poprawka-${RUN}@e2e.mapa.test`;
	const before = await (await request.get(`/api/v1/practices/${publishedId}`)).json();
	await page.goto(`/praktyki/${publishedId}`);
	await page.getByRole('link', { name: 'Zgłoś poprawkę' }).first().click();
	await expect(page).toHaveURL(new RegExp(`correction_of=praktyka(:|%3A)${publishedId}`));
	await expect(page.locator('input[name="title"]')).toHaveValue(TITLE);
	await page.locator('input[name="title"]').fill(`${TITLE} (poprawiony)`);
	await page.locator('textarea[name="summary"]').fill('Poprawiony skrót (dane syntetyczne).');
	await page.locator('[name="keywords"]').fill('energia, transport');
	await fillSender(page, email);
	await send(page);
	const mail = await waitForMail(email, /potwierdź zgłoszenie nr \d+/);
	const id = Number(/nr (\d+)/.exec(mail.subject)![1]);
	await page.goto(linkIn(mail, /^\/zglos\/potwierdz\//));
	await page
		.getByRole('button')
		.filter({ hasText: /Potwierdź/ })
		.click();

	const { context, page: curator } = await signedIn(browser, E2E_CURATOR);
	await takeForReview(curator, id);
	const table = curator.getByRole('table', { name: 'Poprawka pola po polu' });
	await expect(table.getByRole('checkbox')).toHaveCount(3);
	await table.getByRole('checkbox', { name: 'Przyjmij pole: Skrót' }).uncheck();
	await curator.getByRole('button', { name: 'Opublikuj przyjęte pola' }).click();
	await expect(curator.getByRole('status')).toContainText('Opublikowano.');

	const after = await (await request.get(`/api/v1/practices/${publishedId}`)).json();
	expect(after.title).toBe(`${TITLE} (poprawiony)`);
	expect(after.keywords).toEqual(['energia', 'transport']);
	expect(after.summary).toBe(before.summary);
	await context.close();
});

test('a rejection’s reason reaches the sender and the outbox', async ({ page, browser }) => {
	const email = `odrzucenie-${RUN}@e2e.mapa.test`;
	const { id, confirm } = await sendPractice(page, `Praktyka do odrzucenia ${RUN}`, email);
	await page.goto(confirm);
	await page
		.getByRole('button')
		.filter({ hasText: /Potwierdź/ })
		.click();

	const { context, page: curator } = await signedIn(browser, E2E_CURATOR);
	await takeForReview(curator, id);
	// A reason is required: the page says so and nothing is decided.
	const reject = curator.locator('form[action="?/reject"]');
	await reject.locator('textarea').evaluate((t) => t.removeAttribute('required'));
	await reject.getByRole('button', { name: 'Odrzuć' }).click();
	await expect(curator.getByText('Podaj uzasadnienie dla zgłaszającego.')).toBeVisible();
	const reason = `Ta praktyka jest już w bazie pod innym tytułem (powód testowy ${RUN}).`;
	await reject.locator('textarea').fill(reason);
	await reject.getByRole('button', { name: 'Odrzuć' }).click();
	await expect(curator.getByRole('status')).toContainText('Odrzucono');

	const told = await waitForMail(email, /nie zostało przyjęte/);
	expect(told.text).toContain(reason);
	await curator.goto('/admin/poczta');
	await expect(curator.getByText(`odrzucenie-${RUN}@e2e.mapa.test`).first()).toBeVisible();
	await context.close();
});

test('a unit’s editor sees the submissions about their unit, and gets 403 on others', async ({
	page,
	browser
}) => {
	const email = `redaktor-${RUN}@e2e.mapa.test`;
	const { id, confirm } = await sendPractice(page, `Praktyka w Krasnopolu ${RUN}`, email);
	await page.goto(confirm);
	await page
		.getByRole('button')
		.filter({ hasText: /Potwierdź/ })
		.click();

	// The e2e editor's unit is Skawina: a submission in Krasnopol is not theirs.
	const { context, page: editor } = await signedIn(browser, E2E_EDITOR);
	const answer = await editor.goto(`/admin/zgloszenia/${id}`);
	expect(answer!.status()).toBe(403);
	await editor.goto('/admin/zgloszenia');
	await expect(editor.getByRole('link', { name: `Praktyka w Krasnopolu ${RUN}` })).toHaveCount(0);
	// Their actions are refused too, whatever the page showed.
	const forged = await editor.request.post(`/admin/zgloszenia/${id}?/publish`, {
		form: {},
		headers: { origin: new URL(editor.url()).origin }
	});
	expect(forged.status()).toBe(403);
	await context.close();
});
