/**
 * Measure "server memory": the resident set size of the app process (VmRSS from /proc/PID/status)
 * at rest after start, its peak while under the API and tile loads (sampled every 100 ms), and
 * VmHWM (the kernel's peak since start), at each synthetic scale. Baseline: the same build on the
 * bundled real data only, at rest and under a mixed load of the same API queries. Collected in
 * measures/server.js; this module makes the table.
 */
import { fmt } from '../lib/table.js';

const right = (label) => ({ label, align: 'right' });

export function sections(result) {
	const base = result.real?.memory;
	const rows = [];
	const row = (label, m, startMs) => [
		label,
		fmt.ms(startMs),
		fmt.mib(m.dbBytes),
		fmt.mib(m.rest),
		fmt.mib(m.peak.api),
		fmt.mib(m.peak.tiles),
		fmt.mib(m.hwm),
		base ? fmt.ratio(m.rest / base.rest) : '–',
		base && Number.isFinite(m.peak.api) ? fmt.ratio(m.peak.api / base.peak.api) : '–'
	];
	if (base) rows.push(row('real data only (baseline)', base, result.real.startMs));
	if (result.real?.error)
		rows.push([`real data: ${result.real.error}`, '', '', '', '', '', '', '', '']);
	for (const [scaleId, s] of Object.entries(result.scales)) {
		if (s.memory) rows.push(row(`${scaleId} synthetic + real`, s.memory, s.startMs));
		else if (s.error)
			rows.push([`${scaleId}: ${s.error.split('\n')[0]}`, '', '', '', '', '', '', '', '']);
	}
	return [
		{
			title: 'Server memory: RSS of the app process (MiB)',
			columns: [
				{ label: 'Data', align: 'left' },
				right('Start ms'),
				right('DB MiB'),
				right('At rest'),
				right('Peak, API load'),
				right('Peak, tile load'),
				right('VmHWM'),
				right('Rest / baseline'),
				right('API peak / baseline')
			],
			rows,
			notes: [
				'At rest: once the app answered its first request, both tile sets were built (the app builds its tile indexes at start) and it used under 10 % of a core for 300 ms. Start ms: from spawning `node scripts/serve.js` until GET /api/v1/units/12 answered 200 (the real-data baseline also loads the bundled data into an empty database in that time).',
				"Peaks: the highest VmRSS sampled every 100 ms during our side of the loads (50 connections); the baseline gets a mixed load of the same API queries. VmHWM: the kernel's peak RSS over the whole session."
			]
		}
	];
}
