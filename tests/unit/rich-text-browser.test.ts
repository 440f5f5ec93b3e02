/**
 * The editor's paste cleaning (src/lib/admin/rich-text-clean.ts) in a real Chromium, the browser
 * it runs in: hostile HTML loses scripts, handlers, styles, frames and unsafe links without
 * anything running; the result is what the server's sanitiser keeps (it only adds rel and
 * target to links), so browser and server agree on the subset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumLaunchOptions } from '../chromium';
import { toSafeHtml } from '../../src/lib/server/rich-text';

let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
	const bundle = await build({
		entryPoints: ['src/lib/admin/rich-text-clean.ts'],
		bundle: true,
		write: false,
		format: 'iife',
		globalName: 'richText'
	});
	browser = await chromium.launch(chromiumLaunchOptions());
	page = await browser.newPage();
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.setContent('<!doctype html><html lang="pl"><body></body></html>');
	await page.addScriptTag({ content: bundle.outputFiles[0].text });
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

const clean = (html: string) =>
	page.evaluate(
		(h) =>
			(
				window as unknown as { richText: { cleanRichHtml(h: string): string } }
			).richText.cleanRichHtml(h),
		html
	);

describe('cleanRichHtml in Chromium', () => {
	it('drops what is hostile and runs nothing', async () => {
		const out = await clean(
			'<p onclick="alert(1)" style="color:red" class="x">a<img src=x onerror="alert(2)"></p>' +
				'<script>alert(3)</script><style>p{}</style><iframe src="https://evil.example"></iframe>' +
				'<a href="javascript:alert(4)">j</a><a href="data:text/html,x">d</a>' +
				'<svg onload="alert(5)"></svg><math><mi>x</mi></math><object data="x"></object>'
		);
		expect(out).toBe('<p>a</p>jd');
		await page.waitForTimeout(100);
		expect(dialogs).toEqual([]);
	});

	it('maps Word and Google Docs markup onto the subset', async () => {
		const out = await clean(
			'<meta charset="utf-8"><b style="font-weight:normal" id="docs-internal-guid-x"><h1>Tytuł</h1>' +
				'<div><span style="font-weight:700">Gruby</span> i <i>pochyły</i></div></b>' +
				'<ul><li><p>jeden</p></li></ul><!-- komentarz --><o:p></o:p><a href="www.gmina.pl">www</a>'
		);
		expect(out).toBe(
			'<h3>Tytuł</h3><p><strong>Gruby</strong> i <em>pochyły</em></p><ul><li><p>jeden</p></li></ul><a href="https://www.gmina.pl/">www</a>'
		);
	});

	it('what the toolbar makes passes the server unchanged but for rel and target on links', async () => {
		const html =
			'<h3>Opis</h3><p><strong>Gmina</strong> i <em>powiat</em><br>razem</p><ul><li>jeden</li></ul><ol><li>dwa</li></ol><p><a href="mailto:urzad@gmina.example">napisz</a></p>';
		const browserSide = await clean(html);
		expect(browserSide).toBe(html);
		expect(toSafeHtml(browserSide)).toBe(
			html
				.replace('<br>', '<br />')
				.replace('">napisz', '" rel="nofollow noopener" target="_blank">napisz')
		);
	});
});
