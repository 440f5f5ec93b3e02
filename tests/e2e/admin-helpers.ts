/** Signing in to the admin area and checking its pages with axe, for the admin e2e tests. */
import { expect, type Page } from '@playwright/test';
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
