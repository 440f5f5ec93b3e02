/**
 * Report sections as plain-text tables (terminal) or Markdown. A section is
 * { title, columns: [{ label, align: 'left' | 'right' }], rows: [[string]], notes: [string] }.
 */

export function sectionToText({ title, columns, rows, notes = [] }) {
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

export function sectionToMarkdown({ title, columns, rows, notes = [] }) {
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

/** Number formatting shared by the measures. */
export const fmt = {
	ms: (v) => (Number.isFinite(v) ? Math.round(v).toString() : '–'),
	kib: (bytes) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : '–'),
	ratio: (v) => (Number.isFinite(v) ? v.toFixed(2) : '–'),
	passFail: (ok) => (ok ? 'PASS' : 'FAIL')
};
