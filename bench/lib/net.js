/** Network helpers: free ports and waiting for an HTTP endpoint. */
import { createServer } from 'node:net';

/**
 * A TCP port that is free on 127.0.0.1 right now (the OS picks it).
 * @returns {Promise<number>}
 */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
			srv.close(() => resolve(port));
		});
	});
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `url` until it answers 200. `alive()` is checked between attempts so a server that died
 * fails fast instead of timing out.
 * @param {string} url
 * @param {{ timeoutMs?: number, alive?: () => true | string }} [options] `alive` answers true or why not
 */
export async function waitForOk(url, { timeoutMs = 120_000, alive = () => true } = {}) {
	const deadline = Date.now() + timeoutMs;
	let last = '';
	while (Date.now() < deadline) {
		const why = alive();
		if (why !== true) throw new Error(`Server exited before ${url} answered: ${why}`);
		try {
			const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
			await res.arrayBuffer();
			if (res.status === 200) return;
			last = `HTTP ${res.status}`;
		} catch (err) {
			last = err instanceof Error ? err.message : String(err);
		}
		await sleep(250);
	}
	throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${last})`);
}
