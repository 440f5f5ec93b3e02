/**
 * The rich-text editor and the attachments field in a real Chromium (tests/unit/svelte-bundle.ts),
 * driven by the keyboard, checked with axe; and their server rendering, which is what a browser
 * without JavaScript gets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { render } from 'svelte/server';
import { chromiumLaunchOptions } from '../chromium';
import { mountInPage } from './svelte-bundle';
import RichText from '../../src/lib/admin/RichText.svelte';
import AttachmentsField from '../../src/lib/admin/AttachmentsField.svelte';

let browser: Browser;
let page: Page;
const errors: string[] = [];
const SHA = 'a'.repeat(64);

beforeAll(async () => {
	browser = await chromium.launch(chromiumLaunchOptions());
}, 60_000);
afterAll(async () => {
	await browser?.close();
});

async function open(component: string, props: object) {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	page = await context.newPage();
	page.on('pageerror', (e) => errors.push(e.message));
	await mountInPage(page, component, props);
}

/** Playwright's locator assertions are its test runner's; here plain polls do the same. */
const isFocused = (l: Locator) =>
	expect.poll(() => l.evaluate((el) => el === document.activeElement)).toBe(true);
const attr = (l: Locator, name: string) => l.getAttribute(name);

const posted = () =>
	page.evaluate(() =>
		new FormData(document.getElementById('host') as HTMLFormElement).getAll('presentation')
	);

describe('RichText', () => {
	it('without JavaScript: a labelled textarea with the HTML', () => {
		const { body } = render(RichText, {
			props: {
				name: 'presentation',
				value: '<p>Ala</p>',
				label: 'Pełna prezentacja',
				lang: 'pl',
				maxlength: 300
			}
		});
		expect(body).toMatch(/<label for="([^"]+)-text">Pełna prezentacja<\/label>/);
		expect(body).toMatch(
			/<textarea id="[^"]+-text" name="presentation" maxlength="300"[^>]*>&lt;p>Ala&lt;\/p><\/textarea>/
		);
	});

	it('with JavaScript: toolbar, shortcuts, roving focus, aria-pressed, the form field in sync', async () => {
		await open('src/lib/admin/RichText.svelte', {
			name: 'presentation',
			value: '<p>Start</p>',
			label: 'Pełna prezentacja',
			lang: 'pl',
			maxlength: 1000
		});
		const editor = page.getByRole('textbox', { name: 'Pełna prezentacja' });
		await expect.poll(() => editor.innerHTML()).toBe('<p>Start</p>');
		expect(await posted()).toEqual(['<p>Start</p>']);
		await editor.click();
		await page.keyboard.press('End');
		await page.keyboard.press('Control+b');
		await page.keyboard.type('gruby');
		const bold = page.getByRole('button', { name: 'Pogrubienie (Ctrl+B)' });
		await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true');
		await page.keyboard.press('Control+b');
		await page.keyboard.press('Enter');
		await page.keyboard.type('Drugi');
		await expect.poll(posted).toEqual(['<p>Start<strong>gruby</strong></p><p>Drugi</p>']);

		// The toolbar is one tab stop; arrows move along it, End to the last.
		await page.keyboard.press('Shift+Tab');
		await isFocused(bold);
		await page.keyboard.press('ArrowRight');
		await isFocused(page.getByRole('button', { name: 'Kursywa (Ctrl+I)' }));
		await page.keyboard.press('ArrowRight');
		const heading = page.getByRole('button', { name: 'Śródtytuł' });
		await isFocused(heading);
		await page.keyboard.press('Enter');
		await expect.poll(posted).toEqual(['<p>Start<strong>gruby</strong></p><h3>Drugi</h3>']);
		await expect.poll(() => heading.getAttribute('aria-pressed')).toBe('true');
		await page.keyboard.press('End');
		await isFocused(page.getByRole('button', { name: 'Ponów (Ctrl+Y)' }));
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('Enter'); // undo
		await expect.poll(posted).toEqual(['<p>Start<strong>gruby</strong></p><p>Drugi</p>']);
		expect(await page.locator('.toolbar button[tabindex="0"]').count()).toBe(1);
		expect(errors).toEqual([]);
	});

	it('a link: only http(s) and mailto, the refusal said and linked', async () => {
		const editor = page.getByRole('textbox', { name: 'Pełna prezentacja' });
		await editor.click();
		await page.keyboard.press('Control+End');
		await page.keyboard.press('Shift+Home');
		await page.getByRole('button', { name: 'Link' }).click();
		const url = page.getByLabel('Adres linku (http://, https:// lub mailto:)');
		await url.fill('javascript:alert(1)');
		await url.press('Enter');
		const alert = page.getByRole('alert');
		expect(await alert.textContent()).toBe(
			'Dozwolone są tylko adresy http://, https:// i mailto:.'
		);
		expect(await attr(url, 'aria-invalid')).toBe('true');
		expect(await attr(url, 'aria-describedby')).toBe(await attr(alert, 'id'));
		await url.fill('https://gmina.example/plan');
		await url.press('Enter');
		await expect
			.poll(posted)
			.toEqual([
				'<p>Start<strong>gruby</strong></p><p><a href="https://gmina.example/plan">Drugi</a></p>'
			]);
	});

	it('pasted HTML is cleaned before it enters the text', async () => {
		const editor = page.getByRole('textbox', { name: 'Pełna prezentacja' });
		await editor.click();
		await page.keyboard.press('Control+End');
		await page.evaluate(() => {
			const data = new DataTransfer();
			data.setData(
				'text/html',
				'<p style="color:red" onclick="alert(1)">wklejone<img src=x onerror=alert(2)><script>alert(3)</script></p>'
			);
			document
				.querySelector('[role=textbox]')!
				.dispatchEvent(
					new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
				);
		});
		const html = (await posted())[0] as string;
		expect(html).toContain('wklejone');
		expect(html).not.toMatch(/style|onclick|img|script|onerror/);
	});

	it('has no axe violations, on a phone', async () => {
		const result = await new AxeBuilder({ page }).exclude('title').analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
});

