/**
 * The app under test: build it (`npx vite build`), copy the build to bench/out/app-build (so the
 * bench keeps running the code it built even if someone rebuilds build/ meanwhile, and so it can
 * add static files to the copy's client folder, see lib/static-mirror.js), and run that copy
 * (`node scripts/serve.js` with BUILD_DIR=bench/out/app-build, as `npm start` runs build/) on a
 * free port with a SQLite file of its own.
 */
import { spawn } from 'node:child_process';
import {
	copyFileSync,
	cpSync,
	createWriteStream,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync
} from 'node:fs';
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
 * Copies build/ to `dest` (replacing it). The copy finds node_modules, the migrations and the
 * bundled data by walking up from its own folder, which lies inside the project.
 */
export function copyBuild(root, dest) {
	const src = join(root, 'build');
	if (!existsSync(join(src, 'index.js')))
		throw new Error('No build/index.js: run without --no-build (or `npm run build`) first.');
	rmSync(dest, { recursive: true, force: true });
	cpSync(src, dest, { recursive: true });
	return dest;
}

/** VmRSS and VmHWM (peak RSS since start) of a process, in bytes; null once it is gone. */
export function readMemory(pid) {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
		return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
	} catch {
		return null;
	}
}

/**
 * Starts the built app (scripts/serve.js on `buildDir`). Returns { url, pid, port, startMs, memory(), stop() }.
 * Its output goes to `outDir/<name>.log`. The database: `dbFile` copied into a temporary folder
 * under `outDir` when given (the copy is the app's to write to), else a fresh empty file there,
 * which the app fills from its bundled data at first start. stop() removes the folder.
 */
export async function startApp({
	root,
	outDir,
	buildDir = join(root, 'build'),
	dbFile = null,
	name = 'app',
	readyPath = '/api/v1/units/12',
	timeoutMs = 300_000
}) {
	const port = await freePort();
	const dbDir = mkdtempSync(join(outDir, 'db-'));
	const dbPath = join(dbDir, 'mapa.db');
	if (dbFile) copyFileSync(dbFile, dbPath);
	const logPath = join(outDir, `${name}.log`);
	const log = createWriteStream(logPath);
	const child = spawn(process.execPath, [join(root, 'scripts/serve.js')], {
		cwd: root,
		env: {
			...process.env,
			BUILD_DIR: buildDir,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_URL: dbPath
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
			timeoutMs,
			alive: () => (exited === null ? true : `${exited} (see ${logPath})`)
		});
	} catch (err) {
		await stop();
		throw err;
	}
	return {
		url,
		port,
		pid: child.pid,
		dbPath,
		logPath,
		startMs: Date.now() - started,
		memory: () => readMemory(child.pid),
		alive: () => exited === null,
		stop
	};
}
