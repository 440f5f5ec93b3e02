/**
 * One language at a time (UI strings, notes, labels, errors in the page's language; record text
 * marked with its own `lang`), the page without JavaScript, and states that say what happened.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { guardPage, waitForMap } from './helpers';

test.use({ locale: 'pl-PL' });

async function noAxeViolations(page: Page, what: string) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${what} ${v.id}: ${v.help} (${v.nodes[0]?.target})`)
	).toEqual([]);
}

/**
 * The text the page declares to be in `lang`: every text node whose nearest `lang` attribute says
 * so (record content marked with its own language is left out), select options of unit names aside.
 */
async function textIn(page: Page, lang: 'pl' | 'en'): Promise<string> {
	return page.evaluate((lang) => {
		const out: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			if (!el || el.closest('script, style, #f-woj, #f-pow, #f-gmi')) continue;
			if (el.closest('[lang]')?.getAttribute('lang') === lang) out.push(n.textContent ?? '');
		}
		return out.join(' ');
	}, lang);
}

const POLISH_UI = [
	'Wyniki',
	'Legenda',
	'Współpraca między JST',
	'WSPÓŁPRACA MIĘDZY JST',
	'Partnerstwa:',
	'Granice:',
	'Pominięto',
	'Wczytywanie',
	'porozumienie',
	'projekt Interreg',
	'członk',
	'Nie znaleziono',
	'Pokaż'
];
const ENGLISH_UI = ['Not Found', 'Not found', 'No practice', 'Ignored', 'unknown', 'Loading'];

const ENGLISH_TITLE = 'Active seniors of the Polish-Czech border areas';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the map says it needs JavaScript and the list rows open the record pages', async ({
		page
	}) => {
		await page.goto('/?woj=12');
		const stage = page.locator('.stage');
		await expect(stage).toContainText('działa tylko z włączonym JavaScriptem');
		await expect(stage).toContainText('Pełna treść jest w wykazie wyników');
		await expect(page.getByText('Wczytywanie mapy…')).toHaveCount(0);
		// Controls that need JavaScript do not pretend to work.
		for (const box of await page.locator('.legend input[type="checkbox"]').all())
			await expect(box).toBeDisabled();
		await expect(page.getByLabel('Tylko to, co widać na mapie')).toBeDisabled();
		await expect(page.getByRole('button', { name: /Pokaż więcej/ })).toHaveCount(0);

		const list = page.getByRole('region', { name: 'Wyniki' });
		expect(await list.getByRole('button').count()).toBe(0);
		const partnership = list.getByRole('link', { name: /Podkrakowski Obszar Funkcjonalny/ });
		await expect(partnership).toHaveAttribute('href', /^\/partnerstwa\/\d+-blisko-krakowa$/);
		await partnership.click();
		await expect(page).toHaveURL(/\/partnerstwa\/\d+-blisko-krakowa$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Blisko Krakowa');

		await page.goto('/?lang=en');
		await expect(page.locator('.stage')).toContainText('work only with JavaScript turned on.');
		const practice = page
			.getByRole('region', { name: 'Results' })
			.getByRole('link', { name: /Blisko Krakowa/ })
			.first();
		await expect(practice).toHaveAttribute('href', /^\/praktyki\/\d+-[a-z0-9-]+\?lang=en$/);
		await practice.click();
		await expect(page).toHaveURL(/\/praktyki\/\d+/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Blisko Krakowa');
	});

	test('the embed says so too, and its rows open the full site in a new tab', async ({ page }) => {
		await page.goto('/embed?zakres=gmi:1206113&lista=1');
		await expect(page.locator('.stage')).toContainText('działa tylko z włączonym JavaScriptem');
		await expect(page.getByText('Wczytywanie mapy…')).toHaveCount(0);
		const row = page
			.locator('.list')
			.getByRole('link', { name: /Podkrakowski Obszar Funkcjonalny/ });
		await expect(row).toHaveAttribute('href', /^http:\/\/[^/]+\/partnerstwa\/\d+-blisko-krakowa$/);
		await expect(row).toHaveAttribute('target', '_blank');
		// Without the list, the note points to the full map.
		await page.goto('/embed?zakres=gmi:1206113&lang=en');
		const note = page.locator('.stage .nojs');
		await expect(note).toContainText('Every practice and partnership is listed on the full map.');
		await expect(note.getByRole('link', { name: 'Open the full map' })).toHaveAttribute(
			'target',
			'_blank'
		);
	});
});