describe('AttachmentsField', () => {
	const attachments = [
		{
			fileName: 'Plan łódzki.pdf',
			title: 'Plan',
			fileType: 'application/pdf',
			sizeBytes: 123_456,
			url: null,
			fileSha256: SHA
		}
	];

	it('lists kept files with links, titles and remove boxes, and a file input; axe clean', async () => {
		await open('src/lib/admin/AttachmentsField.svelte', {
			attachments,
			lang: 'pl',
			errors: ['Plik „x.pdf”: jest pusty']
		});
		const link = page.getByRole('link', { name: 'Plan łódzki.pdf' });
		expect(await attr(link, 'href')).toBe(`/pliki/${SHA}/Plan%20%C5%82%C3%B3dzki.pdf`);
		expect(await page.getByText('PDF, 121 KB').isVisible()).toBe(true);
		expect(await page.getByLabel('Tytuł pliku „Plan łódzki.pdf”').inputValue()).toBe('Plan');
		const upload = page.getByLabel('Dodaj pliki');
		expect(await attr(upload, 'multiple')).toBe('');
		const described = await upload.evaluate((el) =>
			(el.getAttribute('aria-describedby') ?? '')
				.split(' ')
				.map((id) => document.getElementById(id)?.textContent)
				.join(' | ')
		);
		expect(described).toMatch(
			/każdy plik do 20 MB, najwyżej 200 załączników.*Plik „x\.pdf”: jest pusty/
		);
		await page.getByLabel('Usuń „Plan łódzki.pdf”').check();
		const form = await page.evaluate(() =>
			[...new FormData(document.getElementById('host') as HTMLFormElement)].map(([k, v]) => [
				k,
				typeof v === 'string' ? v : 'file'
			])
		);
		expect(form).toEqual([
			['attachments.sha256', SHA],
			['attachments.fileName', 'Plan łódzki.pdf'],
			['attachments.title', 'Plan'],
			['attachments.remove', SHA],
			['attachments.upload', 'file']
		]);
		const result = await new AxeBuilder({ page }).analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('renders on the server in English', () => {
		const { body } = render(AttachmentsField, { props: { attachments: [], lang: 'en' } });
		expect(body).toContain('No attachments.');
		expect(body).toMatch(/name="attachments.upload" multiple="" accept="\.pdf,application\/pdf,/);
	});
});
