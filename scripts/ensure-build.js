// Runs before `npm start`: builds the app when there is no build yet or the sources are newer,
// so `npm ci && npm start` is all a newcomer needs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	let max = s.mtimeMs;
	for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
	return max;
}

const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
const sources = Math.max(...INPUTS.filter((p) => existsSync(p)).map(newest));
if (built < sources) {
	console.log(
		built ? 'Sources changed since the last build: building…' : 'No build yet: building the app…'
	);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
