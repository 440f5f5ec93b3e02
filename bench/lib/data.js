/**
 * The benchmark's SYNTHETIC databases (see lib/synthetic.js): one SQLite file per scale, cached in
 * bench/out/data/ under a key made of the scale and a hash of everything that decides their
 * content: the migrations, the bundled real data, the generator and loader, and the app's code
 * that writes records (merged areas, search index). A file is built once per key, by growing the
 * next smaller scale's file (the data of a smaller scale is a prefix of a larger one's), with the
 * app's own code through `npx tsx bench/lib/load-synthetic.ts`. Files of other keys are removed.
 */
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync
} from 'node:fs';
import { join, relative } from 'node:path';
import { SCALES } from './synthetic.js';
import { runTsx } from './tsx.js';

/** Files and folders (all files inside, sorted) whose content is part of the cache key. */
export const KEY_SOURCES = [
	'drizzle',
	'data/boundaries',
	'data/records',
	'bench/lib/synthetic.js',
	'bench/lib/load-synthetic.ts',
	'src/lib/server/db/index.ts',
	'src/lib/server/db/seed.ts',
	'src/lib/server/db/versions.ts',
	'src/lib/server/setup.ts',
	'src/lib/server/records/write.ts',
	'src/lib/server/records/rows.ts',
	'src/lib/domain',
	'src/lib/server/search.ts',
	'src/lib/server/partnerships/area.ts',
	'src/lib/geo/merge.ts'
];

function filesUnder(root, path) {
	const abs = join(root, path);
	if (!existsSync(abs)) return [];
	try {
		return readdirSync(abs, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => relative(root, join(e.parentPath ?? e.path, e.name)))
			.sort();
	} catch (err) {
		if (err.code === 'ENOTDIR') return [path];
		throw err;
	}
}

/** 12 hex digits over the paths and contents of KEY_SOURCES. */
export function dataKey(root) {
	return treeHash(root, KEY_SOURCES);
}

/** 12 hex digits over the paths and contents of every file under `sources` (files or folders). */
export function treeHash(root, sources) {
	const hash = createHash('sha256');
	for (const source of sources)
		for (const file of filesUnder(root, source)) {
			hash.update(file + '\0');
			hash.update(readFileSync(join(root, file)));
			hash.update('\0');
		}
	return hash.digest('hex').slice(0, 12);
}

/**
 * Makes sure the cached files of `scaleIds` exist; returns { files: { id: path }, built: [...] }
 * with the loader's timings for each file built now. `fresh` rebuilds them all.
 * @param {string} root
 * @param {string} outDir
 * @param {string[]} scaleIds
 * @param {{ log?: (message: string) => void, fresh?: boolean }} [options]
 */
export async function ensureSyntheticData(root, outDir, scaleIds, { log, fresh = false } = {}) {
	const dir = join(outDir, 'data');
	mkdirSync(dir, { recursive: true });
	const key = dataKey(root);
	const fileOf = (scale) => join(dir, `synthetic-${scale.id}-${key}.db`);
	for (const name of readdirSync(dir))
		if (/^synthetic-.*\.db(-wal|-shm)?$/.test(name) && (fresh || !name.includes(`-${key}.db`)))
			rmSync(join(dir, name), { force: true });
	for (const name of readdirSync(dir))
		if (name.startsWith('building-')) rmSync(join(dir, name), { force: true });

	const wanted = SCALES.filter((s) => scaleIds.includes(s.id));
	const last = Math.max(...wanted.map((s) => SCALES.indexOf(s)));
	const files = {};
	const built = [];
	// Grow scale by scale up to the largest one wanted (smaller ones are steps on the way).
	for (let i = 0; i <= last; i++) {
		const scale = SCALES[i];
		const file = fileOf(scale);
		if (!existsSync(file)) {
			const tmp = join(dir, `building-${scale.id}.db`);
			const from = i > 0 && existsSync(fileOf(SCALES[i - 1])) ? fileOf(SCALES[i - 1]) : null;
			if (from) copyFileSync(from, tmp);
			log(
				`Synthetic data ${scale.id} (${scale.practices} practices, ${scale.partnerships} partnerships)` +
					`${from ? ` grown from ${SCALES[i - 1].id}` : ''}: building with the app's savePartnership/savePractice…`
			);
			const started = Date.now();
			let lastShown = 0;
			const result = await runTsx(
				root,
				'bench/lib/load-synthetic.ts',
				[
					'--db',
					tmp,
					'--practices',
					String(scale.practices),
					'--partnerships',
					String(scale.partnerships)
				],
				{
					logFile: join(outDir, 'data.log'),
					onLine: (line) => {
						// Progress at most every 15 s, so a long build shows it is alive.
						if (Date.now() - lastShown > 15_000 && /^\s+(practices|partnerships) /.test(line)) {
							lastShown = Date.now();
							log(`  ${line.trim()}`);
						}
					}
				}
			);
			for (const ext of ['-wal', '-shm']) rmSync(tmp + ext, { force: true });
			renameSync(tmp, file);
			built.push({
				scale: scale.id,
				ms: Date.now() - started,
				from: from && SCALES[i - 1].id,
				result
			});
			log(
				`  built in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
					`(partnerships ${(result.partnerships.ms / 1000).toFixed(1)} s, ${result.partnerships.count} new; ` +
					`practices ${(result.practices.ms / 1000).toFixed(1)} s, ${result.practices.count} new)`
			);
		}
		if (wanted.includes(scale)) files[scale.id] = file;
	}
	return { key, files, built };
}
