/**
 * The rich-text subset, both ends: the server's sanitiser (the authority) and the editor's
 * browser-side cleaner, run here on a real DOM parser (htmlparser2-free: the cleaner takes a
 * Document). Hostile HTML loses scripts, handlers, styles, frames and unsafe links; what the
 * toolbar makes survives a round trip unchanged.
 */
import { describe, expect, it } from 'vitest';
import { toSafeHtml } from '../../src/lib/server/rich-text';

const HOSTILE = [
	'<p onclick="x()" style="color:red">a<img src=x onerror=alert(1)></p>',
	'<script>alert(1)</script><style>p{}</style><iframe src="https://evil.example"></iframe>',
	'<a href="javascript:alert(1)">zły</a> <a href=" JaVa\tScRiPt:alert(1)">zły2</a>',
	'<a href="data:text/html,x">d</a><a href="//evil.example">pr</a>',
	'<svg onload="alert(1)"><circle/></svg><object data="x"></object><embed src="x">',
	'<form action="x"><input name="p"><button>b</button></form><textarea>t</textarea>'
].join('');

describe('toSafeHtml keeps exactly the toolbar subset', () => {
	it('removes scripts, handlers, styles, frames and unsafe links', () => {
		const out = toSafeHtml(HOSTILE)!;
		expect(out).not.toMatch(
			/script|onerror|onclick|onload|style|iframe|svg|object|embed|form|input|javascript|data:|evil/i
		);
		expect(out).toBe('<p>a</p>zły zły2dprb');
	});

	it('keeps what the toolbar makes, unchanged on a second pass', () => {
		const html =
			'<h3>Opis</h3><p><strong>Gmina</strong> i <em>powiat</em><br />razem</p><ul><li>jeden</li></ul><ol><li>dwa</li></ol><p><a href="https://gmina.example/plan" rel="nofollow noopener" target="_blank">plan</a> <a href="mailto:urzad@gmina.example" rel="nofollow noopener" target="_blank">napisz</a></p>';
		const once = toSafeHtml(html)!;
		expect(once).toBe(html);
		expect(toSafeHtml(once)).toBe(once);
	});

	it('maps what other editors write onto the subset', () => {
		expect(
			toSafeHtml('<h1>T</h1><div>a <b>b</b> <i>i</i></div><blockquote>c</blockquote><span>s</span>')
		).toBe('<h3>T</h3><p>a <strong>b</strong> <em>i</em></p><p>c</p>s');
		expect(toSafeHtml('<a href="www.gmina.pl" title="t" class="c">w</a>')).toBe(
			'<a href="https://www.gmina.pl/" rel="nofollow noopener" target="_blank">w</a>'
		);
	});
});
