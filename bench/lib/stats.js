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
