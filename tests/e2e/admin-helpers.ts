/** Signing in to the admin area and checking its pages with axe, for the admin e2e tests. */
import { expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Signs in through the login form (works with JavaScript on or off). */
export async function login(page: Page, account: { email: string; password: string }) {
	await page.goto('/admin/logowanie');
	await page.locator('input[name="email"]').fill(account.email);
	await page.locator('input[name="password"]').fill(account.password);
	await Promise.all([
		page.waitForURL((u) => !u.pathname.startsWith('/admin/logowanie')),
		page.locator('form:has(input[name="password"]) button[type="submit"]').click()
	]);
}

/** No axe-core violations on the page as it is now. */
export async function axe(page: Page, what: string) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${what} ${v.id}: ${v.help} (${v.nodes[0]?.target})`)
	).toEqual([]);
}

/**
 * A new Polish context whose requests come from `address` (x-forwarded-for, as behind the proxy):
 * a test that uses a rate limit speaks from an address of its own.
 */
export async function contextAt(browser: Browser, address: string, javaScriptEnabled = true) {
	const ctx = await browser.newContext({
		locale: 'pl-PL',
		javaScriptEnabled,
		extraHTTPHeaders: { 'x-forwarded-for': address }
	});
	return { ctx, page: await ctx.newPage() };
}

/**
 * A curator (signed in on `page`) publishes a new practice of the test: by default in gmina Sejny
 * (powiat sejneński, which no map test counts). Returns its id; the page stays on its edit page.
 */
export async function publishTestPractice(page: Page, title: string, unit = '2009042') {
	await page.goto('/admin/praktyki/nowa');
	await page.getByLabel('Tytuł', { exact: false }).first().fill(title);
	await page.locator('select[name="section"]').selectOption('wspolpraca-miedzy-jst');
	await page.locator('textarea[name="summary"]').fill('Skrót testowy (dane syntetyczne).');
	await page.locator('input[name="unit"]').fill(unit);
	await Promise.all([
		page.waitForURL(/\/admin\/praktyki\/\d+$/),
		page.getByRole('button', { name: 'Zapisz szkic' }).click()
	]);
	const id = Number(new URL(page.url()).pathname.split('/').pop());
	await page.getByRole('button', { name: 'Zapisz i opublikuj' }).click();
	await expect(page.getByRole('status')).toContainText('Opublikowano');
	return id;
}

/**
 * A reviewer (signed in on `page`) takes submission `id` for review and waits for the page to say
 * so: forms filled before that answer arrives would be reset by it.
 */
export async function takeForReview(page: Page, id: number) {
	await page.goto(`/admin/zgloszenia/${id}`);
	await page.getByRole('button', { name: 'Biorę do oceny' }).click();
	await expect(page.getByRole('status')).toContainText('Zgłoszenie jest Twoje do oceny.');
}
