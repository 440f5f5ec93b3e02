/**
 * Reading an edit form (SvelteKit form action, with or without JavaScript): fields named as the
 * API's record properties, lists repeated (`units=1206113&units=1206012`), rows of structured lists
 * as parallel repeated fields (`sources.name`, `sources.url`). Every value is checked for its type
 * and size; problems are collected per field, in the page's language.
 */
import type { Db } from '../db';
import type { Lang } from '../../format';
import { say } from '../../i18n';
import { checkTeryt } from '../../teryt';

/** Messages by form field name; `_` for the form as a whole. */
export type FieldErrors = Record<string, string>;

/** The longest a single value of a form may be (the longest field limit, the presentation). */
const MAX_VALUE = 300_000;
/** The most values one repeated field may carry. */
const MAX_REPEATS = 3000;

export function formReader(form: FormData, lang: Lang) {
	const errors: FieldErrors = {};
	const add = (field: string, pl: string, en: string) => {
		errors[field] ??= say(lang, pl, en);
	};
	const strings = (name: string): string[] => {
		const values = form.getAll(name);
		if (values.length > MAX_REPEATS) {
			add(name, `Za dużo wartości (${values.length})`, `Too many values (${values.length})`);
			return [];
		}
		return values.flatMap((v) => {
			if (typeof v !== 'string') {
				add(name, 'Oczekiwano tekstu, nie pliku', 'Text expected, not a file');
				return [];
			}
			if (v.length > MAX_VALUE) {
				add(name, 'Wartość jest za długa', 'The value is too long');
				return [];
			}
			return [v];
		});
	};
	/** One text value, trimmed; null when empty or absent. */
	const text = (name: string): string | null => {
		const v = strings(name)[0]?.trim();
		return v ? v : null;
	};
	/** A list from repeated fields, each also split (one per line, or by `split`). */
	const list = (name: string, split: RegExp = /\r?\n/): string[] => [
		...new Set(
			strings(name)
				.flatMap((v) => v.split(split))
				.map((v) => v.trim())
				.filter(Boolean)
		)
	];
	/** Rows of parallel repeated fields (`sources.name`, `sources.url`), empty rows left out. */
	const rows = <K extends string>(
		prefix: string,
		keys: readonly K[]
	): Record<K, string | null>[] => {
		const columns = keys.map((k) => strings(`${prefix}.${k}`));
		const count = Math.max(0, ...columns.map((c) => c.length));
		const out: Record<K, string | null>[] = [];
		for (let i = 0; i < count; i++) {
			const row = Object.fromEntries(
				keys.map((k, j) => [k, columns[j][i]?.trim() || null])
			) as Record<K, string | null>;
			if (keys.some((k) => row[k])) out.push(row);
		}
		return out;
	};
	/** An ISO date or a year (YYYY, YYYY-MM, YYYY-MM-DD), kept as typed when it is not one. */
	const date = (name: string): string | null => {
		const v = text(name);
		if (v && !isDate(v))
			add(
				name,
				`„${v.slice(0, 40)}” nie jest datą: wpisz rok (2015) albo datę RRRR-MM-DD`,
				`"${v.slice(0, 40)}" is not a date: type a year (2015) or a date YYYY-MM-DD`
			);
		return v;
	};
	const integer = (name: string): number | null => {
		const v = text(name)?.replace(/[\s\u00a0]/g, '');
		if (!v) return null;
		if (!/^\d{1,9}$/.test(v)) {
			add(
				name,
				`„${v.slice(0, 40)}” nie jest liczbą całkowitą`,
				`"${v.slice(0, 40)}" is not a whole number`
			);
			return null;
		}
		return Number(v);
	};
	const required = (name: string, value: string | null) => {
		if (!value) add(name, 'To pole jest wymagane', 'This field is required');
	};
	return { errors, add, strings, text, list, rows, date, integer, required };
}

export type FormReader = ReturnType<typeof formReader>;

export function isDate(v: string): boolean {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
	if (!m) return false;
	const [, y, mo, d] = m.map(Number);
	if (y < 1900 || y > 2100) return false;
	if (m[2] && (mo < 1 || mo > 12)) return false;
	if (m[3]) {
		const day = new Date(Date.UTC(y, mo - 1, d));
		return day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
	}
	return true;
}

/**
 * TERYT codes that are well formed and in the units table; each bad one gets a message on
 * `field` naming it.
 */
export function knownUnits(
	db: Db,
	r: FormReader,
	field: string,
	codes: string[],
	lang: Lang
): string[] {
	const exists = db.$client.prepare('SELECT 1 FROM units WHERE code = ?');
	return codes.filter((code) => {
		const shape = checkTeryt(code, undefined, lang);
		if (!shape.ok) {
			r.add(field, shape.message, shape.message);
			return false;
		}
		if (!exists.get(code)) {
			r.add(field, `Nie ma jednostki o kodzie TERYT ${code}`, `No unit has the TERYT code ${code}`);
			return false;
		}
		return true;
	});
}
