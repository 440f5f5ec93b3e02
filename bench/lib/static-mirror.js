/**
 * The static-file ceiling: responses of the app saved as static files in the client folder of the
 * bench's copy of the build (bench/out/app-build/client/_bench/…), so that the same server,
 * adapter-node's own static file handler (sirv, with precompressed .br/.gz files), serves the same
 * bytes as a plain file. sirv lists its files when the app starts: restart the app after writing.
 *
 * For each URL the exact bytes the app sent are kept: the body as sent with Content-Encoding br
 * goes to `<file>.br`, the decoded body to `<file>` (and gzip of it to `<file>.gz`), so a client
 * asking for br gets byte for byte the same response body from the file as from the app.
 */
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

export const ACCEPT_ENCODING = 'gzip, deflate, br';
export const MIRROR_PREFIX = '/_bench';

/** GET without decoding: { status, headers, body (as sent), ms }. */
export function fetchRaw(url, headers = {}) {
	return new Promise((resolve, reject) => {
		const started = process.hrtime.bigint();
		const req = request(
			url,
			{ headers: { 'accept-encoding': ACCEPT_ENCODING, ...headers } },
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode,
						headers: res.headers,
						body: Buffer.concat(chunks),
						ms: Number(process.hrtime.bigint() - started) / 1e6
					})
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.setTimeout(120_000, () => req.destroy(new Error(`timeout: ${url}`)));
		req.end();
	});
}

export function decode(body, encoding) {
	if (encoding === 'br') return brotliDecompressSync(body);
	if (encoding === 'gzip') return gunzipSync(body);
	return body;
}

/**
 * Fetches `url` from the app and writes it under `clientDir` at `mirrorPath` (which starts with
 * MIRROR_PREFIX). Returns { status, mirrorPath, encoding, wireBytes, rawBytes, contentType,
 * cacheControl, ms } or, for a status other than 200, { status, ms } and writes nothing.
 */
export async function mirror(url, clientDir, mirrorPath) {
	const res = await fetchRaw(url);
	if (res.status !== 200) return { status: res.status, ms: res.ms };
	const encoding = res.headers['content-encoding'] ?? null;
	const raw = decode(res.body, encoding);
	const file = join(clientDir, mirrorPath);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, raw);
	if (encoding === 'br') writeFileSync(file + '.br', res.body);
	if (encoding) writeFileSync(file + '.gz', encoding === 'gzip' ? res.body : gzipSync(raw));
	return {
		status: 200,
		mirrorPath,
		encoding,
		wireBytes: res.body.length,
		rawBytes: raw.length,
		contentType: res.headers['content-type'] ?? '',
		cacheControl: res.headers['cache-control'] ?? '',
		ms: res.ms
	};
}
