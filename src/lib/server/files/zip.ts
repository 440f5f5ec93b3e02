/**
 * Just enough of ZIP to tell an office document from any other archive, without unpacking it:
 * the central directory's entry names, and the first local entry (ODF's `mimetype`, which the
 * format requires to come first and uncompressed). https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 * and OpenDocument 1.3 part 2, section 3.3. file-type 21 finds ODF but calls a DOCX or XLSX whose
 * `[Content_Types].xml` is compressed (as Word and Excel write it) plain `application/zip`.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

export interface ZipListing {
	names: string[];
	/** The entries' sizes once unpacked, added up (as the central directory declares them). */
	unpackedBytes: number;
	/** The first entry's name and, when stored uncompressed, its bytes. */
	first: { name: string; stored: Uint8Array | null } | null;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** The entries of a ZIP archive; null when `bytes` is not a well-formed one. */
export function listZip(bytes: Uint8Array): ZipListing | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL) return null;
	// The end record is the last 22 bytes plus a comment of at most 65 535.
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
		if (view.getUint32(i, true) === END) {
			end = i;
			break;
		}
	if (end < 0) return null;
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const names: string[] = [];
	let unpackedBytes = 0;
	for (let n = 0; n < count; n++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
		const nameLength = view.getUint16(at + 28, true);
		const extra = view.getUint16(at + 30, true);
		const comment = view.getUint16(at + 32, true);
		if (at + 46 + nameLength > bytes.length) return null;
		unpackedBytes += view.getUint32(at + 24, true);
		names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
		at += 46 + nameLength + extra + comment;
	}
	return { names, unpackedBytes, first: firstEntry(bytes, view) };
}

function firstEntry(bytes: Uint8Array, view: DataView): ZipListing['first'] {
	if (bytes.length < 30) return null;
	const method = view.getUint16(8, true);
	const size = view.getUint32(18, true);
	const nameLength = view.getUint16(26, true);
	const extra = view.getUint16(28, true);
	const start = 30 + nameLength + extra;
	if (start > bytes.length) return null;
	const name = decoder.decode(bytes.subarray(30, 30 + nameLength));
	const stored = method === 0 && start + size <= bytes.length;
	return { name, stored: stored ? bytes.subarray(start, start + size) : null };
}
