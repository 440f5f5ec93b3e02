import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root: the nearest folder above this module that holds drizzle/meta/_journal.json.
 * Works from src/ (dev, tests, scripts) and from build/server/chunks/ (node build), so the app
 * finds its migrations and bundled data wherever it is started from (drizzle's migrator is
 * cwd-relative otherwise).
 */
function findRoot(): string {
	if (process.env.APP_ROOT) return resolve(process.env.APP_ROOT);
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		if (existsSync(resolve(dir, 'drizzle/meta/_journal.json'))) return dir;
		const parent = dirname(dir);
		if (parent === dir) return process.cwd();
		dir = parent;
	}
}

export const appRoot = findRoot();
export const migrationsDir = resolve(appRoot, 'drizzle');
export const dataDir = resolve(appRoot, 'data');
