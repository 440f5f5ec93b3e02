/**
 * Attachments: sniffing real bytes (a PDF, a PNG from pngjs, DOCX/XLSX/ODT/ODS written as real
 * ZIP archives), refusals, the content-addressed store, the download's name and header, the form
 * reader, and who may download what, on a real migrated database with revisions. Over 300
 * lines because the byte fixtures and the access cases are long lists; each block tests one module.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { setupDatabase } from '../../src/lib/server/setup';
import { practiceSnapshot, savePractice } from '../../src/lib/server/records/write';
import { sniffUpload } from '../../src/lib/server/files/sniff';
import { FileRefused, readStored, storeUpload } from '../../src/lib/server/files/store';
import { fileAccess } from '../../src/lib/server/files/access';
import { readAttachments } from '../../src/lib/server/files/form';
import { cleanFileName, contentDisposition, downloadName } from '../../src/lib/server/files/names';
import { attachmentType } from '../../src/lib/domain/attachment-types';
import { ATTACHMENT_MAX_BYTES } from '../../src/lib/limits';
import { isCacheablePage } from '../../src/lib/server/http/page-cache';
import type { SessionUser } from '../../src/lib/server/auth/guard';
import type { PracticeInput } from '../../src/lib/server/records/types';
import { docx, odf, xlsx, zip } from './zip';

const text = (s: string) => new TextEncoder().encode(s);
const pdf = () =>
	text(
		'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
	);
function png(): Uint8Array {
	const image = new PNG({ width: 2, height: 2 });
	image.data.fill(200);
	return new Uint8Array(PNG.sync.write(image));
}
const jpeg = () =>
	new Uint8Array([
		0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9
	]);
const gif = () => text('GIF89a\x01\x00\x01\x00\x00\x00\x00;');
function webp(): Uint8Array {
	const body = Buffer.concat([Buffer.from('WEBPVP8 '), Buffer.alloc(4 + 10)]);
	const head = Buffer.alloc(8);
	head.write('RIFF', 0);
	head.writeUInt32LE(body.length, 4);
	return new Uint8Array(Buffer.concat([head, body]));
}

describe('sniffUpload: the type comes from the content', () => {
	it.each([
		['plan.pdf', 'application/pdf', pdf],
		['mapa.png', 'image/png', png],
		['foto.jpg', 'image/jpeg', jpeg],
		['anim.gif', 'image/gif', gif],
		['obraz.webp', 'image/webp', webp],
		['umowa.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx],
		['budżet.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx],
		['opis.odt', 'application/vnd.oasis.opendocument.text', () => odf('text')],
		['tabela.ods', 'application/vnd.oasis.opendocument.spreadsheet', () => odf('spreadsheet')]
	])('%s is %s', async (name, mime, make) => {
		const r = await sniffUpload(make(), name, 'pl');
		expect(r).toMatchObject({ ok: true, type: { mime } });
	});

	it('a name does not make a type: a PNG called .pdf is a PNG', async () => {
		expect(await sniffUpload(png(), 'raport.pdf', 'pl')).toMatchObject({
			ok: true,
			type: { mime: 'image/png' }
		});
	});

	it.each([
		[
			'strona.pdf',
			text('<!doctype html><html><script>alert(1)</script></html>'),
			/„strona\.pdf”: nie jest rozpoznanym/
		],
		[
			'logo.svg',
			text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
			/„logo\.svg”/
		],
		['run.sh', text('#!/bin/sh\nrm -rf /\n'), /„run\.sh”/],
		[
			'setup.exe',
			new Uint8Array([
				0x4d,
				0x5a,
				0x90,
				0,
				3,
				0,
				0,
				0,
				4,
				0,
				0,
				0,
				0xff,
				0xff,
				0,
				0,
				0xb8,
				...new Array(64).fill(0)
			]),
			/„setup\.exe”: to application\/x-msdownload/
		],
		['paczka.zip', zip([{ name: 'a.txt', data: 'x' }]), /archiwum ZIP, które nie jest dokumentem/],
		[
			'makra.docm',
			zip([
				{ name: '[Content_Types].xml', data: '<Types/>' },
				{ name: 'word/document.xml', data: '<x/>' },
				{ name: 'word/vbaProject.bin', data: 'x' }
			]),
			/dokument z makrami/
		],
		[
			'fake.odt',
			zip([{ name: 'mimetype', data: 'text/html', store: true }]),
			/archiwum ZIP, które nie jest/
		],
		['pusty.pdf', new Uint8Array(0), /„pusty\.pdf”: jest pusty/]
	])('%s is refused, naming the file', async (name, bytes, message) => {
		const r = await sniffUpload(bytes, name, 'pl');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toMatch(message);
	});

	it('refuses more than 20 MB, in English too', async () => {
		const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
		big.set(pdf());
		const r = await sniffUpload(big, 'big.pdf', 'en');
		expect(r).toEqual({
			ok: false,
			message: 'File "big.pdf": is larger than the 20 MB allowed (it has 20 MB)'
		});
		const fits = new Uint8Array(ATTACHMENT_MAX_BYTES);
		fits.set(pdf());
		expect((await sniffUpload(fits, 'fits.pdf', 'en')).ok).toBe(true);
	});

	it('refuses an over-long name', async () => {
		const r = await sniffUpload(pdf(), `${'a'.repeat(300)}.pdf`, 'en');
		expect(r.ok).toBe(false);
	});
});

describe('downloads are never cached pages', () => {
	it('the page cache and the fast lane leave /pliki/ alone', () => {
		expect(isCacheablePage('GET', `/pliki/${'a'.repeat(64)}/plan.pdf`, null)).toBe(false);
		expect(isCacheablePage('GET', '/praktyki/1', null)).toBe(true);
	});
});

describe('file names', () => {
	it('keep Polish letters, lose paths and control characters', () => {
		expect(cleanFileName('C:\\Users\\x\\Sprawozdanie łódzkie 2024.pdf')).toBe(
			'Sprawozdanie łódzkie 2024.pdf'
		);
		expect(cleanFileName('../../etc/passwd')).toBe('passwd');
		expect(cleanFileName('a\u202egnp.exe')).toBe('agnp.exe');
		expect(cleanFileName('"x"<y>.pdf')).toBe('_x__y_.pdf');
		expect(cleanFileName('...')).toBe('plik');
		expect(cleanFileName(`${'ż'.repeat(400)}.pdf`)).toMatch(/^ż{196}\.pdf$/);
	});
	it('a download ends in the extension of its content', () => {
		const pdfType = attachmentType('application/pdf')!;
		expect(downloadName('plan.pdf', pdfType)).toBe('plan.pdf');
		expect(downloadName('evil.exe', pdfType)).toBe('evil.exe.pdf');
		expect(downloadName('zdjęcie.JPEG', attachmentType('image/jpeg')!)).toBe('zdjęcie.JPEG');
	});
	it('Content-Disposition per RFC 6266, UTF-8 name and an ASCII fallback', () => {
		expect(contentDisposition('Plan gminy Łódź; "nowy".pdf')).toBe(
			`attachment; filename="Plan gminy Lodz_ _nowy_.pdf"; filename*=UTF-8''Plan%20gminy%20%C5%81%C3%B3d%C5%BA%3B%20%22nowy%22.pdf`
		);
	});
});

describe('the store, the form and who may download', () => {
	const db = setupDatabase(':memory:');
	let dir: string;
	let author: SessionUser;
	let editorHere: SessionUser;
	let editorElsewhere: SessionUser;
	let base: PracticeInput;
	const user = (role: SessionUser['role'], units: string[] = []): SessionUser => {
		const id = Number(
			db.$client
				.prepare(`INSERT INTO users (email, role, password_hash) VALUES (?, ?, 'x')`)
				.run(`${role}${Math.random()}@example.pl`, role).lastInsertRowid
		);
		return { id, email: '', name: null, organisation: null, role, units, lang: 'pl' };
	};

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'mapa-files-'));
		process.env.FILES_DIR = dir;
		base = practiceSnapshot(db, 1);
		const here = base.units[0];
		const elsewhere = here.startsWith('12') ? '0201011' : '1201011';
		author = user('editor', [here]);
		editorHere = user('editor', [here.slice(0, 4)]);
		editorElsewhere = user('editor', [elsewhere]);
	});
	afterAll(() => {
		delete process.env.FILES_DIR;
		rmSync(dir, { recursive: true, force: true });
	});

	it('stores by content hash, atomically and once', async () => {
		const bytes = pdf();
		const a = await storeUpload(db, bytes, { userId: author.id, fileName: 'a.pdf' });
		const b = await storeUpload(db, bytes, { userId: editorHere.id, fileName: 'b.pdf' });
		expect(a).toEqual(b);
		expect(a).toMatchObject({ mime: 'application/pdf', sizeBytes: bytes.length });
		expect(readdirSync(join(dir, a.sha256.slice(0, 2)))).toEqual([a.sha256]);
		expect(readStored(a.sha256)?.equals(Buffer.from(bytes))).toBe(true);
		const rows = db.$client.prepare('SELECT uploaded_by FROM files WHERE sha256 = ?').all(a.sha256);
		expect(rows).toEqual([{ uploaded_by: author.id }]);
		expect(readStored('0'.repeat(64))).toBeNull();
		expect(readStored('../../etc/passwd')).toBeNull();
	});

	it('refuses and writes nothing for a bad upload', async () => {
		const before = db.$client.prepare('SELECT COUNT(*) AS n FROM files').get();
		await expect(
			storeUpload(db, text('<html>'), { userId: null, fileName: 'x.pdf' })
		).rejects.toThrow(FileRefused);
		expect(db.$client.prepare('SELECT COUNT(*) AS n FROM files').get()).toEqual(before);
	});

	it('readAttachments keeps, removes, uploads, and refuses forged hashes and bad files', async () => {
		const kept = await storeUpload(db, png(), { userId: author.id, fileName: 'mapa.png' });
		const gone = await storeUpload(db, gif(), { userId: author.id, fileName: 'stary.gif' });
		const form = new FormData();
		for (const [sha, name, title] of [
			[kept.sha256, 'mapa.png', 'Mapa obszaru'],
			[gone.sha256, 'stary.gif', ''],
			['f'.repeat(64), 'podrobiony.pdf', '']
		]) {
			form.append('attachments.sha256', sha);
			form.append('attachments.fileName', name);
			form.append('attachments.title', title);
		}
		form.append('attachments.remove', gone.sha256);
		form.append('attachments.upload', new File([docx() as BlobPart], 'Umowa partnerska.docx'));
		form.append('attachments.uploadTitle', 'Umowa');
		form.append(
			'attachments.upload',
			new File([text('<script>') as BlobPart], 'zły.pdf', { type: 'application/pdf' })
		);
		form.append('attachments.upload', new File([], ''));
		const r = await readAttachments(form, db, author, 'pl');
		expect(r.attachments).toEqual([
			{
				fileName: 'mapa.png',
				title: 'Mapa obszaru',
				fileType: 'image/png',
				sizeBytes: kept.sizeBytes,
				url: null,
				fileSha256: kept.sha256
			},
			{
				fileName: 'Umowa partnerska.docx',
				title: 'Umowa',
				fileType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
				sizeBytes: docx().length,
				url: null,
				fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/)
			}
		]);
		expect(r.errors).toEqual([
			'Plik „podrobiony.pdf”: nie ma takiego zapisanego pliku',
			expect.stringMatching(/^Plik „zły\.pdf”: nie jest rozpoznanym dokumentem/)
		]);
	});

	it('a hash of somebody else\u2019s draft file cannot be attached', async () => {
		const foreign = await storeUpload(db, jpeg(), { userId: author.id, fileName: 'x.jpg' });
		const form = new FormData();
		form.append('attachments.sha256', foreign.sha256);
		form.append('attachments.fileName', 'x.jpg');
		const r = await readAttachments(form, db, editorElsewhere, 'en');
		expect(r.attachments).toEqual([]);
		expect(r.errors).toEqual(['File "x.jpg": there is no such stored file']);
	});

	it('access: public once published; a draft\u2019s file only to those who may see the draft', async () => {
		const draftFile = await storeUpload(db, webp(), { userId: author.id, fileName: 'd.webp' });
		const revFile = await storeUpload(db, odf('text'), { userId: author.id, fileName: 'r.odt' });
		const attachment = (sha256: string) => ({
			fileName: 'f',
			title: null,
			fileType: null,
			sizeBytes: null,
			url: null,
			fileSha256: sha256
		});
		const { id } = savePractice(db, {
			...base,
			slug: 'z-zalacznikiem',
			title: 'Z załącznikiem',
			artId: null,
			status: 'draft',
			attachments: [attachment(draftFile.sha256)]
		});
		const curator = user('curator');
		const nobody = null;
		expect(fileAccess(db, draftFile.sha256, nobody)).toBeNull();
		expect(fileAccess(db, draftFile.sha256, editorElsewhere)).toBeNull();
		expect(fileAccess(db, draftFile.sha256, editorHere)).toBe('private');
		expect(fileAccess(db, draftFile.sha256, curator)).toBe('private');
		expect(fileAccess(db, draftFile.sha256, author)).toBe('private');
		// only in the latest revision (an unpublished change), not on the live row
		expect(fileAccess(db, revFile.sha256, editorHere)).toBeNull();
		const snapshot = { ...practiceSnapshot(db, id), attachments: [attachment(revFile.sha256)] };
		const revision = db.$client.prepare(
			`INSERT INTO revisions (record_type, record_id, number, action, author_label, snapshot) VALUES ('praktyka', ?, ?, 'save', 'x', ?)`
		);
		revision.run(id, 1, JSON.stringify(snapshot));
		expect(fileAccess(db, revFile.sha256, editorHere)).toBe('private');
		expect(fileAccess(db, revFile.sha256, editorElsewhere)).toBeNull();
		// a later revision without it: no longer the editor's to see
		revision.run(id, 2, JSON.stringify({ ...snapshot, attachments: [] }));
		expect(fileAccess(db, revFile.sha256, editorHere)).toBeNull();
		expect(fileAccess(db, revFile.sha256, curator)).toBe('private');
		// published: everyone
		db.$client.prepare(`UPDATE practices SET status = 'published' WHERE id = ?`).run(id);
		expect(fileAccess(db, draftFile.sha256, nobody)).toBe('public');
		expect(fileAccess(db, 'not-a-hash', curator)).toBeNull();
		expect(fileAccess(db, 'e'.repeat(64), curator)).toBeNull();
		expect(existsSync(join(dir, draftFile.sha256.slice(0, 2), draftFile.sha256))).toBe(true);
	});
});
