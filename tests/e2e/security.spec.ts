/** What every answer promises about scripts, framing, features, and machine-readable errors. */
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/embed', '/praktyki/1', '/osadz', '/?woj=12&lang=en'];

test('pages carry a CSP that admits only the scripts SvelteKit emitted', async ({ request }) => {
	for (const path of PAGES) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		const csp = res.headers()['content-security-policy'] ?? '';
		const script = /(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1] ?? '';
		expect(script, path).toMatch(/'self'/);
		expect(script, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
		expect(script, path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
		expect(csp, path).toMatch(/object-src 'none'/);
		expect(csp, path).toMatch(/base-uri 'self'/);
		expect(csp, path).toMatch(/form-action 'self'/);
		// Every inline script of the page carries this response's nonce.
		const nonce = /'nonce-([^']+)'/.exec(script)![1];
		const html = await res.text();
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
		expect(inline.length, path).toBeGreaterThan(0);
		for (const attrs of inline) expect(attrs, path).toContain(`nonce="${nonce}"`);
		expect(res.headers()['permissions-policy'], path).toContain('camera=()');
		expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
		// Only the embed may be framed elsewhere.
		if (path === '/embed') expect(csp).not.toContain('frame-ancestors');
		else expect(csp, path).toContain("frame-ancestors 'self'");
	}
	// Over plain http no HSTS (browsers ignore it there); see README for HSTS_MAX_AGE.
	expect((await request.get('/')).headers()['strict-transport-security']).toBeUndefined();
});

test('a javascript: link that reached a page cannot run', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/.test(m.text())) violations.push(m.text());
	});
	await page.goto('/praktyki/1');
	await page.evaluate(() => {
		(window as unknown as { __ran: number }).__ran = 0;
		const a = document.createElement('a');
		a.href = 'javascript:window.__ran=1';
		a.textContent = 'Strategia.pdf';
		document.body.append(a);
		a.click();
		const s = document.createElement('script');
		s.textContent = 'window.__ran = 2';
		document.body.append(s);
	});
	// The browser reports both refusals; then nothing has run.
	await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
	expect(await page.evaluate(() => (window as unknown as { __ran: number }).__ran)).toBe(0);
});

test('every answer under /api/ and /ogc/ is JSON, errors included', async ({ request }) => {
	const cases: [string, string, number][] = [
		['GET', '/api/v1/units/%ff', 400],
		['GET', '/api/v1/nie-ma-takiego', 404],
		['GET', '/api/nope', 404],
		['GET', '/ogc/nope', 404],
		['GET', '/api/v1/practices/abc', 400],
		['POST', '/api/v1/practices', 405],
		['DELETE', '/api/v1/units/12', 405]
	];
	for (const [method, path, status] of cases) {
		const res = await request.fetch(path, { method, failOnStatusCode: false });
		expect(res.status(), `${method} ${path}`).toBe(status);
		expect(res.headers()['content-type'], `${method} ${path}`).toMatch(/^application\/json/);
		const body = await res.json();
		expect(body.error.status).toBe(status);
		expect(body.error.message.length).toBeGreaterThan(5);
		if (status === 405) expect(res.headers()['allow'], path).toContain('GET');
	}
});

/** Links that run script in a browser when clicked, as stored by an importer without the rule. */
const XSS_LINKS = [
	'javascript:window.__ran=1',
	'JaVaScRiPt:window.__ran=2',
	' javascript:window.__ran=3',
	'java\tscript:window.__ran=4',
	'java\nscript:window.__ran=5',
	'javascript&colon;window.__ran=6',
	'&#106;avascript:window.__ran=7',
	'data:text/html,<script>parent.__ran=8</script>',
	'DATA:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19yYW49OTwvc2NyaXB0Pg==',
	'vbscript:msgbox(10)',
	'\u0001javascript:window.__ran=11',
	'javascript://%0Awindow.__ran=12'
];

test('links stored before the URL rule never run: the XSS corpus on page, panel and embed', async ({
	page
}) => {
	const { default: Database } = await import('better-sqlite3');
	// The running server's own database, written by this process as another writer would.
	const db = new Database(process.env.E2E_DB ?? 'var/e2e.db');
	const id = (db.prepare('SELECT min(id) AS id FROM practices').get() as { id: number }).id;
	const add = db.prepare(
		`INSERT INTO attachments (practice_id, position, file_name, title, url) VALUES (?, ?, ?, ?, ?)`
	);
	const ids = XSS_LINKS.map(
		(url, i) =>
			add.run(id, 100 + i, `Strategia-${i}.pdf`, `Strategia ${i} (test)`, url).lastInsertRowid
	);
	let tried = 0;
	try {
		for (const path of [`/praktyki/${id}`, `/?sel=praktyka:${id}`, `/embed?sel=praktyka:${id}`]) {
			await page.goto(path);
			await expect(page.getByText('Strategia 11 (test)').first(), path).toBeVisible();
			await page.evaluate(() => ((window as unknown as { __ran: number }).__ran = 0));
			for (let i = 0; i < XSS_LINKS.length; i++) {
				const item = page.getByText(`Strategia ${i} (test)`).first();
				await item.click({ force: true });
				tried++;
			}
			expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count(), path).toBe(
				0
			);
			expect(await page.content(), path).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
			expect(
				await page.evaluate(() => (window as unknown as { __ran?: number }).__ran ?? 0),
				path
			).toBe(0);
		}
		expect(tried).toBe(XSS_LINKS.length * 3);
	} finally {
		const del = db.prepare('DELETE FROM attachments WHERE id = ?');
		for (const rowid of ids) del.run(rowid);
		db.close();
	}
});
