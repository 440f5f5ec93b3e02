/** Small statistics helpers for benchmark samples (numbers; empty input gives NaN). */

/** The p-th percentile (0..100) with linear interpolation between the closest ranks. */
export function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p / 100) * (sorted.length - 1);
	const lo = Math.floor(rank);
	const hi = Math.ceil(rank);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export function median(values) {
	return percentile(values, 50);
}

export function mean(values) {
	return values.length ? values.reduce((s, v) => s + v, 0) / values.length : NaN;
}

/** Median, quartiles and extremes of a sample, for the JSON output and tables. */
export function summarize(values) {
	return {
		n: values.length,
		median: median(values),
		p25: percentile(values, 25),
		p75: percentile(values, 75),
		min: values.length ? Math.min(...values) : NaN,
		max: values.length ? Math.max(...values) : NaN,
		mean: mean(values)
	};
}

/**
 * Medians over load runs of one side (ours, static, bare): rates and latencies by median, errors
 * summed. `detail` adds the responses, error kinds and status codes (the API measure shows them).
 */
export function summarizeRuns(runs, { detail = false } = {}) {
	const pick = (k) => median(runs.map((r) => r[k]));
	const sum = (k) => runs.reduce((s, r) => s + r[k], 0);
	const merge = (k) =>
		runs.reduce((acc, r) => {
			for (const [key, v] of Object.entries(r[k] ?? {})) acc[key] = (acc[key] ?? 0) + v;
			return acc;
		}, {});
	return {
		rps: pick('rps'),
		p50: pick('p50'),
		p95: pick('p95'),
		p99: pick('p99'),
		cpuMsPerRequest: pick('cpuMsPerRequest'),
		serverBusy: pick('serverBusy'),
		...(detail ? { responses: sum('responses') } : {}),
		errors: sum('errors'),
		...(detail ? { errorKinds: merge('errorKinds') } : {}),
		timeouts: sum('timeouts'),
		non2xx: sum('non2xx'),
		...(detail ? { statusCodes: merge('statusCodes') } : {})
	};
}
