/** The match report (interreg-match.json): how keep.eu's Polish partners were matched to TERYT. */
import { basename } from 'node:path';
import { foldPolish, type MatchResult } from '../../src/lib/units/match.ts';
import { FILES } from './context.ts';
import type { InterregResult, MatchRow } from './interreg.ts';
import type { UrbactUnmatched } from './urbact.ts';

function distinct<T>(rows: MatchRow[], map: (r: MatchRow, projects: string[]) => T): T[] {
	const groups = new Map<string, MatchRow[]>();
	for (const r of rows) {
		const key = `${foldPolish(r.name)}|${foldPolish(r.town ?? '')}|${r.result?.teryt ?? ''}`;
		const list = groups.get(key) ?? [];
		list.push(r);
		groups.set(key, list);
	}
	return [...groups.values()]
		.sort(
			(a, b) =>
				a[0].name.localeCompare(b[0].name, 'pl') ||
				(a[0].town ?? '').localeCompare(b[0].town ?? '', 'pl')
		)
		.map((list) => map(list[0], [...new Set(list.map((r) => r.acronym))].sort()));
}

const rate = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : 0);

export type MatchReport = ReturnType<typeof matchReport>;

export function matchReport(ir: InterregResult, urbactUnmatched: UrbactUnmatched[]) {
	const { matchRows } = ir;
	const polishRows = matchRows.length;
	const lgRows = matchRows.filter((r) => r.looksLikeLocalGovernment);
	const matchedRows = lgRows.filter((r) => r.result?.status === 'matched');
	return {
		source: {
			projects: basename(FILES.keepProjects),
			partners: basename(FILES.keepPartners),
			export: 'keep.eu, 2019-11-23',
			units: 'data/boundaries/units.csv (TERC 2026)'
		},
		method:
			'Polish partner rows are read as local governments when their name carries a type word ' +
			'(Gmina, Miasto, Powiat, Województwo, City, Municipality, Commune, County, Voivodeship, ' +
			'Stadtgemeinde, Obec, …) and no institution word (school, museum, hospital, association, ' +
			'agency, …), or is nothing but the name of a gmina; private bodies never are. They are ' +
			'matched with src/lib/units/match.ts: name and type words, the województwo from the NUTS ' +
			'code, the town to complete a cut-off name. Ties stay unmatched.',
		polishPartnerRows: polishRows,
		localGovernmentRows: lgRows.length,
		matchedRows: matchedRows.length,
		matchRateLocalGovernments: rate(matchedRows.length, lgRows.length),
		matchRateAllPolishPartners: rate(matchedRows.length, polishRows),
		distinct: {
			localGovernments: distinct(lgRows, (r) => r).length,
			matched: distinct(matchedRows, (r) => r).length
		},
		projects: {
			total: ir.projectsTotal,
			included: ir.interreg.length,
			mergedIntoUrbactNetworks: ir.mergedIntoNetworks,
			excludedNoMatchedLocalGovernment: ir.excludedProjects
		},
		unmatched: distinct(
			lgRows.filter((r) => r.result?.status !== 'matched'),
			(r, projectsOf) => ({
				name: r.name,
				town: r.town,
				postalCode: r.postalCode,
				nuts3: r.nuts3,
				status: r.result?.status ?? 'not found',
				candidates: r.result?.status === 'ambiguous' ? r.result.candidates : [],
				why: r.result?.why ?? '',
				projects: projectsOf
			})
		),
		matched: distinct(matchedRows, (r, projectsOf) => {
			const res = r.result as Extract<MatchResult, { status: 'matched' }>;
			return {
				name: r.name,
				town: r.town,
				postalCode: r.postalCode,
				nuts3: r.nuts3,
				teryt: res.teryt,
				level: res.level,
				unitName: res.unitName,
				why: res.why,
				projects: projectsOf
			};
		}),
		notLocalGovernment: distinct(
			matchRows.filter((m) => !m.looksLikeLocalGovernment),
			(r, projectsOf) => ({ name: r.name, town: r.town, kind: r.kind, projects: projectsOf })
		),
		urbactUnmatchedPolishCities: urbactUnmatched
	};
}
