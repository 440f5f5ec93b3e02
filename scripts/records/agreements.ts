/**
 * Agreements: the partnerships two practices of the old database describe (art. 471 and 540),
 * their members the units the practice page names, its lead the leader.
 */
import { matchUnit, type MatchHints, type MatchResult } from '../../src/lib/units/match.ts';
import { log, uniqueSlug, type Units } from './context.ts';
import type { Curated } from './curated.ts';
import { addMember, addOther, hintWord, sortMembers } from './helpers.ts';
import type { BdpFacts } from './practices.ts';
import type { Member, OtherMember, Partnership } from './types.ts';

/** The agreement practice `f` describes; `results` holds its named partners' matches. */
export function buildAgreement(
	f: BdpFacts,
	c: Curated,
	results: Map<string, MatchResult>,
	hints: MatchHints,
	units: Units,
	where: string
): Partnership {
	const members: Member[] = [];
	const otherMembers: OtherMember[] = [];
	const lead = hintWord(f.lead_unit_from_text);
	const leadResult = lead ? matchUnit(units.index, lead, hints) : null;
	for (const name of f.partner_units ?? []) {
		const r = results.get(name);
		const role =
			leadResult?.status === 'matched' && r?.teryt === leadResult.teryt ? 'leader' : 'member';
		if (r?.status === 'matched') addMember(members, r.teryt, role);
		else
			addOther(otherMembers, {
				name,
				kind: 'public',
				country: 'PL',
				town: null,
				role,
				note: `Samorząd bez jednoznacznego kodu TERYT (${r?.why ?? 'brak dopasowania'})`
			});
	}
	if (lead && leadResult?.status !== 'matched')
		throw new Error(`${where}: lead "${lead}" does not resolve: ${leadResult?.why}`);
	sortMembers(members);
	const partnership: Partnership = {
		slug: uniqueSlug(c.slug, where),
		name: c.name,
		kind: c.kind,
		startDate: c.startDate,
		endDate: null,
		website: c.website,
		description: c.description,
		sources: f.source_urls.map((url) => ({ name: c.sourceName, url, verifiedAt: null })),
		members,
		otherMembers,
		extra: c.extra
	};
	log(`${c.slug}: ${members.length} members named by practice ${f.art}`);
	return partnership;
}
