/**
 * A small RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF) for the data builds.
 * The shared sources use both "," and ";" as separators, so the separator is a parameter.
 */
export function parseCsv(text: string, separator = ','): string[][] {
	return parseCsvLines(text, separator).map((r) => r.cells);
}

/**
 * The same, with the line of the text each row starts on (1-based; a quoted field may span
 * lines), for messages that name the line of the file.
 */
export function parseCsvLines(text: string, separator = ','): { line: number; cells: string[] }[] {
	const rows: { line: number; cells: string[] }[] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let start = 1;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else {
				if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
				field += c;
			}
		} else if (c === '"' && field === '') quoted = true;
		else if (c === separator) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push({ line: start, cells: row });
			row = [];
			field = '';
			start = ++line;
		} else field += c;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push({ line: start, cells: row });
	}
	return rows.filter((r) => r.cells.length > 1 || r.cells[0] !== '');
}

/** Rows as objects keyed by the header line. */
export function readCsvObjects(text: string, separator = ','): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''), separator);
	return rows.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

/**
 * CSV that opens correctly in Polish Excel: UTF-8 with a BOM, semicolons (Excel's list separator
 * under a Polish locale uses the comma for decimals), CRLF line ends, quotes where needed.
 */
export function toExcelCsv(
	header: string[],
	rows: (string | number | null | undefined)[][]
): string {
	const cell = (v: string | number | null | undefined) => {
		if (v === null || v === undefined) return '';
		const s = typeof v === 'number' ? String(v).replace('.', ',') : v;
		// A leading =, +, - or @ would be read as a formula (CSV injection): prefix an apostrophe.
		const safe = /^[=+\-@\t\r]/.test(s) && typeof v !== 'number' ? `'${s}` : s;
		return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
	};
	return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** A list export: one column per entry of a CSV table of src/lib/domain/fields.ts, in its order. */
export function toExcelCsvTable<T extends object>(
	columns: readonly { csv: string; api: keyof T & string }[],
	items: readonly T[]
): string {
	return toExcelCsv(
		columns.map((c) => c.csv),
		items.map((item) => columns.map((c) => item[c.api] as string | number | null | undefined))
	);
}
