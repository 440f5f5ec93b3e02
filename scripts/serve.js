// The app's HTTP server: adapter-node's request handler (build/handler.js, the documented way to
// run a SvelteKit node build in a server of one's own) behind a fast lane for answers held in
// memory: cached API lists and vector tiles. The lane (src/lib/server/http/fast-lane.ts, published on
// globalThis by the app) answers a GET from memory without SvelteKit's request path, or says
// "not mine" and the request goes to SvelteKit as usual.
//
//   node scripts/serve.js      PORT (3000), HOST (0.0.0.0), BUILD_DIR (build/ of this project),
//                              ORIGIN (the public origin; default http://HOST:PORT, with
//                              localhost for a HOST that means every address), SITE_ALIASES, and
//                              adapter-node's variables (BODY_SIZE_LIMIT: 22M by default here,
//                              room for one 20 MB attachment and the form around it, see
//                              ATTACHMENT_MAX_BYTES in src/lib/limits.ts; ...).
// Used by `npm start` (scripts/start.js), the end-to-end tests and the benchmark.
import http from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? 3000);
// The public origin is always set before adapter-node loads (it reads ORIGIN once): absolute links
// never come from a request's Host header, which anyone can forge (src/lib/server/origin.ts).
if (!process.env.ORIGIN) {
	const name = ['', '0.0.0.0', '::', '[::]'].includes(host)
		? 'localhost'
		: host.includes(':') && !host.startsWith('[')
			? `[${host}]`
			: host;
	process.env.ORIGIN = `http://${name}:${port}`;
}
process.env.HOST = host;
process.env.PORT = String(port);
// adapter-node's default (512K) would refuse every attachment; it reads the variable once, on load.
process.env.BODY_SIZE_LIMIT ??= '22M';
const bodyLimit = asBytes(process.env.BODY_SIZE_LIMIT);

const DRAIN_MAX = 128 * 1024 * 1024;

/** 413, in both languages, once the request's body has been read (and dropped). */
function refuseTooLarge(
	/** @type {http.IncomingMessage} */ req,
	/** @type {http.ServerResponse} */ res
) {
	const mb = Math.floor(bodyLimit / 1024 ** 2);
	let seen = 0;
	req.on('data', (/** @type {Buffer} */ chunk) => {
		seen += chunk.length;
		if (seen > DRAIN_MAX) req.destroy();
	});
	req.on('end', () => {
		res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8' });
		res.end(
			`Przesłane dane są za duże: dozwolone ${mb} MB (jeden załącznik do 20 MB).\n` +
				`The upload is too large: at most ${mb} MB (one attachment up to 20 MB).\n`
		);
	});
}

/** BODY_SIZE_LIMIT as adapter-node reads it: a number with an optional K, M or G. */
function asBytes(/** @type {string} */ value) {
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.slice(-1).toUpperCase()];
	return unit ? Number(value.slice(0, -1)) * unit : Number(value);
}

const buildDir = resolve(process.env.BUILD_DIR ?? new URL('../build', import.meta.url).pathname);
const { handler } = await import(pathToFileURL(resolve(buildDir, 'handler.js')).href);
const FAST_LANE = Symbol.for('mapa-partnerstw.fastLane');
const RESPONSE_HEADERS = Symbol.for('mapa-partnerstw.responseHeaders');

// adapter-node refuses a request without ADDRESS_HEADER when the app asks for the client's
// address (login throttling, the public forms' limits): a request that did not come through the
// proxy is counted by its own socket address instead.
const addressHeader = process.env.ADDRESS_HEADER?.toLowerCase();

const server = http.createServer((req, res) => {
	if (addressHeader && !(addressHeader in req.headers))
		req.headers[addressHeader] = req.socket.remoteAddress ?? '';
	if (req.method === 'GET' && req.url) {
		const answer = globalThis[FAST_LANE]?.(req.url, req.headers);
		if (answer) {
			res.writeHead(answer.status, answer.headers);
			res.end(answer.body ?? undefined);
			return;
		}
	}
	// A body over the limit is refused with words rather than adapter-node's bare error (bodies
	// without a length are cut off by adapter-node at the same limit). The answer comes after the
	// body is read, since a browser still sending it would see a reset connection rather than the
	// answer; past DRAIN_MAX the connection is simply dropped.
	if (Number(req.headers['content-length'] ?? 0) > bodyLimit) {
		refuseTooLarge(req, res);
		return;
	}
	// Static files (adapter-node's sirv answers them before SvelteKit) get the same security and
	// CORS headers as everything else; SvelteKit's own answers set them again, to the same values.
	const pathname = (req.url ?? '/').split(/[?#]/, 1)[0];
	const preset = globalThis[RESPONSE_HEADERS]?.(pathname) ?? {};
	for (const [name, value] of Object.entries(preset)) res.setHeader(name, value);
	handler(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
	});
});

server.listen(port, host, () => {
	const address = server.address();
	const shown = typeof address === 'object' && address ? `${address.address}:${address.port}` : '';
	console.log(`Listening on http://${shown}; public origin ${process.env.ORIGIN}`);
});

// Stop taking connections, let running requests finish (at most 30 s), then let SvelteKit clean
// up (the 'sveltekit:shutdown' event adapter-node's own entry emits too).
let stopping = false;
function shutdown(reason) {
	if (stopping) return;
	stopping = true;
	server.closeIdleConnections();
	const force = setTimeout(() => server.closeAllConnections(), 30_000);
	force.unref();
	server.close(() => {
		clearTimeout(force);
		// adapter-node listens for this event of its own (not a signal): cast past Node's typings.
		process.emit(
			/** @type {NodeJS.Signals} */ (/** @type {unknown} */ ('sveltekit:shutdown')),
			reason
		);
	});
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
