/**
 * Partnerships with TERYT-coded member lists: the Kraków area's functional area and ZIT union
 * (krakow_area_partnerships.csv) and the metropolitan union GZM (gzm_metropolia_members_41.csv).
 */
import { basename } from 'node:path';
import { readCsvObjects } from '../../src/lib/csv.ts';
import { groupRows, log, read, uniqueSlug, type Units } from './context.ts';
import { CURATED_PARTNERSHIPS } from './curated.ts';
import { addMember, clean, sortMembers, urlOf } from './helpers.ts';
import type { Member, Partnership, Source } from './types.ts';

/** The partnerships of one file, one per value of its "partnership" column. */
export function buildCodedPartnerships(file: string, units: Units): Partnership[] {
	const partnerships: Partnership[] = [];
	const groups = groupRows(readCsvObjects(read(file)), (row, line) => {
		const key = clean(row.partnership);
		if (!key) throw new Error(`${file} row ${line}: empty "partnership" column`);
		return key;
	});
	for (const [group, list] of groups) {
		const curated = CURATED_PARTNERSHIPS[group];
		if (!curated)
			throw new Error(`${file}: partnership "${group}" has no entry in CURATED_PARTNERSHIPS`);
		const stated = /(\d+) gmin/.exec(group) ?? /_(\d+)\.csv$/.exec(file);
		if (stated && Number(stated[1]) !== list.length)
			throw new Error(
				`${file}: "${group}" should have ${stated[1]} members, the file lists ${list.length}`
			);
		const members: Member[] = [];
		const urls = new Set<string>();
		for (const { row, line } of list) {
			const where = `${file} row ${line}`;
			const code = clean(row.teryt7);
			if (!/^\d{7}$/.test(code))
				throw new Error(`${where}: teryt7 "${code}" is not a 7-digit code`);
			units.require(code, where, row.gmina_name || row.name);
			addMember(members, code, 'member');
			const src = clean(row.source);
			if (/https?:\/\//.test(src)) urls.add(urlOf(src, where));
		}
		sortMembers(members);
		const sources: Source[] = [...urls]
			.sort()
			.map((url) => ({ name: curated.sourceName, url, verifiedAt: null }));
		sources.push(...(curated.extraSources ?? []));
		if (!sources.length) throw new Error(`${file}: "${group}" has no source URL`);
		partnerships.push({
			slug: uniqueSlug(curated.slug, file),
			name: curated.name,
			kind: curated.kind,
			startDate: curated.startDate,
			endDate: null,
			website: curated.website,
			description: curated.description,
			sources,
			members,
			otherMembers: [],
			extra: { ...curated.extra, sourceFile: basename(file), memberCount: members.length }
		});
		log(`${curated.slug}: ${members.length} gminy from ${basename(file)}`);
	}
	return partnerships;
}
