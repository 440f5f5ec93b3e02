/**
 * The admin area's accounts end to end, in the built app and real Chromium: the guard's
 * redirect, login with and without JavaScript, the session cookie's flags and rotation, logging
 * out (here and everywhere), SvelteKit's CSRF origin check, throttling, the admin-only users page,
 * and axe on the pages (desktop and phone). The accounts are synthetic (admin-account.ts).
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { E2E_ADMIN, E2E_CURATOR, E2E_EDITOR } from './admin-account';
import { guardPage } from './helpers';
import { linkIn, waitForMail } from './mailbox';

test.use({ locale: 'pl-PL' });

type Account = { email: string; password: string };

async function logIn(page: Page, account: Account, path = '/admin/logowanie') {
	await page.goto(path);
	await page.getByLabel('E-mail').fill(account.email);
	await page.getByLabel('Hasło').fill(account.password);
	await page.getByRole('button', { name: 'Zaloguj' }).click();
}

async function sessionCookie(context: BrowserContext) {
	return (await context.cookies()).find((c) => c.name === 'mp_session');
}

/** A fresh context holding only the session token `value`. */
async function contextWithToken(browser: Browser, baseURL: string, value: string) {
	const context = await browser.newContext();
	await context.addCookies([{ name: 'mp_session', value, url: baseURL }]);
	return context;
}

