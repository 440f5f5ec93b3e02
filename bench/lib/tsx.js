/**
 * Runs one of the bench's TypeScript helpers (which import the app's own modules) through tsx as a
 * child process. The helper prints its result as one JSON line on stdout; its stderr lines (progress)
 * go to `onLine` and to `logFile`.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * @param {string} root
 * @param {string} script
 * @param {string[]} args
 * @param {{ logFile?: string, onLine?: (line: string) => void, env?: Record<string, string> }} [options]
 */
export function runTsx(root, script, args, { logFile, onLine = () => {}, env = {} } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, script), ...args], {
			cwd: root,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
		log?.write(`\n$ tsx ${script} ${args.join(' ')}\n`);
		let stdout = '';
		const tail = [];
		child.stdout.on('data', (d) => (stdout += d));
		createInterface({ input: child.stderr }).on('line', (line) => {
			log?.write(line + '\n');
			tail.push(line);
			if (tail.length > 30) tail.shift();
			onLine(line);
		});
		child.on('error', reject);
		child.on('close', (code, signal) => {
			log?.end();
			if (code !== 0)
				return reject(
					new Error(
						`${script} failed (${signal ?? `exit code ${code}`}):\n${tail.join('\n')}\n${stdout.slice(-2000)}`
					)
				);
			const last = stdout.trim().split('\n').pop() ?? '';
			try {
				resolve(JSON.parse(last));
			} catch {
				reject(new Error(`${script} printed no JSON result:\n${stdout.slice(-2000)}`));
			}
		});
	});
}
