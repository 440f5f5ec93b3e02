// A bystander's requests, from a process of its own: `node bench/lib/probe.js URL SECONDS` sends
// one GET at a time on a keep-alive connection for SECONDS and prints the latencies (ms) as JSON.
// In its own process, so a load generator running beside it (autocannon with hundreds of
// connections keeps its own event loop busy) cannot delay the probe's timing: what it measures is
// the server's answer time.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const [url, seconds = '8'] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const until = performance.now() + Number(seconds) * 1000;
const latencies = [];
let errors = 0;

function once() {
	return new Promise((resolve) => {
		const started = performance.now();
		const req = http.get(url, { agent, headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
			res.resume();
			res.on('end', () => {
				if (res.statusCode === 200) latencies.push(performance.now() - started);
				else errors++;
				resolve();
			});
		});
		req.setTimeout(60_000, () => req.destroy(new Error('timeout')));
		req.on('error', () => {
			errors++;
			resolve();
		});
	});
}

while (performance.now() < until) await once();
agent.destroy();
process.stdout.write(JSON.stringify({ latencies, errors }));