async function expectAtLogin(page: Page) {
	await expect(page).toHaveURL(/\/admin\/logowanie/);
	await expect(page.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeVisible();
}

test('no session: admin pages redirect to the login page and back after it', async ({ page }) => {
	await page.goto('/admin/uzytkownicy');
	await expectAtLogin(page);
	expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/uzytkownicy');
	await page.getByLabel('E-mail').fill(E2E_ADMIN.email);
	await page.getByLabel('Hasło').fill(E2E_ADMIN.password);
	await page.getByRole('button', { name: 'Zaloguj' }).click();
	await expect(page).toHaveURL(/\/admin\/uzytkownicy$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Użytkownicy' })).toBeVisible();
});

test('no session: /admin/praktyki redirects to the login page', async ({ request }) => {
	const answer = await request.get('/admin/praktyki', { maxRedirects: 0 });
	expect(answer.status()).toBe(303);
	expect(answer.headers().location).toMatch(/^\/admin\/logowanie\?next=%2Fadmin%2Fpraktyki/);
});

test('admin answers are private and never stored', async ({ request }) => {
	const answer = await request.get('/admin/logowanie');
	expect(answer.headers()['cache-control']).toBe('private, no-store');
	const redirect = await request.get('/admin', { maxRedirects: 0 });
	expect(redirect.status()).toBe(303);
	expect(redirect.headers()['cache-control']).toBe('private, no-store');
});

test('a wrong password gets a clear message, the e-mail stays typed', async ({ page }) => {
	const { errors } = guardPage(page);
	await logIn(page, { email: E2E_CURATOR.email, password: 'not the password at all' });
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Nieprawidłowy e-mail lub hasło.');
	await expect(page.getByLabel('E-mail')).toHaveValue(E2E_CURATOR.email);
	expect(await sessionCookie(page.context())).toBeUndefined();
	expect(errors).toEqual([]);
});

test('login works without JavaScript; the cookie is HttpOnly, SameSite=Lax, not Secure on http', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await logIn(page, E2E_CURATOR);
	await expect(page).toHaveURL(/\/admin$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Pulpit' })).toBeVisible();
	await expect(page.getByText(E2E_CURATOR.email).first()).toBeVisible();
	const cookie = await sessionCookie(context);
	expect(cookie).toBeDefined();
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
	expect(cookie!.value).toMatch(/^[a-z2-7]{32}$/);
	// Expires with the session (8 hours of idle time), not at the end of the browser session.
	expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(7.9 * 3600_000);
	await context.close();
});

test('every login makes a new session; the one before ends', async ({ page, browser, baseURL }) => {
	await logIn(page, E2E_CURATOR);
	await expect(page).toHaveURL(/\/admin$/);
	const first = (await sessionCookie(page.context()))!.value;
	await logIn(page, E2E_CURATOR);
	await expect(page).toHaveURL(/\/admin$/);
	const second = (await sessionCookie(page.context()))!.value;
	expect(second).not.toBe(first);
	const old = await contextWithToken(browser, baseURL!, first);
	const oldPage = await old.newPage();
	await oldPage.goto('/admin');
	await expectAtLogin(oldPage);
	await old.close();
});

test('logging out ends the session', async ({ page, browser, baseURL }) => {
	await logIn(page, E2E_CURATOR);
	await expect(page).toHaveURL(/\/admin$/);
	const token = (await sessionCookie(page.context()))!.value;
	await page.getByRole('button', { name: 'Wyloguj', exact: true }).click();
	await expectAtLogin(page);
	await expect(page.getByRole('status')).toContainText('Wylogowano.');
	expect(await sessionCookie(page.context())).toBeUndefined();
	const again = await contextWithToken(browser, baseURL!, token);
	const p = await again.newPage();
	await p.goto('/admin');
	await expectAtLogin(p);
	await again.close();
	// A GET of the logout page only shows its button.
	await page.goto('/admin/wyloguj');
	await expect(page.getByText('Nie jesteś zalogowany.')).toBeVisible();
});

test('"Wyloguj wszędzie" ends the sessions on other devices', async ({ page, browser }) => {
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await logIn(otherPage, E2E_EDITOR);
	await expect(otherPage).toHaveURL(/\/admin$/);
	await logIn(page, E2E_EDITOR);
	await expect(page).toHaveURL(/\/admin$/);
	await page.getByRole('button', { name: 'Wyloguj wszędzie' }).click();
	await expectAtLogin(page);
	await expect(page.getByRole('status')).toContainText('Wylogowano ze wszystkich urządzeń.');
	await otherPage.goto('/admin');
	await expectAtLogin(otherPage);
	await other.close();
});

test('a POST with a foreign Origin is refused (CSRF check on)', async ({ request, baseURL }) => {
	const form = { email: E2E_ADMIN.email, password: E2E_ADMIN.password };
	const foreign = await request.post('/admin/logowanie', {
		form,
		headers: { accept: 'text/html', origin: 'https://evil.example' },
		maxRedirects: 0
	});
	expect(foreign.status()).toBe(403);
	expect(foreign.headers()['set-cookie'] ?? '').not.toContain('mp_session=');
	const own = await request.post('/admin/logowanie', {
		form,
		headers: { accept: 'text/html', origin: baseURL! },
		maxRedirects: 0
	});
	expect(own.status()).toBe(303);
});

test('too many failed logins: 429 with when to try again', async ({ request, baseURL, page }) => {
	// An e-mail of its own, so the other tests' accounts are not slowed down.
	const form = { email: 'throttle@e2e.mapa.test', password: 'a wrong password, again' };
	const post = () =>
		request.post('/admin/logowanie', {
			form,
			headers: { accept: 'text/html', origin: baseURL! },
			maxRedirects: 0
		});
	for (let i = 0; i < 5; i++) expect((await post()).status()).toBe(400);
	const blocked = await post();
	expect(blocked.status()).toBe(429);
	expect(await blocked.text()).toMatch(
		/Zbyt wiele nieudanych prób logowania\. Spróbuj ponownie za \d+ s/
	);
	// The same in the browser, in English.
	await page.goto('/admin/logowanie?lang=en');
	await page.getByLabel('E-mail').fill(form.email);
	await page.getByLabel('Password').fill(form.password);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Too many failed login attempts. Try again in'
	);
});

test('an editor gets 403 on the users page and its actions', async ({ page, baseURL }) => {
	await logIn(page, E2E_EDITOR);
	await expect(page).toHaveURL(/\/admin$/);
	await expect(page.getByRole('link', { name: 'Użytkownicy' })).toHaveCount(0);
	await expect(page.getByText('Skawina')).toBeVisible();
	const answer = await page.goto('/admin/uzytkownicy');
	expect(answer!.status()).toBe(403);
	const post = await page.request.post('/admin/uzytkownicy?/add', {
		form: { email: 'new@e2e.mapa.test', role: 'admin', password: 'x'.repeat(20) },
		headers: { accept: 'text/html', origin: baseURL! },
		maxRedirects: 0
	});
	expect(post.status()).toBe(403);
});

test('an admin adds an editor, the one-time password link is mailed, and the link works', async ({
	page,
	browser
}) => {
	await logIn(page, E2E_ADMIN, '/admin/logowanie?next=/admin/uzytkownicy');
	await expect(page).toHaveURL(/\/admin\/uzytkownicy$/);
	const add = page.locator('form', {
		has: page.getByRole('button', { name: 'Dodaj', exact: true })
	});
	await add.getByLabel('E-mail').fill('nowy.redaktor@e2e.mapa.test');
	await add.getByLabel('Rola').selectOption('editor');
	await add.getByLabel('Jednostki (kody TERYT)').fill('9999999');
	await add.getByRole('button', { name: 'Dodaj', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('Nieznany kod TERYT „9999999”');
	await expect(add.getByLabel('E-mail')).toHaveValue('nowy.redaktor@e2e.mapa.test');
	await add.getByLabel('Jednostki (kody TERYT)').fill('1206113');
	await add.getByRole('button', { name: 'Dodaj', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Dodano konto nowy.redaktor@e2e.mapa.test.');
	// The e2e server sends mail over SMTP (tests/e2e-mail-sink.js): the link goes by e-mail.
	await expect(page.getByRole('status')).toContainText(
		'Wysłano link do zmiany hasła na adres nowy.redaktor@e2e.mapa.test.'
	);
	const mail = await waitForMail('nowy.redaktor@e2e.mapa.test', /ustaw hasło/);
	const link = linkIn(mail, /^\/admin\/haslo\/[a-z2-7]{32}$/);
	const other = await browser.newContext();
	const p = await other.newPage();
	await p.goto(link);
	await p.getByLabel('Nowe hasło', { exact: true }).fill('nowe hasło redaktora');
	await p.getByLabel('Powtórz nowe hasło').fill('nowe hasło redaktora');
	await p.getByRole('button', { name: 'Ustaw hasło' }).click();
	await expect(p.getByRole('status')).toContainText('Hasło zostało ustawione.');
	await logIn(p, { email: 'nowy.redaktor@e2e.mapa.test', password: 'nowe hasło redaktora' });
	await expect(p).toHaveURL(/\/admin$/);
	// Used once: the link is no longer valid.
	await p.goto(link);
	await expect(p.getByRole('alert')).toContainText('nieważny');
	await other.close();
});

test('an admin cannot change their own role, units or account state', async ({ page, baseURL }) => {
	await logIn(page, E2E_ADMIN, '/admin/logowanie?next=/admin/uzytkownicy');
	await expect(page).toHaveURL(/\/admin\/uzytkownicy$/);
	const own = page.getByRole('row').filter({ hasText: E2E_ADMIN.email });
	const id = await own.locator('input[name="id"]').first().inputValue();
	const post = (action: string, form: Record<string, string>) =>
		page.request.post(`/admin/uzytkownicy?/${action}`, {
			form: { id, ...form },
			headers: { accept: 'text/html', origin: baseURL! },
			maxRedirects: 0
		});
	expect((await post('update', { role: 'editor', units: '1206113' })).status()).toBe(403);
	expect((await post('disable', {})).status()).toBe(403);
	// Name and organisation are one's own to change.
	expect((await post('update', { name: 'Administratorka testowa' })).status()).toBe(200);
	await page.reload();
	await expect(own).toContainText('Administratorka testowa');
	await expect(own).toContainText('administrator');
});

async function expectNoAxeViolations(page: Page, what: string) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${what} ${v.id}: ${v.help} (${v.nodes[0]?.target})`)
	).toEqual([]);
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`axe: no violations on the login, dashboard and users pages at ${viewport.width}×${viewport.height}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/admin/logowanie');
		await expectNoAxeViolations(page, 'login');
		await page.getByRole('button', { name: 'Zaloguj' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expectNoAxeViolations(page, 'login with errors');
		await logIn(page, E2E_ADMIN);
		await expect(page).toHaveURL(/\/admin$/);
		await expectNoAxeViolations(page, 'dashboard');
		await page.goto('/admin/uzytkownicy');
		await page.locator('summary').first().click();
		await expectNoAxeViolations(page, 'users');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(viewport.width);
	});
}
