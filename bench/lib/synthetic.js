/**
 * SYNTHETIC SCALE DATA, FOR BENCHMARKS ONLY: never shipped, never loaded into a real database.
 *
 * N practices spread over real gminy and M partnerships made of real neighbouring gminy (so their
 * merged areas look like real ones), in the shape the app's own writers take (PracticeInput,
 * PartnershipInput of src/lib/server/records/types.ts). Every name, title, summary and source
 * carries MARK, and every slug starts with `syntetyczne-`, so nobody mistakes them for real records.
 *
 * Deterministic: record i depends only on i (its own seeded random stream), never on N or M, so the
 * data of a smaller scale is a prefix of a larger one's and a database can grow from one scale to
 * the next. Practice i may link to partnership floor(i / 5), which exists at every scale because
 * N = 5 M in all of them.
 * Over 300 lines: the generator and its vocabulary tables, which only make sense together.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { neighbors } from 'topojson-client';

export const MARK = '[SYNTETYCZNE]';
export const PRACTICE_SLUG = 'syntetyczne-praktyka-';
export const PARTNERSHIP_SLUG = 'syntetyczne-partnerstwo-';

/** The scales of issue 6: N practices and M partnerships. */
export const SCALES = [
	{ id: '1k', practices: 1_000, partnerships: 200 },
	{ id: '10k', practices: 10_000, partnerships: 2_000 },
	{ id: '100k', practices: 100_000, partnerships: 20_000 }
];

export const scaleById = (id) => SCALES.find((s) => s.id === id);

const THEMES = [
	'Wspólny transport publiczny',
	'Centrum usług wspólnych',
	'Budżet obywatelski',
	'Termomodernizacja szkół',
	'Selektywna zbiórka odpadów',
	'Elektroniczny obieg dokumentów',
	'Dzienny dom seniora',
	'Sieć ścieżek rowerowych',
	'Wspólne zamówienia energii',
	'Program rewitalizacji centrum',
	'Młodzieżowa rada gminy',
	'Gminne centrum informacji',
	'Kanalizacja obszarów wiejskich',
	'Szlak turystyczny doliny rzeki',
	'Asystent rodziny',
	'Konsultacje społeczne online',
	'Wspólna strategia rozwoju',
	'Lokalny program mieszkaniowy',
	'Ochrona powietrza i wymiana pieców',
	'Integracja cudzoziemców'
];
const KEYWORDS = [
	'współpraca',
	'partnerstwo',
	'usługi publiczne',
	'energia',
	'transport',
	'edukacja',
	'seniorzy',
	'odpady',
	'turystyka',
	'partycypacja',
	'cyfryzacja',
	'rewitalizacja'
];
const GMINA_TYPES = { 1: 'gmina miejska', 2: 'gmina wiejska', 3: 'gmina miejsko-wiejska' };
const SOURCE = { name: `${MARK} generator benchmarku (bench/lib/synthetic.js)`, url: null };

/** A small, fast, seedable PRNG (mulberry32) for one record's stream. */
function rng(kind, index) {
	let a = (Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(kind, 0x85ebca6b)) >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	for (let i = 0; i < 4; i++) next(); // spread nearby seeds apart
	const int = (n) => Math.floor(next() * n);
	return { next, int, pick: (list) => list[int(list.length)] };
}

/**
 * The real gminy with geometry, from the app's bundled data: units.csv (names, parents,
 * population) and the neighbour graph of the `gminy` object of poland.topo.json (gminy that share
 * a border arc). Returns { gminy: [{ code, name, type, pow, woj, population, neighbours }], names }.
 */
