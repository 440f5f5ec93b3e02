/**
 * The server-side measures, run together per synthetic scale because they share a started app:
 * "api" (measures/api.js), "tiles" (measures/tiles.js) and "memory" (measures/memory.js).
 *
 * Per scale: (1) start the app on a copy of the scale's cached database and record the responses
 * the static side will serve (API bodies, tiles) into the bench copy of the build
 * (lib/static-mirror.js); stop it. (2) Start it again, so that adapter-node's static handler sees
 * those files; note RSS at rest; run the loads, ours and static alternating, sampling RSS; profile
 * one request with the app's code through tsx; stop it. The memory baseline is the same build on
 * the bundled real data only.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startApp } from '../lib/app-server.js';
import { startBareServer } from '../lib/bare-server.js';
import { onCleanup, interrupted } from '../lib/cleanup.js';
import { runLoad } from '../lib/load.js';
import { sleep } from '../lib/net.js';
import { waitIdle } from '../lib/proc.js';
import { fetchRaw, mirror, MIRROR_PREFIX } from '../lib/static-mirror.js';
import { scaleById } from '../lib/synthetic.js';
import { polandTiles } from '../lib/tiles-list.js';
import * as api from './api.js';
import * as tiles from './tiles.js';

export const id = 'server';

/** The tile versions the app puts into its map style (tileVersions(): the meta table). */
function readVersions(dbPath) {
	const db = new Database(dbPath, { readonly: true, fileMustExist: true });
	try {
		const rows = /** @type {{ key: string, value: string }[]} */ (
			db.prepare('SELECT key, value FROM meta').all()
		);
		const get = (key) => rows.find((r) => r.key === key)?.value ?? '0';
		return { boundaries: get('boundaries_version'), partnerships: get('records_version') };
	} finally {
		db.close();
	}
}

const fileBytes = (path) =>
	['', '-wal'].reduce((s, ext) => {
		try {
			return s + statSync(path + ext).size;
		} catch {
			return s;
		}
	}, 0);

/** A started app plus RSS sampling: peaks per kind of load. */
function session(app, scale, mirrored) {
	const peak = { api: NaN, tiles: NaN };
	const sampleMemory = (kind) => () => {
		const m = app.memory();
		if (m && !(m.rss <= peak[kind])) peak[kind] = m.rss;
	};
	return {
		app,
		scale,
		mirrored,
		peak,
		sampleMemory,
		/** A load on the app cycling through `paths`, sampling its memory as a load of `kind`. */
		loadPaths: (kind, paths, seconds) =>
			runLoad({ url: app.url, paths, seconds, pid: app.pid, onTick: sampleMemory(kind) })
	};
}

async function startTracked(options) {
	const app = await startApp(options);
	onCleanup(() => app.stop());
	return app;
}

/** Both tile sets answer (they are built at start; this makes sure), then the app is idle. */
async function settle(app, versions) {
	for (const set of tiles.SETS)
		await fetchRaw(`${app.url}/tiles/${set}/${versions[set]}/5/17/10.pbf`);
	await sleep(500);
	await waitIdle(app.pid);
	return app.memory();
}

async function recordStatic(env, app, scale, want, settings, log) {
	const clientDir = join(env.buildDir, 'client');
	const base = `${MIRROR_PREFIX}/${scale.id}`;
	rmSync(join(clientDir, base), { recursive: true, force: true });
	const mirrored = { api: {}, tiles: {} };
	if (want.api)
		for (const q of api.QUERIES)
			mirrored.api[q.id] = await mirror(app.url + q.path, clientDir, `${base}/api/${q.id}.json`);
	const versions = readVersions(app.dbPath);
	if (want.tiles && settings.tileScales.includes(scale.id)) {
		const coords = polandTiles();
		for (const set of tiles.SETS) {
			const list = [];
			let empty = 0;
			let current = true;
			for (const { z, x, y } of coords) {
				const path = `/tiles/${set}/${versions[set]}/${z}/${x}/${y}.pbf`;
				const m = await mirror(
					app.url + path,
					clientDir,
					`${base}/tiles/${set}/${z}/${x}/${y}.pbf`
				);
				if (m.status === 204) empty++;
				else if (m.status !== 200) throw new Error(`${path}: HTTP ${m.status}`);
				else {
					current &&= m.cacheControl.includes('immutable');
					list.push({ path, ...m, coldMs: m.ms });
				}
			}
			mirrored.tiles[set] = { version: versions[set], versionCurrent: current, list, empty };
		}
		log(
			`  ${scale.id}: recorded ${tiles.SETS.map((s) => `${mirrored.tiles[s].list.length} ${s}`).join(', ')} tiles for the static side`
		);
	}
	return { mirrored, versions };
}

