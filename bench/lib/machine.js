/** A description of the machine the numbers come from (they mean little without it). */
import os from 'node:os';

/** @param {{ chromiumVersion?: string | null }} [options] */
export function describeMachine({ chromiumVersion } = {}) {
	const cpus = os.cpus();
	return {
		cpu: cpus[0]?.model.trim() ?? 'unknown',
		cores: os.availableParallelism?.() ?? cpus.length,
		ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
		os: `${os.type()} ${os.release()} (${os.arch()})`,
		node: process.version,
		chromium: chromiumVersion ?? 'unknown',
		loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100)
	};
}

/** One line per fact, for the printed report. */
export function machineLines(m) {
	return [
		`CPU: ${m.cpu}, ${m.cores} cores; RAM ${m.ramGiB} GiB; ${m.os}`,
		`Node ${m.node}; Chromium ${m.chromium}; load average at start ${m.loadAverage.join(' / ')}`
	];
}
