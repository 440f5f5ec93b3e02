/**
 * Partnerships from their own or official pages (partnerships_from_own_pages.csv and its md):
 * LEADER groups, inter-municipal unions, ZIT, associations and functional areas, one row per
 * member (a gmina, level=gmi, or a powiat, level=pow) with the page that lists it.
 *
 * A row whose page does not say which of two gminy it means has an empty code and a note with
 * AMBIGUOUS and the candidates' codes: it is not guessed, but kept as a named other member whose
 * note names the candidates, and listed in the build's report. Voivodeships that the notes mention
 * are not rows, so not members. Our texts are in own-pages-text.ts.
 */
import { basename } from 'node:path';
import { readCsvObjects } from '../../src/lib/csv.ts';
import { isPartnershipKind, type PartnershipKind } from '../../src/lib/domain/kinds.ts';
import { GMINA_TYPES } from '../../src/lib/teryt.ts';
import { foldPolish, gminaType } from '../../src/lib/units/match.ts';
import { FILES, groupRows, log, read, uniqueSlug, type Units } from './context.ts';
import { addMember, addOther, clean, host, sortMembers } from './helpers.ts';
import { KNOWN_OVERLAPS, OWN_PAGE_TEXT, PAGE_NAMES, SOURCE_OWNERS } from './own-pages-text.ts';
import type { Member, OtherMember, Partnership, Row, Source } from './types.ts';

const COLUMNS = [
	'partnership',
	'kind',
	'teryt',
	'level',
	'member_name',
	'role',
	'source_url',
	'source_date',
	'note'
];

/** A member row the build could not place: kept as an other member, named in the report. */
export interface AmbiguousRow {
	slug: string;
	row: number;
	name: string;
	candidates: string[];
}

/** Two records that share a quoted name or most members, and why both stay (KNOWN_OVERLAPS). */
export interface Overlap {
	slug: string;
	with: string;
	shared: number;
	why: string;
}

export interface OwnPagesResult {
	file: string;
	rows: number;
	partnerships: Partnership[];
	ambiguous: AmbiguousRow[];
	overlaps: Overlap[];
}

/** "2022-06-07" → "7.06.2022", "2023-05" → "05.2023", "2015" → "2015"; "undated" → null. */
function sourceDate(value: string, where: string): string | null {
	const c = clean(value);
	if (c === 'undated') return null;
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(c);
	if (!m)
		throw new Error(`${where}: source_date "${c}" is not "undated", YYYY, YYYY-MM or YYYY-MM-DD`);
	if (m[3]) return `${Number(m[3])}.${m[2]}.${m[1]}`;
	return m[2] ? `${m[2]}.${m[1]}` : m[1];
}

/** "Gorlice, gmina miejska, powiat gorlicki (1205011)": a candidate of an ambiguous row. */
function candidateLabel(units: Units, code: string, where: string): string {
	const u = units.require(code, where);
	if (u.level !== 'gmi') throw new Error(`${where}: AMBIGUOUS candidate ${code} is not a gmina`);
	const type = GMINA_TYPES[Number(gminaType(code))]?.pl ?? 'gmina';
	const powiat = u.powCode ? units.byCode.get(u.powCode)?.name : null;
	return `${u.name}, ${type}${powiat ? `, ${powiat}` : ''} (${code})`;
}

/** Checks a placed row's code, level and name against units.csv. */
function placeRow(units: Units, row: Record<string, string>, where: string): string {
	const code = clean(row.teryt);
	const level = clean(row.level);
	const shape = level === 'gmi' ? /^\d{7}$/ : level === 'pow' ? /^\d{4}$/ : null;
	if (!shape) throw new Error(`${where}: level "${level}" is not gmi or pow`);
	if (!shape.test(code))
		throw new Error(`${where}: teryt "${code}" is not a ${level === 'gmi' ? 7 : 4}-digit code`);
	const u = units.require(code, where);
	if (u.level !== level)
		throw new Error(`${where}: TERYT ${code} is a ${u.level} in units.csv, the row says ${level}`);
	const register = foldPolish(u.name.replace(/^powiat /, '').replace(/[()]/g, ''));
	const page = foldPolish(clean(row.member_name));
	const alias = PAGE_NAMES[code];
	if (!page.includes(register) && !(alias && page.includes(foldPolish(alias))))
		throw new Error(
			`${where}: TERYT ${code} is "${u.name}" in units.csv, the row names "${clean(row.member_name)}" ` +
				`(a rename or short form goes into PAGE_NAMES of own-pages-text.ts)`
		);
	return code;
}

