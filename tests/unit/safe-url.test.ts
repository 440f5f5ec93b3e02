import { describe, expect, it } from 'vitest';
import { safeHref, urlProblem } from '../../src/lib/safe-url';

describe('safeHref: only http, https and mailto are links', () => {
	it('keeps and normalises real links', () => {
		expect(safeHref('https://www.gminaskawina.pl/a?b=1&c=2')).toBe(
			'https://www.gminaskawina.pl/a?b=1&c=2'
		);
		expect(safeHref('  HTTP://X.PL  ')).toBe('http://x.pl/');
		expect(safeHref('mailto:sekretariat@example.pl')).toBe('mailto:sekretariat@example.pl');
		expect(safeHref('http://gmina-świątniki.pl/a b')).toBe(
			'http://xn--gmina-witniki-psb10k.pl/a%20b'
		);
	});

	it('makes a bare domain an https link, as the record views show it', () => {
		expect(safeHref('www.razembliskokrakowa.pl')).toBe('https://www.razembliskokrakowa.pl/');
		expect(safeHref('gminaskawina.pl/kontakt')).toBe('https://gminaskawina.pl/kontakt');
		expect(safeHref('www.x.pl:8080/x')).toBe('https://www.x.pl:8080/x');
	});

	const XSS = [
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		' javascript:alert(1)',
		'\u0001javascript:alert(1)',
		'java\tscript:alert(1)',
		'java\nscript:alert(1)',
		'java&#x09;script:alert(1)',
		'java&#9;script:alert(1)',
		'&#106;avascript:alert(1)',
		'javascript&colon;alert(1)',
		'\u200bjavascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'DATA:text/html;base64,PHNjcmlwdD4=',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'//evil.example/x',
		'\\\\evil.example/x',
		'/\\evil.example',
		'%6aavascript:alert(1)',
		'http://javascript:alert(1)',
		'https://',
		'mailto:',
		'x:y',
		'',
		'   ',
		`https://x.pl/${'a'.repeat(3000)}`
	];
	it.each(XSS)('refuses %j', (url) => {
		expect(safeHref(url)).toBeNull();
		expect(urlProblem(url)).not.toBeNull();
	});

	it('resolves relative links only against an http(s) base', () => {
		expect(safeHref('pliki/596/strategia.pdf')).toBeNull();
		expect(urlProblem('pliki/596/strategia.pdf')).toBe('relative');
		expect(urlProblem('index.php?p1=6&p2=20&art=596&s=2')).toBe('relative');
		expect(safeHref('pliki/a.pdf', 'https://bdp.example/index.php?art=1')).toBe(
			'https://bdp.example/pliki/a.pdf'
		);
		expect(safeHref('//cdn.example/a.pdf', 'https://bdp.example/')).toBe(
			'https://cdn.example/a.pdf'
		);
		expect(safeHref('javascript:alert(1)', 'https://bdp.example/')).toBeNull();
		expect(safeHref('pliki/a.pdf', 'javascript:alert(1)')).toBeNull();
	});
});