test('no axe-core violations on the pages as they are without JavaScript', async ({ page }) => {
	// axe needs scripts of its own: the pages come without theirs instead (what a browser with
	// JavaScript off renders: the server's HTML, no html.js class, no hydration).
	await page.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.continue();
		const res = await route.fetch();
		const body = (await res.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
		await route.fulfill({ response: res, body });
	});
	for (const path of ['/', '/?lang=en', '/embed?zakres=gmi:1206113&lista=1', '/embed?lang=en']) {
		await page.goto(path);
		await expect(page.locator('.stage .nojs')).toBeVisible();
		await expect(page.getByText(/Wczytywanie mapy|Loading the map/)).toHaveCount(0);
		await noAxeViolations(page, `${path} (no JS)`);
	}
});

test('with JavaScript the no-JS note never shows and rows open the panel', async ({ page }) => {
	await page.goto('/?woj=12');
	await expect(page.locator('.stage .nojs')).toBeHidden();
	await waitForMap(page);
	await expect(page.locator('.stage .nojs')).toHaveCount(0);
	await page
		.getByRole('region', { name: 'Wyniki' })
		.getByRole('link', { name: /Podkrakowski Obszar Funkcjonalny/ })
		.click();
	await expect(page).toHaveURL(/sel=partnerstwo(:|%3A)\d+/);
	await expect(page.getByTestId('side-panel').getByRole('heading', { level: 2 })).toContainText(
		'Blisko Krakowa'
	);
});

test('the English page shows no Polish UI strings, the Polish page no English ones', async ({
	page
}) => {
	const guard = guardPage(page);
	await page.goto('/?lang=en&kat=wspolpraca-miedzy-jst');
	await waitForMap(page);
	// Section and kind labels, in the list, the legend and the filters.
	await expect(page.getByRole('region', { name: 'Results' })).toContainText(
		'Inter-municipal cooperation'
	);
	await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText('Boundaries:');
	await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText('Partnerships:');
	let text = await textIn(page, 'en');
	for (const s of POLISH_UI) expect(text, s).not.toContain(s);

	// A practice in the panel: its section is named in English.
	await page
		.getByRole('region', { name: 'Results' })
		.getByRole('link', { name: /Blisko Krakowa/ })
		.first()
		.click();
	const panel = page.getByTestId('side-panel');
	await expect(panel).toContainText('Practice · Inter-municipal cooperation');
	text = await textIn(page, 'en');
	for (const s of POLISH_UI) expect(text, s).not.toContain(s);

	// Notes about ignored parameters.
	await page.goto('/?woj=99&typ=zzz&lang=en');
	await expect(page.locator('.notes')).toContainText('Ignored "woj"');
	await expect(page.locator('.notes')).toContainText('Ignored "typ"');
	await expect(page.locator('.notes')).not.toContainText('Pominięto');
	await expect(page.locator('.notes')).not.toContainText('województw');

	// And the other way round.
	await page.goto('/?woj=99&typ=zzz');
	await waitForMap(page);
	await expect(page.locator('.notes')).toContainText('Pominięto „woj”');
	await expect(page.locator('.notes')).not.toContainText(' / ');
	await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText('Granice:');
	text = await textIn(page, 'pl');
	for (const s of ENGLISH_UI) expect(text, s).not.toContain(s);
	expect(guard.errors).toEqual([]);
});

