/**
 * The practices of the old database (Baza Dobrych Praktyk, bdp_practices_facts.jsonl) and the
 * seed page of art. 596 (its full Metryka, read by the importer's own parser). Two of the practices
 * describe agreements (./agreements.ts).
 */
import { readFileSync } from 'node:fs';
import { parsePracticePage } from '../../src/lib/server/import/parse-page.ts';
import { emptyMetryka, metrykaOf, type Metryka } from '../../src/lib/domain/fields.ts';
import {
	matchUnit,
	slugify,
	type MatchHints,
	type MatchResult
} from '../../src/lib/units/match.ts';
import { buildAgreement } from './agreements.ts';
import { FILES, log, read, seedPath, type Units } from './context.ts';
import { PRACTICE_TEXT } from './curated.ts';
import { clean, hintWord, host, webUrl } from './helpers.ts';
import type { NamedPartner, Partnership, Practice } from './types.ts';
import { SECTION_SLUGS } from './vocabulary.ts';

export interface BdpFacts {
	art: number;
	title: string;
	section: string;
	source_urls: string[];
	partner_units?: string[];
	lead_unit_from_text?: string;
	initiator_units_named?: string[];
	area_units_named?: string[];
	area_changes_named?: { added_in_2012_strategy_update?: string[]; removed?: string[] };
	facts_from_text?: Record<string, unknown>;
	keywords?: string[];
	location_from_text?: { powiat: string | null; wojewodztwo: string | null };
	date_added: string | null;
	date_updated: string | null;
	unit_type: string | null;
	locality: string | null;
	powiat: string | null;
	wojewodztwo: string | null;
	postal_code: string | null;
	implementing_unit: string | null;
	street: string | null;
	phone: string | null;
	website: string | null;
	population: number | null;
}

function bdpSourceName(url: string, art: number): string {
	return host(url).startsWith('archiwum.')
		? `Baza Dobrych Praktyk (archiwum), art. ${art}`
		: `Baza Dobrych Praktyk (dobrepraktyki.pl), art. ${art}`;
}

function resolveNamed(
	units: Units,
	name: string,
	hints: MatchHints
): { named: NamedPartner; result: MatchResult } {
	const result = matchUnit(units.index, name, hints);
	return {
		named: {
			name,
			teryt: result.teryt,
			reason: result.status === 'matched' ? null : `${result.status}: ${result.why}`
		},
		result
	};
}

/**
 * The practices, and the agreements two of them describe. Sets the website of Blisko Krakowa
 * (one of `coded`) from the seed's Metryka.
 */