/** The quoted part of a name („Blisko Krakowa”), folded; null when it has none. */
function quoted(name: string): string | null {
	const m = /„([^”"]+)[”"]/.exec(name);
	return m ? foldPolish(m[1]) : null;
}

function sharedMembers(a: Partnership, b: Partnership): number {
	const codes = new Set(a.members.map((m) => m.teryt));
	return b.members.filter((m) => codes.has(m.teryt)).length;
}

/**
 * New records that repeat an existing one (or each other): the same folded or quoted name, or
 * half of their members in common (Jaccard ≥ 0.5). Each must be in KNOWN_OVERLAPS with its reason.
 */
function findOverlaps(file: string, own: Partnership[], existing: Partnership[]): Overlap[] {
	const overlaps: Overlap[] = [];
	own.forEach((p, i) => {
		for (const q of [...existing, ...own.slice(i + 1)]) {
			const shared = sharedMembers(p, q);
			const jaccard = shared / (p.members.length + q.members.length - shared);
			const sameName =
				foldPolish(p.name) === foldPolish(q.name) ||
				(quoted(p.name) !== null && quoted(p.name) === quoted(q.name));
			if (!sameName && jaccard < 0.5) continue;
			const known = [
				...(KNOWN_OVERLAPS[p.slug] ?? []).filter((k) => k.with === q.slug),
				...(KNOWN_OVERLAPS[q.slug] ?? []).filter((k) => k.with === p.slug)
			][0];
			if (!known)
				throw new Error(
					`${file}: „${p.name}” (${p.slug}) ${sameName ? 'has the name of' : `shares ${shared} members with`} ` +
						`„${q.name}” (${q.slug}): merge them, or list the pair in KNOWN_OVERLAPS with the reason both stay`
				);
			overlaps.push({ slug: p.slug, with: q.slug, shared, why: known.why });
		}
	});
	for (const [slug, list] of Object.entries(KNOWN_OVERLAPS))
		for (const k of list)
			if (
				!overlaps.some((o) => [o.slug, o.with].includes(slug) && [o.slug, o.with].includes(k.with))
			)
				throw new Error(
					`KNOWN_OVERLAPS: ${slug} and ${k.with} no longer overlap; remove the entry`
				);
	return overlaps;
}

/**
 * The partnerships of the file, checked row by row (file and data row number in every error);
 * `existing` are the build's other records, for the overlap check.
 */
export function buildOwnPagePartnerships(
	units: Units,
	existing: Partnership[],
	file: string = FILES.ownPages,
	claimSlug: (slug: string, where: string) => string = uniqueSlug
): OwnPagesResult {
	const rows = readCsvObjects(read(file));
	const header = Object.keys(rows[0] ?? {});
	for (const c of COLUMNS)
		if (!header.includes(c)) throw new Error(`${file}: no column "${c}" in the header`);
	const groups = groupRows(rows, (row, line) => {
		const key = clean(row.partnership);
		if (!key) throw new Error(`${file} row ${line}: empty "partnership" column`);
		return key;
	});
	for (const [name, list] of groups)
		if (!OWN_PAGE_TEXT[name])
			throw new Error(
				`${file} row ${list[0].line}: partnership "${name}" has no entry in OWN_PAGE_TEXT`
			);
	for (const name of Object.keys(OWN_PAGE_TEXT))
		if (!groups.has(name))
			throw new Error(`${file}: OWN_PAGE_TEXT has "${name}", which the file does not list`);

	const partnerships: Partnership[] = [];
	const ambiguous: AmbiguousRow[] = [];
	for (const [name, list] of groups) {
		const text = OWN_PAGE_TEXT[name];
		const at = `${file} row ${list[0].line}`;
		const kind = clean(list[0].row.kind);
		if (!isPartnershipKind(kind)) throw new Error(`${at}: unknown kind "${kind}"`);
		const { members, otherMembers, urls, unplaced } = membersOf(units, file, text.slug, kind, list);
		ambiguous.push(...unplaced);

		const gminy = list.filter(({ row }) => clean(row.level) === 'gmi').length;
		const powiaty = list.length - gminy;
		if (gminy !== text.gminy || powiaty !== text.powiaty)
			throw new Error(
				`${file}: "${name}" should have ${text.gminy} gminy and ${text.powiaty} powiaty ` +
					`(OWN_PAGE_TEXT, from the md), the file lists ${gminy} and ${powiaty}`
			);
		const sources = sourcesOf(urls);
		if (text.website && !sources.some((s) => host(s.url) === host(text.website!)))
			throw new Error(`${file}: "${name}": website ${text.website} is not the site of a source`);
		const slug = claimSlug(text.slug, file);
		if (slug !== text.slug) throw new Error(`${file}: "${name}": slug "${text.slug}" is taken`);
		partnerships.push({
			slug,
			name,
			kind,
			startDate: text.startDate,
			endDate: null,
			website: text.website,
			description: text.description,
			sources,
			members,
			otherMembers,
			extra: {
				sourceFile: basename(file),
				memberCount: members.length,
				certainty: text.certainty,
				...(otherMembers.length ? { unplacedMembers: otherMembers.length } : {})
			}
		});
	}
	const overlaps = findOverlaps(file, partnerships, existing);
	log(
		`own pages: ${partnerships.length} partnerships, ${rows.length} rows ` +
			`(${rows.length - ambiguous.length} members placed, ${ambiguous.length} ambiguous kept as other members)`
	);
	for (const a of ambiguous)
		log(`  ambiguous: ${a.slug} row ${a.row} "${a.name}": ${a.candidates.join(' / ')}`);
	for (const o of overlaps) log(`  overlap: ${o.slug} ~ ${o.with} (${o.shared} shared): ${o.why}`);
	return { file, rows: rows.length, partnerships, ambiguous, overlaps };
}

/** A partnership's members, other members (ambiguous rows) and its sources' URLs with dates. */
function membersOf(units: Units, file: string, slug: string, kind: PartnershipKind, list: Row[]) {
	const members: Member[] = [];
	const otherMembers: OtherMember[] = [];
	const urls = new Map<string, { rows: number; date: string | null; where: string }>();
	const unplaced: AmbiguousRow[] = [];
	const seen = new Set<string>();
	for (const { row, line } of list) {
		const where = `${file} row ${line}`;
		if (clean(row.kind) !== kind)
			throw new Error(
				`${where}: kind "${clean(row.kind)}", the partnership's first row says "${kind}"`
			);
		const role = clean(row.role);
		if (role !== 'leader' && role !== 'member')
			throw new Error(`${where}: role "${role}" is not leader or member`);
		const note = clean(row.note);
		const name = clean(row.member_name);
		if (!name) throw new Error(`${where}: empty member_name`);
		if (!clean(row.teryt)) {
			if (!/AMBIGUOUS/.test(note))
				throw new Error(`${where}: empty teryt, and the note does not say AMBIGUOUS`);
			const codes = [...new Set(note.match(/\b\d{7}\b/g) ?? [])];
			if (codes.length < 2)
				throw new Error(`${where}: an AMBIGUOUS row must name its candidates' 7-digit codes`);
			const candidates = codes.map((c) => candidateLabel(units, c, where));
			unplaced.push({ slug, row: line, name, candidates: codes });
			addOther(otherMembers, {
				name,
				kind: 'public',
				country: 'PL',
				town: null,
				role,
				note: `Źródło nie mówi, o którą gminę chodzi: ${candidates.join(' lub ')}.`
			});
		} else {
			if (/AMBIGUOUS/.test(note))
				throw new Error(`${where}: the note says AMBIGUOUS, but the row has a code`);
			const code = placeRow(units, row, where);
			if (seen.has(code)) throw new Error(`${where}: TERYT ${code} is listed twice`);
			seen.add(code);
			addMember(members, code, role);
		}
		const url = clean(row.source_url);
		if (!/^https?:\/\/\S+$/.test(url))
			throw new Error(`${where}: source_url "${url}" is not an http(s) address`);
		const date = sourceDate(row.source_date, where);
		const known = urls.get(url);
		if (known && known.date !== date)
			throw new Error(
				`${where}: ${url} is dated ${date ?? 'undated'}, ${known.where} says ${known.date ?? 'undated'}`
			);
		urls.set(url, { rows: (known?.rows ?? 0) + 1, date, where: known?.where ?? `row ${line}` });
	}
	sortMembers(members);
	return { members, otherMembers, urls, unplaced };
}

/** One source per distinct URL, the page with most rows first: "Gmina Dywity – gminadywity.pl, 22.07.2015". */
function sourcesOf(urls: Map<string, { rows: number; date: string | null }>): Source[] {
	return [...urls]
		.sort((a, b) => b[1].rows - a[1].rows || a[0].localeCompare(b[0]))
		.map(([url, { date }]) => {
			const site = host(url);
			const owner = SOURCE_OWNERS[site];
			const name = `${owner ? `${owner} – ${site}` : site}${date ? `, ${date}` : ''}`;
			return { name, url, verifiedAt: null };
		});
}
