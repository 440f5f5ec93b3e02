/**
 * Derives the app's bundled partnerships and practices (data/records/) from the shared sources.
 *
 *   npx tsx scripts/build-records.ts [--source ../shared/data] [--seed ../shared/seeds/000_….txt]
 *
 * Inputs: partnerships/*.csv|jsonl (Blisko Krakowa, Metropolia Krakowska, GZM, five practices of
 * the Baza Dobrych Praktyk, keep.eu Interreg projects, URBACT networks, 31 partnerships from their
 * own pages: LEADER groups, unions, ZIT, associations, functional areas), the seed page of practice
 * 596 and data/boundaries/units.csv (TERC 2026). Outputs (committed): data/records/
 * partnerships.json, practices.json, interreg-match.json and README.md. Deterministic: the same
 * inputs give byte-identical files. Member codes that are not in units.csv stop the build.
 *
 * Descriptions and summaries are written here, in our own words; nothing of the sources' prose is
 * copied. Facts (names, dates, amounts, membership, the Metryka fields) come from the data.
 *
 * One module per source in scripts/records/: coded.ts (functional area, ZIT, metropolitan union),
 * practices.ts and agreements.ts (the old database), urbact.ts, interreg.ts, own-pages.ts (the
 * partnerships' own pages); curated.ts and own-pages-text.ts hold our texts, vocabulary.ts the
 * Polish labels, report.ts and readme.ts the reports.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentLang } from '../src/lib/content-lang.ts';
import { PARTNERSHIP_KINDS } from '../src/lib/domain/kinds.ts';
import { gminaType } from '../src/lib/units/match.ts';
import { buildCodedPartnerships } from './records/coded.ts';
import { FILES, loadUnits, log, outDir } from './records/context.ts';
import { buildInterreg } from './records/interreg.ts';
import { buildOwnPagePartnerships } from './records/own-pages.ts';
import { buildPractices } from './records/practices.ts';
import { writeReadme } from './records/readme.ts';
import { matchReport } from './records/report.ts';
import { buildUrbact } from './records/urbact.ts';
import type { Partnership } from './records/types.ts';

const started = Date.now();
const units = loadUnits();

// 1. Partnerships with TERYT-coded member lists (Kraków area, GZM)
const coded = [
	...buildCodedPartnerships(FILES.krakow, units),
	...buildCodedPartnerships(FILES.gzm, units)
];
// 2. Practices of the Baza Dobrych Praktyk (and the agreements two of them describe)
const { practices, agreements } = buildPractices(units, coded);
// 3. URBACT networks with Polish member cities
const urbact = buildUrbact(units);
// 4. Interreg projects (keep.eu)
const ir = buildInterreg(units, urbact.networks);
const others: Partnership[] = [
	...coded,
	...agreements,
	...urbact.networks.map((n) => n.partnership),
	...ir.interreg
];
// 5. Partnerships from their own pages (checked for overlaps with the records above)
const own = buildOwnPagePartnerships(units, others);
const partnerships: Partnership[] = [...others, ...own.partnerships];
// 6. The match report
const report = matchReport(ir, urbact.unmatched);

// 7. Final checks, order and output
partnerships.sort(
	(a, b) =>
		PARTNERSHIP_KINDS.indexOf(a.kind) - PARTNERSHIP_KINDS.indexOf(b.kind) ||
		a.slug.localeCompare(b.slug)
);
const slugs = new Set(partnerships.map((p) => p.slug));
for (const p of partnerships) {
	if (!p.members.length) throw new Error(`partnership ${p.slug}: no member unit`);
	for (const m of p.members) units.require(m.teryt, `partnership ${p.slug}`);
	if (!p.sources.length || p.sources.some((s) => !/^https?:\/\//.test(s.url)))
		throw new Error(`partnership ${p.slug}: every record needs a source with a URL`);
}
for (const pr of practices)
	for (const s of pr.partnershipSlugs)
		if (!slugs.has(s)) throw new Error(`practice ${pr.artId}: unknown partnership "${s}"`);
// Gmina codes of the practices are 7-digit gminy; the type digit must agree with the register.
for (const pr of practices)
	for (const code of pr.units)
		if (!gminaType(code)) throw new Error(`practice ${pr.artId}: unit ${code} is not a gmina`);

// The language of every title, name, summary and description, by the committed rule of
// src/lib/content-lang.ts (the app applies the same rule to records written without one).
const withAfter = <T extends object>(o: T, after: keyof T, add: Record<string, unknown>): T =>
	Object.fromEntries(
		Object.entries(o).flatMap(([k, v]) =>
			k === after ? [[k, v], ...Object.entries(add)] : [[k, v]]
		)
	) as T;
const partnershipsOut = partnerships.map((p) =>
	withAfter(withAfter(p, 'name', { nameLang: contentLang(p.name, p.kind) }), 'description', {
		descriptionLang: contentLang(p.description)
	})
);
const practicesOut = practices.map((pr) =>
	withAfter(withAfter(pr, 'title', { titleLang: contentLang(pr.title) }), 'summary', {
		summaryLang: contentLang(pr.summary)
	})
);

mkdirSync(outDir, { recursive: true });
const json = (v: unknown) => `${JSON.stringify(v, null, '\t')}\n`;
writeFileSync(resolve(outDir, 'partnerships.json'), json(partnershipsOut));
writeFileSync(resolve(outDir, 'practices.json'), json(practicesOut));
writeFileSync(resolve(outDir, 'interreg-match.json'), json(report));
const perKind = writeReadme(partnershipsOut, practicesOut, report, ir, own);

// Summary
log(
	`partnerships: ${partnerships.length} (${[...perKind].map(([k, n]) => `${k} ${n}`).join(', ')})`
);
log(`practices: ${practices.length}`);
log(
	`Interreg: ${report.matchedRows}/${report.localGovernmentRows} Polish local-government partner rows matched ` +
		`(${report.matchRateLocalGovernments}%; ${report.matchRateAllPolishPartners}% of all ${report.polishPartnerRows} Polish rows); ` +
		`${ir.interreg.length} projects included, ${ir.excludedProjects.length} left out, ${ir.mergedIntoNetworks.length} merged into URBACT`
);
for (const u of report.unmatched)
	log(
		`  unmatched: ${u.name} (${u.town ?? '?'}, ${u.postalCode ?? '?'}) – ${u.status}${u.candidates.length ? ` ${u.candidates.join('/')}` : ''}`
	);
if (urbact.unmatched.length) log(`URBACT unmatched Polish cities: ${urbact.unmatched.length}`);
log(`wrote ${outDir} in ${Date.now() - started} ms`);
