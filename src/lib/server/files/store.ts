/**
 * Uploaded files, stored under the data folder by the SHA-256 of their content:
 * `<FILES_DIR>/<first two hex digits>/<sha256>`. FILES_DIR defaults to `files` beside the
 * database file (var/files for var/mapa.db). A write goes to a temporary file that is renamed
 * into place, so a reader never sees half a file; the same content is stored once.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { appDatabaseUrl, type Db } from '../db';
import { appRoot } from '../paths';
import { isSha256 } from '../../domain/attachment-types';
import type { Lang } from '../../format';
import { sniffUpload } from './sniff';

/** Where the files are (read at each call, so tests and scripts may set FILES_DIR). */
export function filesDir(): string {
	if (process.env.FILES_DIR) return resolve(appRoot, process.env.FILES_DIR);
	const url = appDatabaseUrl();
	const dbFile = url === ':memory:' ? 'var/mapa.db' : url.replace(/^file:/, '');
	return resolve(appRoot, dirname(dbFile), 'files');
}

function pathOf(sha256: string): string {
	return join(filesDir(), sha256.slice(0, 2), sha256);
}

export interface StoredFile {
	sha256: string;
	mime: string;
	sizeBytes: number;
}

/** An upload that is refused; `message` names the file and what is wrong, in the asked language. */
export class FileRefused extends Error {}

/**
 * Checks `bytes` by their content (sniff.ts), stores them and records them in `files`. Throws
 * FileRefused when the content is not an allowed attachment (nothing is written then).
 */
export async function storeUpload(
	db: Db,
	bytes: Uint8Array,
	options: { userId: number | null; fileName?: string; lang?: Lang }
): Promise<StoredFile> {
	const sniffed = await sniffUpload(bytes, options.fileName ?? '', options.lang ?? 'pl');
	if (!sniffed.ok) throw new FileRefused(sniffed.message);
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const file = pathOf(sha256);
	if (!existsSync(file) || statSync(file).size !== bytes.length) {
		mkdirSync(dirname(file), { recursive: true });
		const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
		writeFileSync(temp, bytes, { flag: 'wx' });
		renameSync(temp, file);
	}
	db.$client
		.prepare(
			`INSERT INTO files (sha256, size_bytes, mime, uploaded_by) VALUES (?, ?, ?, ?)
			 ON CONFLICT (sha256) DO NOTHING`
		)
		.run(sha256, bytes.length, sniffed.type.mime, options.userId);
	return { sha256, mime: sniffed.type.mime, sizeBytes: bytes.length };
}

/** The row of a stored file, or undefined. */
export function fileRow(
	db: Db,
	sha256: string
): { sha256: string; mime: string; sizeBytes: number; uploadedBy: number | null } | undefined {
	if (!isSha256(sha256)) return undefined;
	return db.$client
		.prepare(
			`SELECT sha256, mime, size_bytes AS sizeBytes, uploaded_by AS uploadedBy FROM files WHERE sha256 = ?`
		)
		.get(sha256) as ReturnType<typeof fileRow>;
}

/** The bytes of a stored file, or null when there is none by that hash. */
export function readStored(sha256: string): Buffer | null {
	if (!isSha256(sha256)) return null;
	try {
		return readFileSync(pathOf(sha256));
	} catch {
		return null;
	}
}
