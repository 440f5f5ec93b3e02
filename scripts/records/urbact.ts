/** URBACT city networks with Polish member cities (urbact_networks_with_pl_members_membership.csv). */
import { readCsvObjects } from '../../src/lib/csv.ts';
import { foldPolish, matchUnit, slugify } from '../../src/lib/units/match.ts';
import { FILES, groupRows, log, read, uniqueSlug, type Units } from './context.ts';
import {
	addMember,
	addOther,
	clean,
	haversineKm,
	isoDate,
	listPl,
	orNull,
	sentence,
	sortMembers,
	sortOthers,
	years
} from './helpers.ts';
import type { Member, OtherMember, Partnership } from './types.ts';
import { countriesPl, countryPl, ISO_FIX } from './vocabulary.ts';

/** A network and its name folded and without spaces (keep.eu's URBACT III projects match it). */
export interface Network {
	partnership: Partnership;
	compactName: string;
}

export interface UrbactUnmatched {
	network: string;
	city: string;
	why: string;
}

function urbactProgramme(code: string, start: string | null): string {
	if (code.startsWith('U') || (start && Number(start) <= 2006)) return 'URBACT I';
	if (start && Number(start) >= 2015) return 'URBACT III';
	return 'URBACT II';
}

export function buildUrbact(units: Units): { networks: Network[]; unmatched: UrbactUnmatched[] } {
	const byNetwork = groupRows(readCsvObjects(read(FILES.urbact)), (row, line) => {
		const code = clean(row.Code_Network);
		if (!code) throw new Error(`${FILES.urbact} row ${line}: empty Code_Network`);
		return code;
	});
	const networks: Network[] = [];
	const urbactUnmatched: UrbactUnmatched[] = [];
	for (const [code, list] of [...byNetwork].sort((a, b) =>
		a[0].localeCompare(b[0], 'en', { numeric: true })
	)) {
		const first = list[0].row;
		const name = clean(first.Network);
		const start = isoDate(first.Start, `${FILES.urbact} row ${list[0].line}`);
		const end = isoDate(first.End, `${FILES.urbact} row ${list[0].line}`);
		const url = orNull(first.Url);
		const members: Member[] = [];
		const otherMembers: OtherMember[] = [];
		const polishCities: string[] = [];
		let leadCity: { city: string; country: string } | null = null;
		for (const { row, line } of list) {
			const where = `${FILES.urbact} row ${line}`;
			if (clean(row.Network) !== name || isoDate(row.Start, where) !== start)
				throw new Error(`${where}: network ${code} rows disagree on name or start`);
			const role = /lead/i.test(row['City.Statut']) ? 'leader' : 'member';
			const iso = ISO_FIX[clean(row.Country)] ?? clean(row.Country);
			const city = clean(row.NameCity);
			if (role === 'leader') leadCity = { city, country: iso };
			if (iso !== 'PL') {
				addOther(otherMembers, {
					name: city,
					kind: 'foreign',
					country: iso,
					town: city,
					role,
					note: null
				});
				continue;
			}
			// GeoNames ASCII names ("Starogard Gdanski") are fuller than NameCity ("Starogard").
			const r = matchUnit(units.index, clean(row.asciiName) || city, { urban: true });
			const lon = Number(row.lng_GN.replace(',', '.'));
			const lat = Number(row.lat_GN.replace(',', '.'));
			const kmTo = (code: string) => {
				const u = units.byCode.get(code);
				return u?.lon != null && u.lat != null && Number.isFinite(lon + lat)
					? haversineKm(lon, lat, u.lon, u.lat)
					: Infinity;
			};
			let why = r.why;
			// The GeoNames point of the city must lie near the unit: it confirms a match, and among
			// namesakes (two urban Olsztyn) it picks the one it lies in.
			const near = (
				r.status === 'matched' ? [r.teryt] : r.status === 'ambiguous' ? r.candidates : []
			).filter((c) => kmTo(c) <= 25);
			if (near.length === 1) {
				addMember(members, near[0], role);
				polishCities.push(units.byCode.get(near[0])?.name ?? city);
				continue;
			}
			if (r.status === 'matched')
				why = `${r.why}; but GeoNames ${row.geonameId} lies ${Math.round(kmTo(r.teryt))} km from its label point`;
			urbactUnmatched.push({ network: name, city, why });
			addOther(otherMembers, {
				name: city,
				kind: 'public',
				country: 'PL',
				town: city,
				role,
				note: `Miasto bez jednoznacznego kodu TERYT (${why})`
			});
		}
		if (!members.length) {
			log(`URBACT ${name}: no Polish member city matched, left out`);
			continue;
		}
		sortMembers(members);
		sortOthers(otherMembers);
		const programme = urbactProgramme(code, start);
		const countries = countriesPl([
			...members.map(() => 'PL'),
			...otherMembers.map((o) => o.country)
		]);
		const lead: { city: string; country: string } | null = leadCity;
		const description =
			`${sentence(`Sieć miast programu ${programme} działająca ${years(start, end)}`)} ` +
			(lead ? `Miasto wiodące: ${lead.city} (${countryPl(lead.country)}). ` : '') +
			`Polskie miasta w sieci: ${listPl([...new Set(polishCities)])}; państwa partnerów: ${countries.join(', ')}.`;
		const slugBase = `urbact-${slugify(name, 50)}`;
		const partnership: Partnership = {
			slug: uniqueSlug(slugBase, `${FILES.urbact} network ${code}`),
			name,
			kind: 'city_network',
			startDate: start,
			endDate: end,
			website: url,
			description,
			sources: [
				url
					? { name: `URBACT – strona sieci ${name}`, url, verifiedAt: null }
					: {
							name: 'URBACT (urbact.eu) – sieci programu; ta sieć nie ma własnej strony w zbiorze',
							url: 'https://urbact.eu/',
							verifiedAt: null
						}
			],
			members,
			otherMembers,
			extra: { programme, urbactCode: code, memberCities: list.length }
		};
		networks.push({ partnership, compactName: foldPolish(name).replace(/ /g, '') });
	}
	log(`URBACT: ${networks.length} networks with a matched Polish city (of ${byNetwork.size})`);
	return { networks, unmatched: urbactUnmatched };
}