export function buildPractices(
	units: Units,
	coded: Partnership[]
): { practices: Practice[]; agreements: Partnership[] } {
	const bdp: BdpFacts[] = read(FILES.bdp)
		.split('\n')
		.map((l, i) => ({ l, i }))
		.filter(({ l }) => l.trim() !== '')
		.map(({ l, i }) => {
			try {
				return JSON.parse(l) as BdpFacts;
			} catch (e) {
				throw new Error(`${FILES.bdp}:${i + 1}: ${(e as Error).message}`);
			}
		});

	const seedPage = parsePracticePage(readFileSync(seedPath, 'utf8'), { fileName: seedPath });
	const seed = { section: seedPage.section, title: clean(seedPage.title) };
	const seedFacts = bdp.find((f) => clean(f.title) === seed.title);
	if (!seedFacts)
		throw new Error(`${seedPath}: title "${seed.title}" matches no practice in ${FILES.bdp}`);
	log(
		`seed page is art ${seedFacts.art}: ${
			Object.values(metrykaOf(seedPage)).filter(
				(v) => v !== null && !(Array.isArray(v) && !v.length)
			).length
		} Metryka fields`
	);

	const practices: Practice[] = [];
	const agreements: Partnership[] = [];
	const practiceSlugs = new Set<string>();

	for (const f of [...bdp].sort((a, b) => a.art - b.art)) {
		const where = `${FILES.bdp} art ${f.art}`;
		const text = PRACTICE_TEXT[f.art];
		if (!text) throw new Error(`${where}: no summary in PRACTICE_TEXT`);
		const section = SECTION_SLUGS[clean(f.section)];
		if (!section) throw new Error(`${where}: unknown section "${f.section}"`);
		const isSeed = f === seedFacts;
		if (isSeed && seed.section !== clean(f.section))
			throw new Error(
				`${seedPath}: section "${seed.section}" differs from ${where} ("${f.section}")`
			);

		const metryka: Metryka = isSeed
			? metrykaOf(seedPage)
			: {
					...emptyMetryka(),
					dateAdded: f.date_added,
					dateUpdated: f.date_updated,
					unitType: f.unit_type,
					locality: f.locality,
					powiat: f.powiat,
					wojewodztwo: f.wojewodztwo,
					postalCode: f.postal_code,
					implementingUnit: f.implementing_unit,
					street: f.street,
					phone: f.phone,
					websites: f.website ? [f.website] : [],
					population: f.population
				};

		const hints: MatchHints = {
			powiat: metryka.powiat ?? hintWord(f.location_from_text?.powiat),
			wojewodztwo: metryka.wojewodztwo ?? hintWord(f.location_from_text?.wojewodztwo)
		};
		const namedPartners: NamedPartner[] = [];
		const codes = new Set<string>();
		const results = new Map<string, MatchResult>();
		const names = [...(f.partner_units ?? []), ...(f.initiator_units_named ?? []).map(hintWord)];
		for (const name of names) {
			if (!name) continue;
			const { named, result } = resolveNamed(units, name, hints);
			namedPartners.push(named);
			results.set(name, result);
			if (result.status === 'matched' && result.level === 'gmi') codes.add(result.teryt);
		}
		// The area a practice is about, where the page names it without calling them partners:
		// the core city the page names ("ring of gminas around Opole") and the ring itself.
		const area = [
			...(f.facts_from_text && 'ring_of_gminas_around_Opole' in f.facts_from_text ? ['Opole'] : []),
			...(f.area_units_named ?? []),
			...(f.area_changes_named?.added_in_2012_strategy_update ?? [])
		];
		for (const name of area) {
			const r = matchUnit(units.index, name, hints);
			if (r.status !== 'matched')
				throw new Error(`${where}: area unit "${name}" does not resolve (${r.status}: ${r.why})`);
			codes.add(r.teryt);
		}
		// The first website of the seed's Metryka is the partnership's own (razembliskokrakowa.pl).
		const bk = coded.find((p) => p.slug === 'blisko-krakowa');
		if (isSeed && bk && !bk.website && metryka.websites[0])
			bk.website = webUrl(metryka.websites[0]);
		// Where the map puts the practice: the Metryka's locality, else the lead or initiating gmina
		// the page names, else the core of the area it describes.
		const placeCandidates: (string | null)[] = [
			isSeed ? metryka.locality : null,
			hintWord(f.lead_unit_from_text),
			...(f.initiator_units_named ?? []).map(hintWord),
			area[0] ?? null
		];
		let unitCode: string | null = null;
		for (const name of placeCandidates) {
			if (!name) continue;
			const r = matchUnit(units.index, name, hints);
			if (r.status === 'matched' && r.level === 'gmi') {
				unitCode = r.teryt;
				codes.add(r.teryt);
				break;
			}
		}
		unitCode ??= [...codes].sort()[0] ?? null;
		for (const code of codes) units.require(code, where);

		const partnershipSlugs: string[] = [];
		if (isSeed) partnershipSlugs.push('blisko-krakowa');
		if (text.partnership) {
			const agreement = buildAgreement(f, text.partnership, results, hints, units, where);
			agreements.push(agreement);
			partnershipSlugs.push(text.partnership.slug);
		}

		// The title up to its first clause break: "Podkrakowski obszar … Blisko Krakowa, – „od kasy…"
		const titleHead = clean(f.title).split(/\s*[,:;–—]\s*|\s+-\s+/)[0];
		let slug = slugify(titleHead, 60);
		for (let i = 2; practiceSlugs.has(slug); i++) slug = `${slugify(titleHead, 56)}-${i}`;
		practiceSlugs.add(slug);
		practices.push({
			slug,
			artId: f.art,
			title: clean(f.title),
			section,
			summary: text.summary,
			presentation: null,
			keywords: f.keywords ?? [],
			metryka,
			unitCode,
			units: [...codes].sort(),
			namedPartners,
			partnershipSlugs,
			sources: f.source_urls.map((url) => ({
				name: bdpSourceName(url, f.art),
				url,
				verifiedAt: null
			})),
			status: 'published'
		});
		log(`practice ${f.art}: ${codes.size} units, ${namedPartners.length} named partners`);
	}
	return { practices, agreements };
}
