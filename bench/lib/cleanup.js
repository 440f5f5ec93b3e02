/**
 * Teardown that also runs on Ctrl-C: steps registered with onCleanup() run in reverse order, once,
 * either from runCleanup() at the normal end or from a SIGINT/SIGTERM handler (which then exits).
 */
const steps = [];
let running;
let signalled = false;

/** True once SIGINT/SIGTERM arrived (errors from the interrupted work are then expected). */
export const interrupted = () => signalled;

export function onCleanup(step) {
	steps.push(step);
}

export function runCleanup() {
	running ??= (async () => {
		while (steps.length) {
			const step = steps.pop();
			try {
				await step();
			} catch (err) {
				console.error('cleanup:', err instanceof Error ? err.message : err);
			}
		}
	})();
	return running;
}

export function exitOnSignals() {
	for (const [signal, code] of /** @type {[NodeJS.Signals, number][]} */ ([
		['SIGINT', 130],
		['SIGTERM', 143]
	]))
		process.once(signal, () => {
			signalled = true;
			console.error(`\n${signal}: stopping…`);
			runCleanup().finally(() => process.exit(code));
		});
}