export function readGminy(root) {
	const dir = join(root, 'data/boundaries');
	const [header, ...lines] = readFileSync(join(dir, 'units.csv'), 'utf8').trim().split('\n');
	const cols = header.split(',');
	const at = (name) => cols.indexOf(name);
	const names = new Map();
	const rows = new Map();
	for (const line of lines) {
		// units.csv has no quoted fields (names contain no commas); checked by the column count.
		const cells = line.split(',');
		if (cells.length !== cols.length) throw new Error(`units.csv: unexpected line ${line}`);
		names.set(cells[at('code')], cells[at('name')]);
		if (cells[at('level')] === 'gmi' && cells[at('has_geometry')] === '1')
			rows.set(cells[at('code')], cells);
	}
	const topo = JSON.parse(readFileSync(join(dir, 'poland.topo.json'), 'utf8'));
	const geometries = topo.objects.gminy.geometries;
	const graph = neighbors(geometries);
	const gminy = [];
	const indexOf = new Map();
	geometries.forEach((g) => {
		const cells = rows.get(g.properties.terc);
		if (!cells || indexOf.has(g.properties.terc)) return;
		indexOf.set(g.properties.terc, gminy.length);
		gminy.push({
			code: g.properties.terc,
			name: cells[at('name')],
			type: Number(cells[at('rodz')]),
			pow: cells[at('pow')],
			woj: cells[at('woj')],
			population: Number(cells[at('population')]) || 0,
			neighbours: []
		});
	});
	geometries.forEach((g, i) => {
		const from = indexOf.get(g.properties.terc);
		if (from === undefined) return;
		for (const j of graph[i]) {
			const to = indexOf.get(geometries[j].properties.terc);
			if (to !== undefined && to !== from && !gminy[from].neighbours.includes(to))
				gminy[from].neighbours.push(to);
		}
	});
	// Picking by population: a cumulative table for a binary search.
	let sum = 0;
	const cumulative = gminy.map((g) => (sum += g.population));
	return { gminy, names, cumulative, totalPopulation: sum };
}

/** Half the records land where people live (by population), half anywhere (uniformly). */
function pickGmina(ctx, r) {
	if (r.next() < 0.5) return r.int(ctx.gminy.length);
	const target = r.next() * ctx.totalPopulation;
	let lo = 0;
	let hi = ctx.cumulative.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ctx.cumulative[mid] > target) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** A connected cluster of `size` gminy grown from `seed` over shared borders (fewer on islands). */
export function growCluster(ctx, seed, size, r) {
	const members = [seed];
	const inside = new Set(members);
	const frontier = [...ctx.gminy[seed].neighbours];
	while (members.length < size && frontier.length > 0) {
		const k = r.int(frontier.length);
		const next = frontier[k];
		frontier[k] = frontier[frontier.length - 1];
		frontier.pop();
		if (inside.has(next)) continue;
		inside.add(next);
		members.push(next);
		for (const n of ctx.gminy[next].neighbours) if (!inside.has(n)) frontier.push(n);
	}
	return members;
}

/** Member counts: mostly small groups, some functional areas, a few large LGD-like ones. */
function partnershipSize(r) {
	const u = r.next();
	if (u < 0.4) return 2 + r.int(4); // 2-5
	if (u < 0.75) return 6 + r.int(7); // 6-12
	if (u < 0.95) return 13 + r.int(18); // 13-30
	return 31 + r.int(30); // 31-60
}

const year = (r, from, to) => from + r.int(to - from + 1);
const pad = (n) => String(n).padStart(2, '0');
const date = (r, y) => `${y}-${pad(1 + r.int(12))}-${pad(1 + r.int(28))}`;

/**
 * Generation context: the gminy and the app's own vocabularies, passed in by the loader
 * (sections: [{ slug }], kinds: partnership kinds), so the data stays valid when they change.
 */
export function createContext(root, { sections, kinds }) {
	return { ...readGminy(root), sections, kinds };
}

/**
 * Practice i (0-based) as PracticeInput.
 * @returns {import('../../src/lib/server/records/types.ts').PracticeInput}
 */
