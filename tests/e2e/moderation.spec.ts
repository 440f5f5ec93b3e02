/**
 * The public side's guards and the curators' care, end to end in the built app and real
 * Chromium: the honeypot, the minimum fill time, the per-address limit (429), hostile, huge,
 * mistyped and forged input on /zglos (clear messages, nothing stored); a partnership sent without
 * JavaScript; a returned submission edited through the sender's private link; "Zgłoś problem"
 * reaching the queue with its count, three reports from one address hiding nothing, a record hidden
 * and shown again by a curator; a stale record flagged and confirmed; axe on the new pages. Every
 * sender, text and account is test-only synthetic data; each rate-limited test speaks from an
 * address of its own (TEST-NET, RFC 5737).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { axe, contextAt, login, publishTestPractice, takeForReview } from './admin-helpers';
import { E2E_CURATOR, E2E_EDITOR } from './admin-account';
import { linkIn, waitForMail } from './mailbox';

test.use({ locale: 'pl-PL' });

const RUN = Date.now();
const SKAWINA_STALE_TITLE = /Podkrakowski obszar funkcjonalny Blisko Krakowa/;

async function curator(browser: Browser) {
	const { ctx, page } = await contextAt(browser, '203.0.113.40');
	await login(page, E2E_CURATOR);
	return { ctx, page };
}

/** The form's hidden fields as a multipart body (what a bot that read the page would post). */
async function formFields(page: Page, path = '/zglos?typ=praktyka') {
	await page.goto(path);
	const hidden = await page
		.locator('form.submission input[type="hidden"]')
		.evaluateAll((els) =>
			els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])
		);
	return Object.fromEntries(hidden) as Record<string, string>;
}

const validPractice = (email: string) => ({
	title: `Praktyka testowa strażnika ${RUN}`,
	section: 'wspolpraca-miedzy-jst',
	summary: 'Skrót testowy (dane syntetyczne).',
	unit: '2009032',
	sender_name: 'Osoba Testowa',
	sender_email: email,
	consent: 'on'
});

