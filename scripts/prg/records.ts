/**
 * The bundled records (data/records/partnerships.json, practices.json) refer to units by TERYT
 * code; when the bundled boundaries change, they follow the same recodes as the database does,
 * so a new database loads them. A code with no successor is named, never dropped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../lib/boundaries';

interface Bundled {
	partnerships: { slug: string; members: { teryt: string }[] }[];
	practices: {
		slug: string;
		unitCode: string | null;
		units: string[];
		namedPartners: { teryt: string | null }[];
	}[];
}

export interface RecordRef {
	record: string;
	code: string;
}

function read(dir: string): Bundled | null {
	const p = resolve(dir, 'partnerships.json');
	const q = resolve(dir, 'practices.json');
	if (!existsSync(p) || !existsSync(q)) return null;
	return {
		partnerships: JSON.parse(readFileSync(p, 'utf8')) as Bundled['partnerships'],
		practices: JSON.parse(readFileSync(q, 'utf8')) as Bundled['practices']
	};
}

function each(b: Bundled, visit: (record: string, code: string) => void) {
	for (const p of b.partnerships)
		for (const m of p.members) visit(`partnerstwo / partnership ${p.slug}`, m.teryt);
	for (const p of b.practices) {
		const codes = [p.unitCode, ...p.units, ...p.namedPartners.map((n) => n.teryt)];
		for (const code of codes) if (code) visit(`praktyka / practice ${p.slug}`, code);
	}
}

/** The bundled records' references to units that are not in `codes`. */
export function bundledReferences(dir: string, codes: Set<string>): RecordRef[] {
	const b = read(dir);
	const out: RecordRef[] = [];
	if (b) each(b, (record, code) => void (codes.has(code) || out.push({ record, code })));
	return out;
}

/** Rewrites the bundled records with `successor(code)` for every code; returns how many changed. */
export function recodeBundled(dir: string, successors: (code: string) => string[]): number {
	const b = read(dir);
	if (!b) return 0;
	let changed = 0;
	const one = (code: string) => {
		const to = successors(code);
		if (to.length && to[0] !== code) changed++;
		return to.length ? to : [code];
	};
	for (const p of b.partnerships) {
		const seen = new Set<string>();
		p.members = p.members.flatMap((m) =>
			one(m.teryt)
				.filter((code) => !seen.has(code) && seen.add(code))
				.map((teryt) => ({ ...m, teryt }))
		);
	}
	for (const p of b.practices) {
		if (p.unitCode) p.unitCode = one(p.unitCode)[0];
		p.units = [...new Set(p.units.flatMap(one))];
		for (const n of p.namedPartners) if (n.teryt) n.teryt = one(n.teryt)[0];
	}
	if (!changed) return 0;
	const json = (v: unknown) => `${JSON.stringify(v, null, '\t')}\n`;
	writeFileAtomic(resolve(dir, 'partnerships.json'), json(b.partnerships));
	writeFileAtomic(resolve(dir, 'practices.json'), json(b.practices));
	return changed;
}
