/**
 * Uploaded attachments as the public meets them: a draft's file is 404 (as if it did not exist),
 * a published practice's file downloads with headers that keep it a download, and the body limit
 * lets a 20 MB attachment through while a larger body gets a 413 in words. The files are stored
 * by this process in the running server's own database and data folder, as the form would.
 * TODO (lead, once the practice form and logins exist): upload through /admin/praktyki/nowa
 * (multipart), the refused types' messages in the form, an editor of another gmina and a curator
 * fetching a draft's file, "Usuń" without JavaScript (see the report of branch i13-files).
 */
import { expect, test } from '@playwright/test';
import { openDatabase, type Db } from '../../src/lib/server/db';
import { practiceSnapshot, savePractice } from '../../src/lib/server/records/write';
import { storeUpload } from '../../src/lib/server/files/store';

const PDF = new TextEncoder().encode(
	'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
);

/** A practice (a copy of the first) with one stored attachment, in the server's database. */
async function practiceWithFile(db: Db, status: 'draft' | 'published') {
	const file = await storeUpload(db, PDF, { userId: null, fileName: 'Plan gminy Łódź.pdf' });
	const first = (db.$client.prepare('SELECT min(id) AS id FROM practices').get() as { id: number })
		.id;
	const { id } = savePractice(db, {
		...practiceSnapshot(db, first),
		slug: `e2e-zalaczniki-${status}`,
		title: `Praktyka z załącznikiem (${status}, test)`,
		artId: null,
		status,
		attachments: [
			{
				fileName: 'Plan gminy Łódź.pdf',
				title: 'Plan (test)',
				fileType: file.mime,
				sizeBytes: file.sizeBytes,
				url: null,
				fileSha256: file.sha256
			}
		]
	});
	return { id, sha256: file.sha256 };
}

test('a draft’s file is 404 to the public; a published one downloads, never shown inline', async ({
	request,
	page
}) => {
	// The running server's database; FILES_DIR unset on both sides, so the same var/files.
	const db = openDatabase(process.env.E2E_DB ?? 'var/e2e.db');
	const { id, sha256 } = await practiceWithFile(db, 'draft');
	try {
		const url = `/pliki/${sha256}/Plan%20gminy%20%C5%81%C3%B3d%C5%BA.pdf`;
		const hidden = await request.get(url);
		const missing = await request.get(`/pliki/${'0'.repeat(64)}/x.pdf`);
		expect(hidden.status()).toBe(404);
		expect(missing.status()).toBe(404);
		expect(await hidden.text()).toBe(await missing.text());
		expect((await request.get('/pliki/..%2F..%2Fetc/passwd')).status()).toBe(404);

		db.$client.prepare(`UPDATE practices SET status = 'published' WHERE id = ?`).run(id);
		const shown = await request.get(url);
		expect(shown.status()).toBe(200);
		const h = shown.headers();
		expect(h['content-type']).toBe('application/pdf');
		expect(h['content-disposition']).toBe(
			`attachment; filename="Plan gminy Lodz.pdf"; filename*=UTF-8''Plan%20gminy%20%C5%81%C3%B3d%C5%BA.pdf`
		);
		expect(h['x-content-type-options']).toBe('nosniff');
		expect(h['content-security-policy']).toMatch(/^sandbox\b/);
		expect(h['cache-control']).toBe('public, max-age=3600');
		expect(Buffer.from(await shown.body()).equals(Buffer.from(PDF))).toBe(true);
		// A name that is not the content's type gets the content's extension.
		expect((await request.get(`/pliki/${sha256}/x.html`)).headers()['content-disposition']).toMatch(
			/filename\*=UTF-8''x\.html\.pdf$/
		);

		await page.goto(`/praktyki/${id}`);
		await expect(page.getByRole('link', { name: 'Plan (test)' })).toHaveAttribute(
			'href',
			`/pliki/${sha256}/Plan%20gminy%20%C5%81%C3%B3d%C5%BA.pdf`
		);
	} finally {
		db.$client.prepare('DELETE FROM practices WHERE id = ?').run(id);
		db.$client.close();
	}
});

test('a 20 MB attachment fits the body limit; a larger body is refused with words', async ({
	request
}) => {
	const fits = await request.post('/pliki/x/y', { data: Buffer.alloc(21 * 1024 * 1024) });
	expect(fits.status()).not.toBe(413);
	const big = await request.post('/pliki/x/y', { data: Buffer.alloc(23 * 1024 * 1024) });
	expect(big.status()).toBe(413);
	expect(await big.text()).toMatch(/Przesłane dane są za duże: dozwolone 22 MB[\s\S]*too large/);
});
