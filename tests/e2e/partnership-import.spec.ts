/**
 * The partnership table import in the built app: a curator uploads a CSV, the preview lists an
 * ambiguous member with its candidates and offers no import; a fixed file previews what will be
 * created, imports, and the new partnership is on its public page. An editor gets 403 on the
 * page and its actions. The partnership's name is SYNTHETIC TEST DATA; its members are real
 * gminy of powiat sejneński, which no map test counts.
 */
import { expect, test, type Page } from '@playwright/test';
import { axe, login } from './admin-helpers';
import { E2E_CURATOR, E2E_EDITOR } from './admin-account';

test.use({ locale: 'pl-PL' });

const HEADER = 'partnership;kind;member;role;joined;left;source_url';

async function preview(page: Page, name: string, lines: string[]) {
	await page.getByLabel('Plik (CSV lub XLSX)').setInputFiles({
		name: 'czlonkowie.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8')
	});
	await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
	await expect(page.getByRole('heading', { name: 'czlonkowie.csv' })).toBeVisible();
}

test('a curator previews a table, fixes an ambiguous name, imports it, and it is public', async ({
	page
}) => {
	await login(page, E2E_CURATOR);
	await page.goto('/admin/partnerstwa');
	await page.getByRole('link', { name: 'Import z pliku CSV lub XLSX' }).click();
	await expect(page).toHaveURL(/\/admin\/partnerstwa\/import$/);
	await axe(page, 'import page');

	const name = `Partnerstwo importu e2e ${Date.now()} (dane testowe)`;
	await preview(page, name, [
		`${name};agreement;2009032;leader;2015;;https://example.org/lista`,
		`${name};;Sejny;;;;`,
		`${name};;Puńsk;;17.06.2016;;`
	]);
	await expect(page.getByRole('status')).toContainText('niejednoznaczne 1');
	await expect(page.getByRole('status')).toContainText('Nic nie zapisano');
	const ambiguous = page.getByRole('table', { name: 'Niejednoznaczni członkowie' });
	const row = ambiguous.getByRole('row').filter({ hasText: 'Sejny' });
	await expect(row.getByRole('cell').first()).toHaveText('3');
	await expect(row).toContainText('2009011 Sejny, powiat sejneński, podlaskie');
	await expect(row).toContainText('2009052 Sejny, powiat sejneński, podlaskie');
	await expect(page.getByRole('button', { name: 'Importuj' })).toHaveCount(0);
	await axe(page, 'import preview with an ambiguous row');

	await preview(page, name, [
		`${name};agreement;2009032;leader;2015;;https://example.org/lista`,
		`${name};;gmina Sejny;;;;`,
		`${name};;Puńsk;;17.06.2016;;`
	]);
	const plan = page.getByRole('table', { name: 'Co się stanie' });
	await expect(plan.getByRole('row').filter({ hasText: name })).toContainText('zostanie utworzone');
	await axe(page, 'clean import preview');
	await page.getByRole('button', { name: 'Importuj' }).click();
	await expect(page.getByRole('status')).toContainText('Zaimportowano');
	await page.getByRole('link', { name: 'strona publiczna' }).click();
	await expect(page).toHaveURL(/\/partnerstwa\/\d+/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.getByText('Krasnopol').first()).toBeVisible();
	await expect(page.getByText('Puńsk').first()).toBeVisible();
});

test('an editor gets 403 on the import page and its actions', async ({ page, baseURL }) => {
	await login(page, E2E_EDITOR);
	const answer = await page.goto('/admin/partnerstwa/import');
	expect(answer!.status()).toBe(403);
	for (const action of ['preview', 'import']) {
		const post = await page.request.post(`/admin/partnerstwa/import?/${action}`, {
			multipart: {
				file: {
					name: 'a.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from(`${HEADER}\nX (dane testowe);agreement;1206113;;;;\n`)
				}
			},
			headers: { accept: 'text/html', origin: baseURL! },
			maxRedirects: 0
		});
		expect(post.status(), action).toBe(403);
	}
	await page.goto('/admin/partnerstwa');
	await expect(page.getByRole('link', { name: 'Import z pliku CSV lub XLSX' })).toHaveCount(0);
});