test('404 pages speak the page language', async ({ page }) => {
	for (const [path, want, not] of [
		['/nie-ma-takiej-strony', ['Nie znaleziono', 'Pod tym adresem nie ma strony'], ['Not Found']],
		['/nie-ma-takiej-strony?lang=en', ['Not found', 'There is no page'], ['Nie znaleziono']],
		['/praktyki/99999', ['Nie znaleziono praktyki 99999'], ['No practice', 'Not Found']],
		['/partnerstwa/99999', ['Nie znaleziono partnerstwa 99999'], ['No partnership']],
		['/partnerstwa/99999?lang=en', ['No partnership 99999 was found'], ['Nie ', 'Nie znaleziono']]
	] as const) {
		const res = await page.goto(path);
		expect(res?.status(), path).toBe(404);
		const main = page.locator('main');
		for (const s of want) await expect(main, path).toContainText(s);
		for (const s of not) await expect(main, path).not.toContainText(s);
	}
	await noAxeViolations(page, '404 (en)');
});

test('record text carries its own language: English titles are lang="en"', async ({ page }) => {
	await page.goto('/?typ=interreg_project');
	await waitForMap(page);
	const list = page.getByRole('region', { name: 'Wyniki' });
	const row = list.getByRole('link', { name: ENGLISH_TITLE });
	await expect(row.locator('.name')).toHaveAttribute('lang', 'en');
	await expect(
		list.getByRole('link', { name: /Aktywne i zdrowe transgraniczne/ }).locator('.name')
	).toHaveAttribute('lang', 'pl');
	await row.click();
	const title = page.getByTestId('side-panel').getByRole('heading', { level: 2 });
	await expect(title).toHaveText(ENGLISH_TITLE);
	await expect(title).toHaveAttribute('lang', 'en');
	// The description is ours, in Polish.
	await expect(page.getByTestId('side-panel').locator('.rich')).toHaveAttribute('lang', 'pl');
	await noAxeViolations(page, 'panel of an English title');

	// The record page, and the suggestions.
	await page.goto('/?lang=en');
	await waitForMap(page);
	await page.locator('#q').fill('active seniors');
	const option = page.getByRole('option', { name: new RegExp(ENGLISH_TITLE) });
	await expect(option.locator('.label')).toHaveAttribute('lang', 'en');
	await expect(option).toContainText('partnership');
	const res = await page.request.get('/api/v1/partnerships?q=active%20seniors');
	const body = await res.json();
	expect(body.partnerships[0]).toMatchObject({ name: ENGLISH_TITLE, nameLang: 'en' });
	await page.goto(`/partnerstwa/${body.partnerships[0].id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
});

test('a text search that finds nothing says so, in the page language', async ({ page }) => {
	await page.goto('/?q=zzqxw');
	await waitForMap(page);
	const list = page.getByRole('region', { name: 'Wyniki' });
	await expect(list.getByText('Nic nie pasuje do „zzqxw”')).toHaveCount(2);
	await expect(list).not.toContainText('Brak praktyk w tym obszarze');
	await noAxeViolations(page, 'empty search');
	await page.goto('/?q=zzqxw&lang=en');
	await expect(
		page.getByRole('region', { name: 'Results' }).getByText('Nothing matches “zzqxw”')
	).toHaveCount(2);
	// Without a text query the old wording stays: nothing lies in the region.
	await page.goto('/?gmi=1206113&typ=city_network');
	await expect(page.getByRole('region', { name: 'Wyniki' })).toContainText(
		'Brak partnerstw w tym obszarze'
	);
});

test('an unknown record in the panel is named with the right noun', async ({ page }) => {
	await page.goto('/?sel=praktyka:99999');
	await waitForMap(page);
	const panel = page.getByTestId('side-panel');
	await expect(panel.getByRole('alert')).toHaveText('Nie znaleziono praktyki 99999');
	await expect(panel).not.toContainText('jednostki');
	await noAxeViolations(page, 'unknown practice');
	await page.goto('/?sel=partnerstwo:99999');
	await expect(page.getByTestId('side-panel').getByRole('alert')).toHaveText(
		'Nie znaleziono partnerstwa 99999'
	);
	await page.goto('/?sel=partnerstwo:99999&lang=en');
	await expect(page.getByTestId('side-panel').getByRole('alert')).toHaveText(
		'Partnership 99999 was not found'
	);
});