async function runScale(env, scaleId, want, settings, log) {
	const scale = scaleById(scaleId);
	const dbFile = env.data.files[scaleId];
	const options = {
		root: env.root,
		outDir: env.out,
		buildDir: env.buildDir,
		dbFile,
		name: `app-${scaleId}`
	};
	log(
		`Scale ${scaleId} (${scale.practices} practices, ${scale.partnerships} partnerships): first start, recording responses for the static side…`
	);
	const first = await startTracked(options);
	let recorded;
	try {
		recorded = await recordStatic(env, first, scale, want, settings, log);
	} finally {
		await first.stop();
	}

	log(`  ${scaleId}: second start (the static handler now lists the recorded files)…`);
	const app = await startTracked(options);
	const out = { startMs: app.startMs, firstStartMs: first.startMs };
	try {
		const s = session(app, scale, recorded.mirrored);
		const rest = await settle(app, recorded.versions);
		if (want.api) {
			// Unmeasured: 1 s over every query, ours and static (JIT, SQLite and file caches).
			await runLoad({
				url: app.url,
				paths: api.QUERIES.flatMap((q) => {
					const m = recorded.mirrored.api[q.id];
					return m.status === 200 ? [q.path, m.mirrorPath] : [q.path];
				}),
				seconds: 1,
				pid: app.pid
			});
			const bare = await startBareServer(join(env.buildDir, 'client'));
			onCleanup(() => bare.stop());
			try {
				out.api = await api.runAt({ ...s, bare }, settings, log);
			} finally {
				await bare.stop();
			}
		}
		if (want.tiles && settings.tileScales.includes(scaleId))
			out.tiles = await tiles.runAt(s, settings, log);
		if (want.memory && !want.api) await loadApiForMemory(s, settings);
		out.memory = {
			dbBytes: fileBytes(dbFile),
			rest: rest?.rss ?? NaN,
			peak: s.peak,
			hwm: app.memory()?.hwm ?? NaN
		};
		if (want.api) {
			log(`  ${scaleId}: profiling one request of each query with the app's code (tsx)…`);
			out.api.profile = await api
				.profileAt(s, settings, env)
				.catch((err) => ({ error: err instanceof Error ? err.message : String(err) }));
			out.api.profile.srcChangedSinceBuild = env.srcChanged?.() ?? false;
		}
	} finally {
		await app.stop();
	}
	return out;
}

/** Load on every API query for the memory measure, sampling the app's memory meanwhile. */
function loadApiForMemory(s, settings) {
	return s.loadPaths(
		'api',
		api.QUERIES.map((q) => q.path),
		settings.loadSeconds
	);
}

/** The memory baseline: the app on its bundled real data only (loaded at first start). */
async function realBaseline(env, settings, log) {
	log('Memory baseline: the app on its bundled real data only…');
	const app = await startTracked({
		root: env.root,
		outDir: env.out,
		buildDir: env.buildDir,
		name: 'app-real'
	});
	try {
		const versions = readVersions(app.dbPath);
		const rest = await settle(app, versions);
		const s = session(app, { id: 'real' }, null);
		await loadApiForMemory(s, settings);
		return {
			startMs: app.startMs,
			memory: {
				dbBytes: fileBytes(app.dbPath),
				rest: rest?.rss ?? NaN,
				peak: s.peak,
				hwm: app.memory()?.hwm ?? NaN
			}
		};
	} finally {
		await app.stop();
	}
}

const message = (err) => (err instanceof Error ? (err.stack ?? err.message) : String(err));

/** Runs the selected server measures (`want`: { api, tiles, memory }) at settings.scales. */
export async function run(env, { want, settings, log }) {
	const result = {
		settings: {
			scales: settings.scales,
			tileScales: settings.tileScales,
			loadRuns: settings.loadRuns,
			loadSeconds: settings.loadSeconds,
			staticSeconds: settings.staticSeconds,
			connections: 50,
			profileRuns: settings.profileRuns,
			sequential: settings.sequential
		},
		want,
		real: null,
		scales: {},
		phases: {}
	};
	if (want.memory) {
		const t = Date.now();
		try {
			result.real = await realBaseline(env, settings, log);
		} catch (err) {
			if (interrupted()) throw err;
			result.real = { error: message(err) };
			log(`  memory baseline failed: ${message(err)}`);
		}
		result.phases.real = Date.now() - t;
	}
	for (const scaleId of settings.scales) {
		const t = Date.now();
		try {
			result.scales[scaleId] = await runScale(env, scaleId, want, settings, log);
		} catch (err) {
			if (interrupted()) throw err;
			result.scales[scaleId] = { error: message(err) };
			log(`  scale ${scaleId} failed: ${message(err)}`);
		}
		result.phases[scaleId] = Date.now() - t;
	}
	return result;
}
