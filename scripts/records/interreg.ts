/**
 * Interreg 2014–2020 projects with Polish partners (the keep.eu export: one file of projects, one
 * of their partners). URBACT III projects that are also URBACT networks are merged into those.
 */
import { readCsvObjects } from '../../src/lib/csv.ts';
import {
	foldPolish,
	looksLikeLocalGovernment,
	matchUnit,
	slugify,
	type MatchHints,
	type MatchResult
} from '../../src/lib/units/match.ts';
import { FILES, groupRows, read, uniqueSlug, type Units } from './context.ts';
import {
	addMember,
	addOther,
	amount,
	clean,
	host,
	isoDate,
	isPolish,
	orNull,
	sentence,
	sortMembers,
	sortOthers,
	unquote,
	years
} from './helpers.ts';
import type { Member, OtherMember, Partnership, Source } from './types.ts';
import type { Network } from './urbact.ts';
import { countriesPl, countryIso, countryPl, PROGRAMMES, THEMES } from './vocabulary.ts';

function separatorOf(text: string): string {
	const header = text.slice(0, text.indexOf('\n'));
	// The README calls the partners file semicolon-separated; the export itself decides.
	return (header.match(/;/g) ?? []).length > (header.match(/,/g) ?? []).length ? ';' : ',';
}

const projectKey = (programme: string, acronym: string) =>
	`${clean(programme)}\u0000${clean(acronym)}`;

function otherKind(name: string, legalStatus: string): OtherMember['kind'] {
	const f = foldPolish(name);
	if (
		/universit|uniwersytet|politechn|akadem|academy|szkola wyzsza|wyzsza szkola|school of economics|college|hochschule/.test(
			f
		)
	)
		return 'university';
	if (
		/stowarzysz|association|accociation|fundacj|foundation|towarzyst|society|klub|club|federacj|federation|organizacj|organization|organisation|inicjatyw|tourist board|zwiazek podhalan/.test(
			f
		)
	)
		return 'ngo';
	if (/\b(s a|sp z o o|ltd|plc|gmbh|company|co|fair)\b|chamber|izba/.test(f)) return 'business';
	// keep.eu's "private" covers associations as well as firms: only a firm's marks make a business.
	if (legalStatus === 'private')
		return /agenc|agency|cluster|klaster/.test(f) ? 'business' : 'other';
	if (legalStatus === 'public') return 'public';
	return 'other';
}

/** One Polish partner row and how it was matched (the match report's raw material). */
export interface MatchRow {
	name: string;
	town: string | null;
	postalCode: string | null;
	nuts3: string | null;
	programme: string;
	acronym: string;
	lead: boolean;
	looksLikeLocalGovernment: boolean;
	result: MatchResult | null;
	kind: OtherMember['kind'] | null;
}

export interface ExcludedProject {
	programme: string;
	acronym: string;
	polishPartners: string[];
}

export interface MergedProject {
	acronym: string;
	network: string;
}

export interface InterregResult {
	projectsTotal: number;
	interreg: Partnership[];
	matchRows: MatchRow[];
	excludedProjects: ExcludedProject[];
	mergedIntoNetworks: MergedProject[];
}

