/**
 * A second ceiling for the API measure: the same bytes from memory by a bare node:http server (no
 * framework, no file system per request) in a process of its own, i.e. what Node itself can answer
 * on this machine. It serves the files the static mirror wrote (lib/static-mirror.js) under their
 * mirror paths, reading each once, with the headers our API sends (Brotli when asked for and a
 * .br exists).
 *
 *   startBareServer(clientDir) -> { url, pid, stop() }     (this module, from the bench)
 *   node bench/lib/bare-server.js CLIENT_DIR PORT           (the server process itself)
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, sleep, waitForOk } from './net.js';
import { MIRROR_PREFIX } from './static-mirror.js';

const SELF = fileURLToPath(import.meta.url);

function serve(clientDir, port) {
	const files = new Map();
	const load = (path) => {
		if (files.has(path)) return files.get(path);
		const file = join(clientDir, normalize(path));
		const entry =
			path.startsWith(MIRROR_PREFIX + '/') && existsSync(file)
				? {
						plain: readFileSync(file),
						br: existsSync(file + '.br') ? readFileSync(file + '.br') : null,
						type: file.endsWith('.json')
							? 'application/json; charset=utf-8'
							: 'application/octet-stream'
					}
				: null;
		files.set(path, entry);
		return entry;
	};
	createServer((req, res) => {
		const path = (req.url ?? '/').split('?')[0];
		if (path === '/health') return res.end('ok');
		const entry = load(path);
		if (!entry) return res.writeHead(404).end();
		const br = entry.br && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
		const body = br ? entry.br : entry.plain;
		res.writeHead(200, {
			'content-type': entry.type,
			'cache-control': 'public, max-age=60',
			'access-control-allow-origin': '*',
			etag: 'W/"bare"',
			vary: 'accept-encoding',
			'content-length': body.length,
			...(br ? { 'content-encoding': 'br' } : {})
		});
		res.end(body);
	}).listen(port, '127.0.0.1');
}

export async function startBareServer(clientDir) {
	const port = await freePort();
	const child = spawn(process.execPath, [SELF, clientDir, String(port)], { stdio: 'ignore' });
	let exited = null;
	child.on('exit', (code, signal) => (exited = signal ?? `exit code ${code}`));
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		if (exited === null && child.pid) {
			const done = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			await Promise.race([done, sleep(3000)]);
		}
	};
	try {
		await waitForOk(`${url}/health`, {
			timeoutMs: 10_000,
			alive: () => (exited === null ? true : exited)
		});
	} catch (err) {
		await stop();
		throw err;
	}
	return { url, pid: child.pid, stop };
}

if (process.argv[1] === SELF) serve(process.argv[2], Number(process.argv[3]));
