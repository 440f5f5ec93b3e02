/**
 * A tiny static server (node:http, not part of the app) for the baseline page: Leaflet from
 * node_modules/leaflet/dist, bench/pages/baseline.html, the whole gminy GeoJSON and, for the
 * filter-change measure, the records of each database (lib/baseline-records.js). Every file is
 * served under two prefixes, the two baseline variants:
 *   /plain/  as a simple static file server does it (no compression),
 *   /gzip/   with Content-Encoding: gzip (compressed once at start, level 9).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { freePort } from './net.js';

export const VARIANTS = ['plain', 'gzip'];

/** The files of the baseline page: name -> [path, content type]. */
function files(root, geojsonPath, records) {
	return {
		...Object.fromEntries(
			Object.entries(records).map(([name, path]) => [name, [path, 'application/geo+json']])
		),
		'': [join(root, 'bench/pages/baseline.html'), 'text/html; charset=utf-8'],
		'leaflet.js': [join(root, 'node_modules/leaflet/dist/leaflet.js'), 'text/javascript'],
		'leaflet.css': [join(root, 'node_modules/leaflet/dist/leaflet.css'), 'text/css'],
		'gminy.geojson': [geojsonPath, 'application/geo+json']
	};
}

/**
 * Starts the server; `records` maps extra file names to paths (records GeoJSON files). Returns
 * { url(variant, query?), port, sizes, close() }.
 */
export async function startBaselineServer({ root, geojsonPath, records = {} }) {
	const entries = new Map();
	const sizes = {};
	for (const [name, [path, type]] of Object.entries(files(root, geojsonPath, records))) {
		const plain = readFileSync(path);
		const gzip = gzipSync(plain, { level: constants.Z_BEST_COMPRESSION });
		entries.set(name, { type, plain, gzip });
		sizes[name || 'index.html'] = { plain: plain.length, gzip: gzip.length };
	}

	const server = createServer((req, res) => {
		const match = /^\/(plain|gzip)\/([^?]*)/.exec(req.url ?? '');
		const entry = match && entries.get(match[2]);
		if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const gzip = match[1] === 'gzip' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		const body = gzip ? entry.gzip : entry.plain;
		res.writeHead(200, {
			'content-type': entry.type,
			'content-length': body.length,
			'cache-control': 'no-cache',
			...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	});

	const port = await freePort();
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(undefined));
	});
	return {
		port,
		sizes,
		url: (variant, query = '') => `http://127.0.0.1:${port}/${variant}/${query}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