export function syntheticPractice(ctx, i) {
	const r = rng(1, i);
	const g = ctx.gminy[pickGmina(ctx, r)];
	const theme = r.pick(THEMES);
	const partners =
		r.next() < 0.3 && g.neighbours.length
			? [...new Set(Array.from({ length: 1 + r.int(3) }, () => r.pick(g.neighbours)))].map(
					(n) => ctx.gminy[n]
				)
			: [];
	const added = year(r, 2004, 2024);
	const updated = r.next() < 0.4 ? Math.min(2025, added + 1 + r.int(6)) : null;
	const summary =
		`${MARK} Dane testowe benchmarku, nie prawdziwa praktyka. ${theme} w gminie ${g.name}` +
		(partners.length ? ` we współpracy z: ${partners.map((p) => p.name).join(', ')}.` : '.') +
		' Opis wygenerowany automatycznie, aby sprawdzić szybkość aplikacji przy dużej liczbie' +
		' praktyk: filtrowanie, wyszukiwanie i listy.';
	const presentation =
		r.next() < 0.2
			? `<p>${MARK} ${theme}.</p><ul><li>Etap pierwszy: diagnoza potrzeb mieszkańców.</li>` +
				`<li>Etap drugi: wdrożenie w gminie ${g.name}.</li></ul>`
			: null;
	return {
		slug: `${PRACTICE_SLUG}${i}`,
		artId: null,
		sourceUrl: null,
		title: `${MARK} Praktyka ${i}: ${theme} (${g.name})`,
		section: r.pick(ctx.sections).slug,
		summary,
		presentation,
		keywords: [...new Set(Array.from({ length: 2 + r.int(3) }, () => r.pick(KEYWORDS)))],
		metryka: {
			dateAdded: date(r, added),
			dateUpdated: updated === null ? null : date(r, updated),
			unitType: GMINA_TYPES[g.type] ?? null,
			locality: g.name,
			powiat: ctx.names.get(g.pow) ?? null,
			wojewodztwo: ctx.names.get(g.woj) ?? null,
			postalCode: null,
			postOffice: null,
			implementingUnit: `Urząd Gminy ${g.name} ${MARK}`,
			street: null,
			phone: null,
			websites: [],
			population: g.population || null,
			contacts: []
		},
		unitCode: g.code,
		units: [g.code, ...partners.map((p) => p.code)],
		namedPartners: partners.map((p) => ({ name: p.name, teryt: p.code, reason: null })),
		partnershipSlugs: r.next() < 0.1 ? [`${PARTNERSHIP_SLUG}${Math.floor(i / 5)}`] : [],
		sources: [{ ...SOURCE, verifiedAt: null }],
		attachments: [],
		status: r.next() < 0.03 ? 'draft' : 'published'
	};
}

/**
 * Partnership j (0-based) as PartnershipInput: a connected group of neighbouring gminy.
 * @returns {import('../../src/lib/server/records/types.ts').PartnershipInput}
 */
export function syntheticPartnership(ctx, j) {
	const r = rng(2, j);
	const seed = pickGmina(ctx, r);
	return partnershipOf(ctx, j, growCluster(ctx, seed, partnershipSize(r), r), r);
}

/**
 * A partnership of the given member gminy (indexes into ctx.gminy, the first one leads).
 * @returns {import('../../src/lib/server/records/types.ts').PartnershipInput}
 */
export function partnershipOf(ctx, j, members, r = rng(3, j)) {
	const leader = ctx.gminy[members[0]];
	const theme = r.pick(THEMES);
	const start = year(r, 1995, 2023);
	return {
		slug: `${PARTNERSHIP_SLUG}${j}`,
		name: `${MARK} Partnerstwo ${j}: ${theme} (${leader.name} i okolice)`,
		kind: r.pick(ctx.kinds),
		startDate: String(start),
		endDate: r.next() < 0.2 ? String(Math.min(2025, start + 1 + r.int(10))) : null,
		website: null,
		description: `${MARK} Dane testowe benchmarku, nie prawdziwe partnerstwo: ${members.length} sąsiadujących gmin wokół gminy ${leader.name}.`,
		sources: [{ ...SOURCE, verifiedAt: null }],
		members: members.map((m, k) => ({
			teryt: ctx.gminy[m].code,
			role: k === 0 ? 'leader' : 'member',
			joined: null,
			left: null
		})),
		otherMembers:
			r.next() < 0.2
				? [
						{
							name: `Stowarzyszenie ${MARK} ${theme}`,
							kind: 'ngo',
							country: 'PL',
							town: leader.name,
							role: 'member',
							note: null
						}
					]
				: [],
		extra: { synthetic: true }
	};
}
