/**
 * HTTP load with autocannon (programmatic API): a fixed number of connections against one URL or a
 * list of paths (each connection cycles through the list). Every response's latency is kept, so
 * the percentiles (p95 included, which autocannon's own summary lacks) are exact.
 * https://github.com/mcollina/autocannon
 *
 * Two ways to bound a run:
 * - `seconds`: for fast responses. Requests still in flight at the end are not counted, which
 *   biases req/s low by at most (connections / responses); plan runs so that is small.
 * - `amount`: exactly that many requests, the run ends with the last response. For slow responses,
 *   whose first answers under 50 connections take longer than a short run would last (the server
 *   interleaves all 50, so each waits for about 50 service times).
 * When `pid` (the server's) is given, the run waits until that server is idle again (work queued
 * by requests in flight at the end is finished) and reports the server CPU time it cost.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { cpuMs, waitIdle } from './proc.js';
import { percentile } from './stats.js';
import { ACCEPT_ENCODING } from './static-mirror.js';

/**
 * How to bound a run for a response whose sequential service time is `serviceMs`: `seconds` when
 * at least `rounds` (default 10) turns of all connections fit into it, else `amount` requests
 * (at least two turns, about `seconds` worth, at most `maxRequests`).
 */
export function planRun(serviceMs, { seconds, connections = 50, rounds = 10, maxRequests = 2000 }) {
	const turnMs = connections * Math.max(serviceMs, 0.01);
	if (turnMs * rounds <= seconds * 1000) return { seconds };
	const amount = Math.min(
		maxRequests,
		Math.max(2 * connections, Math.ceil((seconds * 1000) / serviceMs))
	);
	return { amount: Math.ceil(amount / connections) * connections };
}

/**
 * Runs one load. `paths` (optional): request paths cycled through by each connection;
 * `uniquePath(i)` (optional): the path of the i-th request, for loads of never-repeated URLs. `onTick` is
 * called about every 100 ms while it runs (memory sampling). Returns { rps, p50, p95, p99, mean,
 * max, responses, ok, sent, errors, errorKinds, timeouts, non2xx, statusCodes, bytesPerResponse, seconds,
 * mode, cpuMsPerRequest, serverBusy, drainMs }.
 */
export async function runLoad({
	url,
	paths = null,
	uniquePath = null,
	connections = 50,
	seconds = 2,
	amount = null,
	timeoutS = 60,
	onTick = null,
	pid = null
}) {
	const cpuBefore = pid ? cpuMs(pid) : NaN;
	let unique = 0;
	const latencies = [];
	const errorKinds = {};
	const startedAt = performance.now();
	let lastAt = startedAt;
	const result = await new Promise((resolve, reject) => {
		const ticker = onTick ? setInterval(onTick, 100) : null;
		const instance = autocannon(
			{
				url,
				connections,
				...(amount ? { amount } : { duration: seconds }),
				timeout: timeoutS,
				headers: { 'accept-encoding': ACCEPT_ENCODING },
				...(paths ? { requests: paths.map((path) => ({ method: 'GET', path })) } : {}),
				// Every request a URL not asked before (no response cache can answer it).
				...(uniquePath
					? {
							requests: [
								{ method: 'GET', setupRequest: (req) => ({ ...req, path: uniquePath(unique++) }) }
							]
						}
					: {})
			},
			(err, r) => {
				if (ticker) clearInterval(ticker);
				if (err) reject(err);
				else resolve(r);
			}
		);
		instance.on('reqError', (err) => {
			const kind = err?.code ?? err?.message ?? String(err);
			errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
		});
		instance.on('response', (_client, _status, _bytes, ms) => {
			latencies.push(ms);
			lastAt = performance.now();
		});
	});
	const drainMs = pid ? await waitIdle(pid) : 0;
	const ok = result['2xx'];
	const sent = result.requests.sent;
	// autocannon rounds its duration up to its 1 s tick; a fixed amount ends with the last answer.
	const elapsedS = amount ? (lastAt - startedAt) / 1000 : result.duration;
	const cpuPerRequest = pid ? (cpuMs(pid) - cpuBefore) / Math.max(1, sent) : NaN;
	return {
		mode: amount ? `${amount} requests` : `${seconds} s`,
		rps: ok / elapsedS,
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		p99: percentile(latencies, 99),
		mean: latencies.reduce((s, v) => s + v, 0) / (latencies.length || 1),
		max: latencies.length ? Math.max(...latencies) : NaN,
		responses: latencies.length,
		ok,
		sent,
		errors: result.errors,
		errorKinds,
		timeouts: result.timeouts,
		non2xx: result.non2xx,
		statusCodes: Object.fromEntries(
			Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])
		),
		bytesPerResponse: ok ? result.throughput.total / ok : NaN,
		seconds: elapsedS,
		// Server CPU from start until idle again, over the requests it was sent, and the share of
		// one core it kept busy: well under 1 means the server was not what limited the run.
		cpuMsPerRequest: cpuPerRequest,
		serverBusy: (ok / elapsedS) * (cpuPerRequest / 1000),
		drainMs
	};
}
