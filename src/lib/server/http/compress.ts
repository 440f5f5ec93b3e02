/**
 * Compression of what the server renders (pages, API JSON and CSV): adapter-node compresses only
 * the static files it serves, not SvelteKit's responses. Brotli at a fast quality when the
 * browser takes it, else gzip. Tiles come compressed from their cache and are left alone.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { byteCache } from './cache';

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|javascript|xml))/;
/** Below this size compression saves less than it costs. */
export const MIN_BYTES = 1024;
const packedCache = byteCache<Buffer>('compressed', (b) => b.length);

export type Encoding = 'br' | 'gzip';

/** The encoding to answer with, from the request's Accept-Encoding (null: none). */
export function negotiate(acceptEncoding: string | null | undefined): Encoding | null {
	const accept = acceptEncoding ?? '';
	return /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
}

/** Compresses `body`: Brotli at a fast quality, or gzip. */
export function pack(body: Buffer, encoding: Encoding): Buffer {
	return encoding === 'br'
		? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
		: gzipSync(body, { level: 6 });
}

export async function compress(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		!response.body ||
		response.headers.has('content-encoding') ||
		// Already negotiated by whoever made it (the API list cache).
		/accept-encoding/i.test(response.headers.get('vary') ?? '') ||
		!COMPRESSIBLE.test(type) ||
		response.status === 204 ||
		response.status === 304
	)
		return response;
	const encoding = negotiate(request.headers.get('accept-encoding'));
	if (!encoding) return response;
	const etag = response.headers.get('etag');
	const cacheKey = etag ? `${etag}|${encoding}` : null;
	const cached = cacheKey ? packedCache.get(cacheKey) : undefined;
	if (cached) {
		const headers = new Headers(response.headers);
		headers.append('vary', 'accept-encoding');
		headers.set('content-encoding', encoding);
		headers.set('content-length', String(cached.length));
		return new Response(new Uint8Array(cached), { status: response.status, headers });
	}
	const body = Buffer.from(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	headers.append('vary', 'accept-encoding');
	if (body.length < MIN_BYTES)
		return new Response(body, {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	const packed = pack(body, encoding);
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(packed.length));
	if (cacheKey) {
		// Responses with an ETag are the same bytes every time: compress them once.
		packedCache.set(cacheKey, packed);
	}
	return new Response(new Uint8Array(packed), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
