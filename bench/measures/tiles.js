/**
 * Measure "tiles": vector tiles of both sets (/tiles/boundaries/… and /tiles/partnerships/…)
 * for a realistic list over Poland at z5-z10 (lib/tiles-list.js), 50 connections each cycling
 * through the list, with the app's tile cache warm, against the same tiles as static files served
 * by the same server (lib/static-mirror.js). Also the time to build a tile on its first request
 * (cold cache). Runs inside measures/server.js, per scale (partnership tiles grow with M).
 */
import { fetchRaw } from '../lib/static-mirror.js';
import { runLoad } from '../lib/load.js';
import { percentile, summarizeRuns } from '../lib/stats.js';
import { BUSY_NOTE, columns, fmt } from '../lib/table.js';

export const SETS = ['boundaries', 'partnerships'];

export async function runAt(session, settings, log) {
	const { app, scale, mirrored } = session;
	const sets = {};
	for (const set of SETS) {
		const tiles = mirrored.tiles[set];
		if (tiles.error) {
			sets[set] = { error: tiles.error };
			continue;
		}
		if (tiles.list.length === 0) {
			sets[set] = { error: 'no tile with content in the list' };
			continue;
		}
		// Fill the app's cache (this process has not built them yet).
		for (const t of tiles.list) {
			const res = await fetchRaw(app.url + t.path);
			if (res.status !== 200) throw new Error(`${t.path}: HTTP ${res.status} on the second start`);
		}
		const ours = [];
		const stat = [];
		for (let i = 0; i < settings.loadRuns; i++) {
			ours.push(
				await session.loadPaths(
					'tiles',
					tiles.list.map((t) => t.path),
					settings.loadSeconds
				)
			);
			stat.push(
				await runLoad({
					url: app.url,
					paths: tiles.list.map((t) => t.mirrorPath),
					seconds: settings.staticSeconds,
					pid: app.pid
				})
			);
		}
		const o = summarizeRuns(ours);
		const s = summarizeRuns(stat);
		const cold = tiles.list.map((t) => t.coldMs);
		sets[set] = {
			version: tiles.version,
			versionCurrent: tiles.versionCurrent,
			count: tiles.list.length,
			empty: tiles.empty,
			wireBytesAvg: tiles.list.reduce((sum, t) => sum + t.wireBytes, 0) / tiles.list.length,
			largest: tiles.list.reduce((a, b) => (b.wireBytes > a.wireBytes ? b : a)),
			encoding: tiles.list[0].encoding,
			coldMs: { p50: percentile(cold, 50), p95: percentile(cold, 95), max: Math.max(...cold) },
			ours: o,
			static: s,
			ratio: o.rps / s.rps,
			runs: { ours, static: stat }
		};
		log(
			`  ${scale.id} tiles ${set.padEnd(12)} ours ${fmt.rps(o.rps).padStart(6)} req/s | static ${fmt.rps(s.rps).padStart(6)} req/s` +
				` | cold build p50 ${fmt.ms1(percentile(cold, 50))} ms`
		);
	}
	return { sets };
}

export function sections(result) {
	const { settings } = result;
	const rows = [];
	let count = 0;
	for (const [scaleId, s] of Object.entries(result.scales)) {
		if (!s.tiles) continue;
		for (const [set, t] of Object.entries(s.tiles.sets)) {
			if (t.error) {
				rows.push([set, scaleId, t.error, '', '', '', '', '', '', '', '', '', '']);
				continue;
			}
			count = Math.max(count, t.count + t.empty);
			rows.push([
				set,
				scaleId,
				`${t.count}`,
				fmt.kib(t.wireBytesAvg),
				`${fmt.kib(t.largest.wireBytes)} (${t.largest.path.split('/').slice(-3).join('/')})`,
				`${fmt.ms1(t.coldMs.p50)} / ${fmt.ms1(t.coldMs.p95)}`,
				fmt.rpsBusy(t.ours),
				fmt.rpsBusy(t.static),
				fmt.ratio(t.ratio),
				`${fmt.ms1(t.ours.cpuMsPerRequest)} | ${fmt.ms1(t.static.cpuMsPerRequest)}`,
				fmt.ms1(t.ours.p95),
				fmt.ms1(t.static.p95),
				`${t.ours.errors + t.ours.timeouts + t.ours.non2xx} | ${t.static.errors + t.static.timeouts + t.static.non2xx}`
			]);
		}
	}
	return [
		{
			title: `Tiles z5-z10 over Poland, 50 connections cycling through the list, warm cache: ours vs static files (median of ${settings.loadRuns} run(s) of ${settings.loadSeconds} s, static ${settings.staticSeconds} s)`,
			columns: columns(
				['Set', 'N'],
				[
					'Tiles',
					'Avg KiB (br)',
					'Largest KiB (z/x/y)',
					'Cold build p50/p95 ms',
					'Ours req/s',
					'Static req/s',
					'Ratio',
					'CPU ms/req ours | static',
					'Ours p95 ms',
					'Static p95 ms',
					'Not OK ours | static'
				]
			),
			rows,
			notes: [
				`The list: ${count} tile coordinates (all of Poland at z5-z7, 4x3 tiles around eight cities at z8-z10); tiles without content (HTTP 204) are left out of both sides.`,
				'Cold build: the first request of each tile after start (geojson-vt cut, vt-pbf encode, gzip and brotli), one at a time.',
				"Ours: tiles leave from the app's memory through the fast lane of scripts/serve.js (before SvelteKit); static: sirv reads the recorded file per request.",
				'Static: the bytes the app sent for each tile (br), as files in the build copy, served by adapter-node (sirv) in the same process.',
				BUSY_NOTE
			]
		}
	];
}
