/**
 * The app under test: build it (`npx vite build`) and run the build (`node build/index.js`) on a
 * free port with a fresh SQLite file, which the app fills from its bundled data at first start.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, sleep, waitForOk } from './net.js';

/**
 * Runs `npx vite build` in `root`, its output in `logFile` (shown only when the build fails).
 * Resolves with the build time in ms.
 */
export function buildApp(root, logFile) {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['vite', 'build'], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const log = createWriteStream(logFile);
		child.stdout.pipe(log);
		child.stderr.pipe(log);
		child.on('error', reject);
		child.on('exit', (code, signal) => {
			log.end(() => {
				if (code === 0) return resolve(Date.now() - started);
				const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
				reject(new Error(`vite build failed (${signal ?? `exit code ${code}`}):\n${tail}`));
			});
		});
	});
}

/**
 * Starts the built app. Returns { url, pid, port, stop() }. Its output goes to `out/app.log`;
 * the database lives in a temporary folder under `out/` that stop() removes.
 */
export async function startApp({ root, outDir, readyPath = '/api/v1/units/12' }) {
	const port = await freePort();
	const dbDir = mkdtempSync(join(outDir, 'db-'));
	const log = createWriteStream(join(outDir, 'app.log'));
	const child = spawn(process.execPath, ['build/index.js'], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_URL: join(dbDir, 'mapa.db')
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout.pipe(log);
	child.stderr.pipe(log);
	let exited = null;
	child.on('exit', (code, signal) => (exited = signal ?? `exit code ${code}`));

	let stopping;
	const stop = () =>
		(stopping ??= (async () => {
			if (exited === null && child.pid) {
				const done = new Promise((r) => child.once('exit', r));
				process.kill(child.pid, 'SIGTERM');
				const timedOut = await Promise.race([
					done.then(() => false),
					sleep(5_000).then(() => true)
				]);
				if (timedOut && exited === null) process.kill(child.pid, 'SIGKILL');
			}
			log.end();
			rmSync(dbDir, { recursive: true, force: true });
		})());

	const url = `http://127.0.0.1:${port}`;
	const started = Date.now();
	try {
		await waitForOk(url + readyPath, {
			alive: () => (exited === null ? true : `${exited} (see ${join(outDir, 'app.log')})`)
		});
	} catch (err) {
		await stop();
		throw err;
	}
	return { url, port, pid: child.pid, startMs: Date.now() - started, stop };
}
