/**
 * A minimal ZIP writer for tests (no package needed): real archives as office suites write them,
 * local headers, deflate or store, a central directory. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
	name: string;
	data: string | Uint8Array;
	/** Stored uncompressed (ODF's `mimetype` must be). */
	store?: boolean;
}

export function zip(entries: ZipEntry[]): Uint8Array {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
		const body = e.store ? raw : deflateRawSync(raw);
		const name = Buffer.from(e.name, 'utf8');
		const crc = crc32(raw);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(0x0800, 6); // UTF-8 names
		local.writeUInt16LE(e.store ? 0 : 8, 8);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(raw.length, 22);
		local.writeUInt16LE(name.length, 26);
		locals.push(local, name, body);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(0x0800, 8);
		central.writeUInt16LE(e.store ? 0 : 8, 10);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(body.length, 20);
		central.writeUInt32LE(raw.length, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		centrals.push(central, name);
		offset += local.length + name.length + body.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES = (main: string) =>
	`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="application/xml"/></Types>`;

/** A DOCX as Word lays it out (content types first, then the parts). */
export const docx = () =>
	zip([
		{ name: '[Content_Types].xml', data: CONTENT_TYPES('word/document.xml') },
		{ name: '_rels/.rels', data: '<Relationships/>' },
		{ name: 'word/document.xml', data: '<w:document><w:body><w:p/></w:body></w:document>' }
	]);

export const xlsx = () =>
	zip([
		{ name: '[Content_Types].xml', data: CONTENT_TYPES('xl/workbook.xml') },
		{ name: '_rels/.rels', data: '<Relationships/>' },
		{ name: 'xl/workbook.xml', data: '<workbook/>' }
	]);

/** An ODF document: `mimetype` first and stored, then the content. */
export const odf = (kind: 'text' | 'spreadsheet') =>
	zip([
		{ name: 'mimetype', data: `application/vnd.oasis.opendocument.${kind}`, store: true },
		{ name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
		{ name: 'content.xml', data: '<office:document-content/>' }
	]);