async function post(page: Page, fields: Record<string, string>) {
	return page.request.post('/zglos?/send', {
		multipart: fields,
		// text/html: the page as a browser without JavaScript gets it (not SvelteKit's JSON answer).
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
}

const submissionCount = async (page: Page, email: string) => {
	const { ctx, page: c } = await curator(page.context().browser()!);
	await c.goto('/admin/zgloszenia?status=all');
	const n = await c.getByText(email).count();
	await ctx.close();
	return n;
};

test('the form is accessible, and a filled honeypot or a too-fast send stores nothing', async ({
	browser
}) => {
	const { ctx, page } = await contextAt(browser, '198.51.100.1');
	await page.goto('/zglos?typ=praktyka');
	await axe(page, '/zglos');
	await page.goto('/zglos?typ=partnerstwo');
	await axe(page, '/zglos partnership');

	const hidden = await formFields(page);
	// Too fast: sent at once after the page was shown.
	const fast = await post(page, { ...hidden, ...validPractice(`szybki-${RUN}@e2e.mapa.test`) });
	expect(fast.status()).toBe(400);
	expect(await fast.text()).toContain('zbyt szybko');
	// The honeypot: answered like a success, nothing kept.
	await page.waitForTimeout(2_100);
	const bot = await post(page, {
		...hidden,
		...validPractice(`bot-${RUN}@e2e.mapa.test`),
		fax_number: '+48 12 000 00 00'
	});
	expect(bot.status()).toBe(200);
	// A forged start time.
	const forged = await post(page, {
		...hidden,
		started: `${Date.now() - 60_000}.${'0'.repeat(64)}`,
		...validPractice(`falszywy-${RUN}@e2e.mapa.test`)
	});
	expect(forged.status()).toBe(400);
	expect(await forged.text()).toContain('Formularz jest niekompletny lub uszkodzony');
	expect(await submissionCount(page, `bot-${RUN}@e2e.mapa.test`)).toBe(0);
	expect(await submissionCount(page, `szybki-${RUN}@e2e.mapa.test`)).toBe(0);
	await ctx.close();
});

test('hostile, huge, mistyped and forged input gets clear messages and stores nothing', async ({
	browser
}) => {
	const { ctx, page } = await contextAt(browser, '198.51.100.2');
	const hidden = await formFields(page);
	await page.waitForTimeout(2_100);
	const email = `zly-${RUN}@e2e.mapa.test`;
	const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
	const bad = await post(page, {
		...hidden,
		...validPractice(email),
		title: hostile,
		summary: 'x'.repeat(25_000),
		section: 'nie-ma-takiego',
		unit: '9999999',
		'metryka.budget': 'dużo',
		'sources.url': 'javascript:alert(1)',
		'sources.name': hostile,
		sender_email: 'to nie jest e-mail'
	});
	expect(bad.status()).toBe(400);
	const html = await bad.text();
	expect(html).not.toContain('<script>alert(1)</script>');
	expect(html).toContain('Nieznany dział');
	expect(html).toContain('9999999');
	expect(html).toContain('Podaj adres e-mail');
	// A forged correction target.
	for (const target of ['praktyka:999999', 'praktyka:0', "praktyka:1' OR 1=1", 'gmina:1']) {
		const forged = await post(page, { ...hidden, ...validPractice(email), correction_of: target });
		expect(forged.status(), target).toBe(400);
		expect(await forged.text()).toMatch(/nie wskazuje rekordu|Nie ma opublikowanego rekordu/);
	}
	expect((await page.goto('/zglos?correction_of=praktyka:999999'))!.status()).toBe(404);
	expect((await page.goto('/zglos?typ=gmina'))!.status()).toBe(400);
	expect(await submissionCount(page, email)).toBe(0);
	await ctx.close();
});

test('one address may send five submissions an hour; the sixth is answered 429', async ({
	browser
}) => {
	const { ctx, page } = await contextAt(browser, '198.51.100.3');
	const hidden = await formFields(page);
	await page.waitForTimeout(2_100);
	const statuses: number[] = [];
	for (let i = 0; i < 6; i++) {
		const r = await post(page, {
			...hidden,
			...validPractice(`limit-${RUN}-${i}@e2e.mapa.test`),
			title: `Praktyka testowa limitu ${RUN} ${i}`
		});
		statuses.push(r.status());
		if (r.status() === 429)
			expect(await r.text()).toContain('Z tego adresu wysłano już 5 zgłoszeń w ciągu godziny');
	}
	expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
	await ctx.close();
});

test('a partnership is sent without JavaScript, returned for changes and edited through the private link', async ({
	browser
}) => {
	const { ctx, page } = await contextAt(browser, '198.51.100.4', false);
	const email = `partnerstwo-${RUN}@e2e.mapa.test`;
	await page.goto('/zglos?typ=partnerstwo');
	await page.locator('input[name="name"]').fill(`Partnerstwo testowe bez JS ${RUN}`);
	await page.locator('select[name="kind"]').selectOption('other');
	await page.locator('textarea[name="memberList"]').fill('2009032\n2009042');
	await page.locator('input[name="sender_name"]').fill('Osoba Testowa');
	await page.locator('input[name="sender_email"]').fill(email);
	await page.locator('input[name="consent"]').check();
	await page.waitForTimeout(2_100);
	await page.locator('form.submission button[type="submit"]').click();
	await expect(page.getByRole('status')).toContainText('Numer zgłoszenia');
	const link = new URL((await page.locator('code.link').textContent())!).pathname;
	const mail = await waitForMail(email, /potwierdź zgłoszenie nr \d+/);
	const id = Number(/nr (\d+)/.exec(mail.subject)![1]);
	await page.goto(linkIn(mail, /^\/zglos\/potwierdz\//));
	await page.getByRole('button', { name: 'Potwierdź zgłoszenie' }).click();
	await page.goto(link);
	await expect(page.getByText('Czeka na kuratora.')).toBeVisible();

	const { ctx: cctx, page: c } = await curator(browser);
	await takeForReview(c, id);
	await expect(c.getByText('Krasnopol').first()).toBeVisible();
	await c
		.locator('form[action="?/return"] textarea')
		.fill('Dodaj opis partnerstwa (prośba testowa).');
	await c.getByRole('button', { name: 'Zwróć do poprawy' }).click();
	await expect(c.getByRole('status')).toContainText('Zwrócono do poprawy');

	const back = await waitForMail(email, /wymaga poprawek/);
	expect(back.text).toContain('Dodaj opis partnerstwa (prośba testowa).');
	// The old link no longer works; the new one opens the form again.
	expect((await page.goto(link))!.status()).toBe(404);
	await page.goto(linkIn(back, /^\/zglos\/stan\//));
	await expect(page.getByText('Dodaj opis partnerstwa (prośba testowa).')).toBeVisible();
	await page.locator('textarea[name="descriptionHtml"]').fill('<p>Opis testowy partnerstwa.</p>');
	await page.waitForTimeout(2_100);
	await page.getByRole('button', { name: 'Wyślij poprawione zgłoszenie' }).click();
	await expect(page.getByRole('status')).toContainText('Wysłano poprawione zgłoszenie');
	await c.goto(`/admin/zgloszenia/${id}`);
	await expect(c.getByText('poprawiono i wysłano ponownie')).toBeVisible();
	await cctx.close();
	await ctx.close();
});

test('reports reach the queue with their count; three from one address hide nothing; a curator hides and shows the record', async ({
	browser,
	request
}) => {
	// A record of powiat sejneński, published by this test (no other test looks at it).
	const { ctx: cctx, page: c } = await curator(browser);
	const id = await publishTestPractice(c, `Praktyka do zgłoszeń ${RUN}`);

	const { ctx, page } = await contextAt(browser, '198.51.100.5');
	await page.goto(`/praktyki/${id}`);
	await page.getByRole('link', { name: 'Zgłoś problem' }).click();
	await axe(page, '/zglos-problem');
	for (const reason of ['błędne dane', 'spam lub reklama', 'treść obraźliwa']) {
		await page.goto(`/zglos-problem?record=praktyka:${id}`);
		await page.getByLabel(reason).check();
		await page
			.getByLabel('Opis (nieobowiązkowy)')
			.fill('<b>test</b> zgłoszenia (dane syntetyczne)');
		await page.getByRole('button', { name: 'Wyślij zgłoszenie problemu' }).click();
		await expect(page.getByRole('status')).toContainText('Dziękujemy');
	}
	// Three reports from one address: the record stays public.
	expect((await request.get(`/api/v1/practices/${id}`)).status()).toBe(200);
	// A forged record and a missing reason are refused with words.
	const forged = await page.request.post('/zglos-problem', {
		form: { record: 'praktyka:999999', reason: 'spam' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
	});
	expect(forged.status()).toBe(400);
	expect(await forged.text()).toContain('Nie ma opublikowanego rekordu praktyka:999999');

	await c.goto('/admin/zgloszenia');
	const row = c.getByRole('row').filter({ hasText: `Praktyka do zgłoszeń ${RUN}` });
	await expect(row).toContainText('3:');
	await row.getByRole('link').click();
	await expect(c.getByText('Otwarte zgłoszenia problemów: 3')).toBeVisible();
	await expect(c.getByText('<b>test</b> zgłoszenia').first()).toBeVisible();
	await c.getByLabel('Powód ukrycia (do historii rekordu)').fill('Sprawdzamy zgłoszenia (test).');
	await c.getByRole('button', { name: 'Ukryj do wyjaśnienia' }).click();
	await expect(c.getByRole('status')).toContainText('Ukryto rekord.');
	expect((await request.get(`/api/v1/practices/${id}`)).status()).toBe(404);
	await c.getByRole('button', { name: 'Pokaż ponownie' }).click();
	await expect(c.getByRole('status')).toContainText('Rekord znów jest widoczny.');
	const shown = await request.get(`/api/v1/practices/${id}`);
	expect(shown.status()).toBe(200);
	expect((await shown.json()).title).toBe(`Praktyka do zgłoszeń ${RUN}`);
	await c.getByRole('button', { name: 'Zamknij zgłoszenia: bez zmian' }).click();
	await expect(c.getByText('Brak otwartych zgłoszeń problemów.')).toBeVisible();
	await ctx.close();
	await cctx.close();
});

test('a stale record is flagged on the dashboard, in the list and on its page; the mail page is for curators', async ({
	browser
}) => {
	const { ctx, page: c } = await curator(browser);
	await c.goto('/admin');
	await expect(c.getByRole('link', { name: SKAWINA_STALE_TITLE })).toBeVisible();
	await axe(c, 'dashboard');
	await c.goto('/admin/praktyki');
	const row = c.getByRole('row').filter({ hasText: SKAWINA_STALE_TITLE });
	await expect(row).toContainText('nieaktualne');
	await row.getByRole('link').click();
	await expect(
		c.getByText(/Nieaktualne\? Nikt nie potwierdził tego rekordu od 24 miesięcy/)
	).toBeVisible();
	const recordPage = c.url();
	await c.getByRole('button', { name: 'Potwierdzam aktualność' }).click();
	await expect(c.getByText(/Nieaktualne\? Nikt nie potwierdził/)).toHaveCount(0);
	await c.goto(recordPage);
	await expect(c.getByText(/Nieaktualne\? Nikt nie potwierdził/)).toHaveCount(0);
	// The unit's editor was asked to confirm it (the daily job at start).
	await c.goto('/admin/poczta');
	await expect(c.getByText('prośba o potwierdzenie aktualności').first()).toBeVisible();
	await axe(c, '/admin/poczta');
	await ctx.close();
	const { ctx: ectx, page: e } = await contextAt(browser, '203.0.113.41');
	await login(e, E2E_EDITOR);
	expect((await e.goto('/admin/poczta'))!.status()).toBe(403);
	await ectx.close();
});
