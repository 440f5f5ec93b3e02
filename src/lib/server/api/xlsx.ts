/**
 * XLSX exports (exceljs) that open right in Excel and LibreOffice Calc: TERYT codes as text (the
 * leading zero stays), dates as dates, numbers as numbers, links as links, the header row frozen
 * and bold, every column as wide as the export's table says (src/lib/domain/fields.ts).
 */
import ExcelJS from 'exceljs';
import type { CsvColumn } from '../../domain/fields';
import { safeHref } from '../../safe-url';

/** A cell's value as its column's type writes it. */
function cellValue(type: CsvColumn<object>['type'], v: unknown): ExcelJS.CellValue {
	if (v === null || v === undefined || v === '') return null;
	switch (type) {
		case 'number':
			return typeof v === 'number' ? v : Number.isFinite(Number(v)) ? Number(v) : String(v);
		case 'date':
			// A full ISO date (src/lib/dates.ts), at noon UTC so no time zone moves the day.
			return /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? new Date(`${String(v)}T12:00:00Z`) : String(v);
		case 'url': {
			const href = safeHref(String(v));
			return href ? { text: String(v), hyperlink: href } : String(v);
		}
		default:
			return String(v);
	}
}

/** One sheet named `sheet` with a header row of the columns' names and one row per item. */
export async function toXlsx<T extends object>(
	sheet: string,
	columns: readonly CsvColumn<T>[],
	items: readonly T[],
	meta: { title: string; source: string }
): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = 'Mapa Partnerstw';
	book.title = meta.title;
	book.description = meta.source;
	// A fixed date keeps the file the same for the same data (caches, ETags, dumps).
	book.created = book.modified = new Date('2026-01-01T00:00:00Z');
	const ws = book.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
	ws.columns = columns.map((c) => ({
		header: c.csv,
		key: c.api,
		width: c.width ?? 14,
		style:
			c.type === 'teryt' || c.type === 'text' || c.type === 'url'
				? { numFmt: '@' }
				: c.type === 'date'
					? { numFmt: 'yyyy-mm-dd' }
					: {}
	}));
	ws.getRow(1).font = { bold: true };
	for (const item of items)
		ws.addRow(
			Object.fromEntries(
				columns.map((c) => [c.api, cellValue(c.type, (item as Record<string, unknown>)[c.api])])
			)
		);
	ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
	return Buffer.from(await book.xlsx.writeBuffer());
}
