/**
 * Compression of what the server renders (pages, API JSON and CSV): adapter-node compresses only
 * the static files it serves, not SvelteKit's responses. Brotli at a fast quality when the
 * browser takes it, else gzip. Tiles come compressed from their cache and are left alone.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|javascript|xml))/;
const MIN_BYTES = 1024;
const packedCache = new Map<string, Buffer>();

export async function compress(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		!response.body ||
		response.headers.has('content-encoding') ||
		!COMPRESSIBLE.test(type) ||
		response.status === 204 ||
		response.status === 304
	)
		return response;
	const accept = request.headers.get('accept-encoding') ?? '';
	const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
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
	const packed =
		encoding === 'br'
			? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
			: gzipSync(body, { level: 6 });
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(packed.length));
	if (cacheKey) {
		// Responses with an ETag are the same bytes every time: compress them once.
		if (packedCache.size >= 500) packedCache.delete(packedCache.keys().next().value!);
		packedCache.set(cacheKey, packed);
	}
	return new Response(new Uint8Array(packed), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