/** The projects with a matched Polish local government; adds keep.eu's facts to `networks`. */
export function buildInterreg(units: Units, networks: Network[]): InterregResult {
	const projectsText = read(FILES.keepProjects);
	const partnersText = read(FILES.keepPartners);
	const projects = readCsvObjects(projectsText, separatorOf(projectsText));
	const partnerRows = readCsvObjects(partnersText, separatorOf(partnersText));
	for (const col of ['Programme', 'Acronym', 'Project Partner', 'Lead Partner', 'Country', 'Town'])
		if (!(col in (partnerRows[0] ?? {})))
			throw new Error(
				`${FILES.keepPartners}: column "${col}" missing (separator "${separatorOf(partnersText)}")`
			);

	const partnersByProject = groupRows(partnerRows, (row) => projectKey(row.Programme, row.Acronym));

	// A website shared by several projects is the programme's, not the project's.
	const siteUse = new Map<string, number>();
	for (const p of projects) {
		const site = orNull(p.Website);
		if (site) siteUse.set(host(site), (siteUse.get(host(site)) ?? 0) + 1);
	}

	const matchRows: MatchRow[] = [];
	const interreg: Partnership[] = [];
	const excludedProjects: ExcludedProject[] = [];
	const mergedIntoNetworks: MergedProject[] = [];

	for (const p of [...projects].sort((a, b) =>
		projectKey(a.Programme, a.Acronym).localeCompare(projectKey(b.Programme, b.Acronym), 'en')
	)) {
		const programme = clean(p.Programme);
		const acronym = clean(p.Acronym);
		const where = `${FILES.keepProjects} ${acronym}`;
		const rows = partnersByProject.get(projectKey(programme, acronym));
		if (!rows?.length) throw new Error(`${where}: no partner rows in ${FILES.keepPartners}`);
		const members: Member[] = [];
		const otherMembers: OtherMember[] = [];
		const polishNames: string[] = [];
		let lead: { name: string; town: string; country: string } | null = null;
		for (const { row, line } of rows) {
			const w = `${FILES.keepPartners} row ${line}`;
			const name = clean(row['Project Partner']);
			const town = orNull(row.Town);
			const role: Member['role'] = /^yes$/i.test(clean(row['Lead Partner'])) ? 'leader' : 'member';
			const iso = countryIso(row.Country, w);
			if (role === 'leader') lead = { name, town: town ?? '', country: iso };
			if (iso !== 'PL') {
				addOther(otherMembers, { name, kind: 'foreign', country: iso, town, role, note: null });
				continue;
			}
			polishNames.push(name);
			const legal = clean(row['Legal Status']);
			const lg = legal !== 'private' && looksLikeLocalGovernment(units.index, name);
			const hints: MatchHints = {
				town,
				postalCode: orNull(row['Postal code']),
				nuts3: orNull(row['NUTS3 (or equivalent)'])
			};
			const result = lg ? matchUnit(units.index, name, hints) : null;
			const record: MatchRow = {
				name,
				town,
				postalCode: hints.postalCode ?? null,
				nuts3: hints.nuts3 ?? null,
				programme,
				acronym,
				lead: role === 'leader',
				looksLikeLocalGovernment: lg,
				result,
				kind: null
			};
			matchRows.push(record);
			if (result?.status === 'matched') {
				units.require(result.teryt, w);
				addMember(members, result.teryt, role);
				continue;
			}
			const kind = lg ? 'public' : otherKind(name, legal);
			record.kind = kind;
			addOther(otherMembers, {
				name,
				kind,
				country: 'PL',
				town,
				role,
				note: result
					? `Samorząd bez jednoznacznego kodu TERYT (${result.status}${result.status === 'ambiguous' ? `: ${result.candidates.join(', ')}` : ''})`
					: null
			});
		}

		const themes = [p.Thematic1, p.Thematic2, p.Thematic3].map(clean).filter(Boolean);
		const startDate = isoDate(p['Project start'], where);
		const endDate = isoDate(p['Project end'], where);
		const facts = {
			programme,
			acronym,
			projectName: orNull(p['Project Name']),
			budgetEur: amount(p.Budget, where),
			euFundingEur: amount(p['EU Funding'], where),
			themes,
			startDate,
			endDate
		};

		// URBACT III networks also appear in the URBACT membership list: one record, two sources.
		if (/URBACT/.test(programme)) {
			const compact = foldPolish(acronym).replace(/ /g, '');
			const network = networks.find((n) => n.compactName === compact);
			if (network) {
				network.partnership.extra.keepEu = facts;
				network.partnership.sources.push({
					name: 'keep.eu – projekty Interreg 2014–2020 (eksport z 23.11.2019)',
					url: 'https://keep.eu/',
					verifiedAt: null
				});
				mergedIntoNetworks.push({ acronym, network: network.partnership.slug });
				continue;
			}
		}

		if (!members.length) {
			excludedProjects.push({ programme, acronym, polishPartners: polishNames });
			continue;
		}
		sortMembers(members);
		sortOthers(otherMembers);

		const programmeInfo = PROGRAMMES[programme] ?? { pl: programme, strand: 'współpracy' };
		const names = [
			...new Set(
				[p['Project Name'], p['Project Name language 2'], p['Project Name language 3']]
					.map((n) => unquote(clean(n)))
					.filter(Boolean)
			)
		];
		const polishName = names.find(isPolish) ?? (isPolish(acronym) ? unquote(acronym) : undefined);
		const name = polishName ?? names[0] ?? acronym;
		const site = orNull(p.Website);
		const programmeSite = site ? (siteUse.get(host(site)) ?? 0) >= 3 : false;
		const countries = countriesPl(['PL', ...otherMembers.map((o) => o.country)]);
		const leadText = lead
			? `Partner wiodący: ${lead.name} (${[lead.town, countryPl(lead.country)].filter(Boolean).join(', ')}).`
			: '';
		const themesPl = themes.map((t) => THEMES[t] ?? t);
		const description = [
			sentence(
				`Projekt ${programmeInfo.strand} w programie ${programmeInfo.pl}, realizowany ${years(startDate, endDate)}`
			),
			`${leadText} Partnerzy z państw: ${countries.join(', ')}; polskie samorządy w projekcie: ${members.length}.`.trim(),
			themesPl.length ? `Tematyka: ${themesPl.join('; ')}.` : ''
		]
			.filter(Boolean)
			.join(' ');
		const sources: Source[] = [
			{
				name: 'keep.eu – projekty Interreg 2014–2020 (eksport z 23.11.2019)',
				url: 'https://keep.eu/',
				verifiedAt: null
			}
		];
		if (site)
			sources.push({
				name: programmeSite
					? `Strona programu ${programmeInfo.pl}`
					: `Strona podana w keep.eu dla projektu ${acronym}`,
				url: site,
				verifiedAt: null
			});
		interreg.push({
			slug: uniqueSlug(`interreg-${slugify(acronym, 50)}`, where),
			name,
			kind: /URBACT/.test(programme) ? 'city_network' : 'interreg_project',
			startDate,
			endDate,
			website: site && !programmeSite ? site : null,
			description,
			sources,
			members,
			otherMembers,
			extra: {
				programme,
				programmeName: programmeInfo.pl,
				acronym,
				projectName: facts.projectName,
				budgetEur: facts.budgetEur,
				euFundingEur: facts.euFundingEur,
				themes,
				otherNames: names.filter((n) => n !== name),
				leadPartner: lead
			}
		});
	}
	return {
		projectsTotal: projects.length,
		interreg,
		matchRows,
		excludedProjects,
		mergedIntoNetworks
	};
}
