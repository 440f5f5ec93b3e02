/**
 * Report sections as plain-text tables (terminal) or Markdown. A section is
 * { title, columns: [{ label, align: 'left' | 'right' }], rows: [[string]], notes: [string] }.
 */

export const left = (label) => ({ label, align: 'left' });
export const right = (label) => ({ label, align: 'right' });

/** Columns of a section: the naming ones left-aligned, then the figures right-aligned. */
export const columns = (names, figures = []) => [...names.map(left), ...figures.map(right)];

/**
 * Every row as strings, one per column: a cell a measure could not fill (undefined, null) reads
 * '–' instead of failing the whole report.
 * @param {{ label: string }[]} columns
 * @param {unknown[][]} rows
 */
const cellsOf = (columns, rows) =>
	rows.map((r) => columns.map((_, i) => (r[i] == null ? '–' : String(r[i]))));

export function sectionToText({ title, columns, rows: raw, notes = [] }) {
	const rows = cellsOf(columns, raw);
	const widths = columns.map((c, i) => Math.max(c.label.length, ...rows.map((r) => r[i].length)));
	const line = (cells) =>
		cells
			.map((cell, i) =>
				columns[i].align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])
			)
			.join('  ')
			.trimEnd();
	return [
		title,
		line(columns.map((c) => c.label)),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...rows.map(line),
		...notes.map((n) => `  ${n}`)
	].join('\n');
}

export function sectionToMarkdown({ title, columns, rows: raw, notes = [] }) {
	const rows = cellsOf(columns, raw);
	const esc = (s) => s.replace(/\|/g, '\\|');
	return [
		`## ${title}`,
		'',
		`| ${columns.map((c) => esc(c.label)).join(' | ')} |`,
		`|${columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`,
		...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
		...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : [])
	].join('\n');
}

/** Note for tables using fmt.rpsBusy. */
export const BUSY_NOTE =
	'*: the server process was busy less than half of that run (req/s x CPU ms/req < 0.5 of a core): something else limited it (the load tool, other work on the machine); the CPU ms/req column is the steadier figure.';

/** Number formatting shared by the measures. */
export const fmt = {
	ms: (v) => (Number.isFinite(v) ? Math.round(v).toString() : '–'),
	kib: (bytes) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : '–'),
	ms1: (v) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : Math.round(v).toString()) : '–'),
	rps: (v) => (Number.isFinite(v) ? (v < 100 ? v.toFixed(1) : Math.round(v).toString()) : '–'),
	mib: (bytes) => (Number.isFinite(bytes) ? (bytes / 2 ** 20).toFixed(0) : '–'),
	ratio: (v) => (Number.isFinite(v) ? (v < 0.1 && v > 0 ? v.toFixed(3) : v.toFixed(2)) : '–'),
	passFail: (ok) => (ok ? 'PASS' : 'FAIL'),
	/** req/s of a load summary, starred when the server was busy under half of the run. */
	rpsBusy: (s) =>
		`${Number.isFinite(s.rps) ? (s.rps < 100 ? s.rps.toFixed(1) : Math.round(s.rps)) : '–'}${s.serverBusy < 0.5 ? '*' : ''}`
};
