/**
 * CPU time of a process from /proc (Linux): to charge a load run with the server CPU it cost, and
 * to wait until the server has finished the work a run left behind (requests still queued when
 * the load tool stopped) before the next run starts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { sleep } from './net.js';

let ticksPerSecond;
function clockTicks() {
	if (ticksPerSecond === undefined) {
		try {
			ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
		} catch {
			ticksPerSecond = 100;
		}
	}
	return ticksPerSecond;
}

/** User + system CPU time of `pid` in ms (NaN once it is gone). */
export function cpuMs(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name (which may contain spaces) start after the last ')'.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
	} catch {
		return NaN;
	}
}

/**
 * Waits until `pid` uses less than `maxShare` of a core over `windowMs` (or `timeoutMs` passed).
 * Returns the ms waited.
 */
export async function waitIdle(pid, { windowMs = 300, maxShare = 0.1, timeoutMs = 60_000 } = {}) {
	const started = Date.now();
	for (;;) {
		const before = cpuMs(pid);
		await sleep(windowMs);
		const used = cpuMs(pid) - before;
		if (!(used > windowMs * maxShare) || Date.now() - started > timeoutMs)
			return Date.now() - started;
	}
}
