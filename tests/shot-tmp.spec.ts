import { login } from './e2e/admin-helpers';
import { test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
test.use({ baseURL: 'http://127.0.0.1:4399', locale: 'pl-PL' });
test('shots', async ({ page }) => {
	await login(page, { email: 'curator@e2e.mapa.test', password: 'synthetic-curator-password-2026' });
	await page.goto('/admin/zgloszenia');
	await page.screenshot({ path: '/tmp/q1.png', fullPage: true });
	console.log('axe1', (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id + ':' + v.nodes.map(n=>n.target).join('|')));
	await page.goto('/admin/zgloszenia/1');
	await page.getByRole('button', { name: 'Biorę do oceny' }).click();
	await page.getByText('Oceniasz to zgłoszenie').waitFor();
	await page.screenshot({ path: '/tmp/q2.png', fullPage: true });
	console.log('axe2', (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id + ':' + v.nodes.map(n=>n.target).join('|')));
	await page.goto('/admin/zgloszenia/2');
	await page.screenshot({ path: '/tmp/q3.png', fullPage: true });
	console.log('axe3', (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id));
});
