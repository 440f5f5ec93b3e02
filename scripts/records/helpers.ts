/** Small text, date and member-list helpers shared by the sources' modules. */
import { foldPolish } from '../../src/lib/units/match.ts';
import type { Member, OtherMember } from './types.ts';

export function clean(s: string | undefined | null): string {
	return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function orNull(s: string | undefined | null): string | null {
	const c = clean(s);
	return c === '' || c === 'NA' ? null : c;
}

/** "2016/09/04" → "2016-09-04"; a bare year stays a year. */
export function isoDate(s: string | undefined, where: string): string | null {
	const c = orNull(s);
	if (!c) return null;
	const m = /^(\d{4})[/.-](\d{2})[/.-](\d{2})$/.exec(c);
	if (m) return `${m[1]}-${m[2]}-${m[3]}`;
	if (/^\d{4}$/.test(c)) return c;
	throw new Error(`${where}: date "${c}" is not YYYY/MM/DD or YYYY`);
}

/** "4,240,820.46" → 4240820.46 (keep.eu writes thousands separators in some columns). */
export function amount(s: string | undefined, where: string): number | null {
	const c = orNull(s);
	if (!c) return null;
	const n = Number(c.replace(/,/g, ''));
	if (!Number.isFinite(n)) throw new Error(`${where}: amount "${c}" is not a number`);
	return Math.round(n * 100) / 100;
}

/** The URL at the start of a source cell such as "https://… (stored page text)". */
export function urlOf(cell: string, where: string): string {
	const m = /https?:\/\/[^\s)]+/.exec(cell);
	if (!m) throw new Error(`${where}: no URL in source "${cell}"`);
	return m[0];
}

export function webUrl(site: string): string {
	return /^https?:\/\//.test(site) ? site : `http://${site}`;
}

export function host(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

export function listPl(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} i ${items[items.length - 1]}`;
}

/** Ends a sentence with one full stop, also after an abbreviation such as "r.". */
export function sentence(s: string): string {
	return s.endsWith('.') ? s : `${s}.`;
}

export function years(start: string | null, end: string | null): string {
	const a = start?.slice(0, 4);
	const b = end?.slice(0, 4);
	if (a && b) return a === b ? `w ${a} r.` : `w latach ${a}–${b}`;
	if (a) return `od ${a} r.`;
	return 'w nieznanym okresie';
}

/**
 * Polish text: letters only Polish uses among the languages of these sources, or Polish function
 * words ("i", "w", "dla", …) in a text without Czech, Slovak, Lithuanian or German letters.
 */
export function isPolish(s: string): boolean {
	if (/[áéíúýčšřěůľĺŕäôõöüßėįųū]/i.test(s)) return false;
	return /[ąęłńśźżć]/i.test(s) || /\s(i|w|we|dla|oraz|przez|ze)\s/i.test(` ${s} `);
}

/** "krakowski (the 5 partner gminas …)" → "krakowski": the note in brackets is the collector's. */
export function hintWord(s: string | null | undefined): string | null {
	const c = clean(s).replace(/\s*\(.*$/, '');
	return c || null;
}

/** '"Bez granic - część 1"' → 'Bez granic - część 1': keep.eu wraps some names in quotes. */
export function unquote(s: string): string {
	const m = /^"([^"]*)"$/.exec(s);
	return m ? m[1].trim() : s;
}

export function addMember(members: Member[], teryt: string, role: Member['role']) {
	const existing = members.find((m) => m.teryt === teryt);
	if (existing) {
		if (role === 'leader') existing.role = 'leader';
		return;
	}
	members.push({ teryt, role, joined: null, left: null });
}

export function addOther(list: OtherMember[], o: OtherMember) {
	const key = (x: OtherMember) => `${foldPolish(x.name)}|${x.country}|${foldPolish(x.town ?? '')}`;
	const existing = list.find((x) => key(x) === key(o));
	if (existing) {
		if (o.role === 'leader') existing.role = 'leader';
		return;
	}
	list.push(o);
}

export function sortMembers(members: Member[]) {
	members.sort((a, b) =>
		a.role === b.role ? a.teryt.localeCompare(b.teryt) : a.role === 'leader' ? -1 : 1
	);
}

export function sortOthers(list: OtherMember[]) {
	list.sort((a, b) =>
		a.role !== b.role
			? a.role === 'leader'
				? -1
				: 1
			: (a.country ?? '').localeCompare(b.country ?? '') || a.name.localeCompare(b.name, 'pl')
	);
}

export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const a =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(a));
}
