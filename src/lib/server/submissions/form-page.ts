/**
 * What the public form's page needs to draw a record's fields (shared by /zglos and the sender's
 * page /zglos/stan/{token}): the target, the starting content, a fresh signed start time, and
 * what the editors' field components need (partnerships to choose from, the boundary tiles'
 * version, the members' names).
 */
import type { Db } from '../db';
import { tileVersions } from '../tiles';
import { unitsByCodes } from '../curation/member-list';
import { titleOf, type AnyInput } from '../curation/snapshots';
import type { PartnershipInput } from '../records/types';
import { baseInput, startToken, type Target } from './send';

export function formPageData(db: Db, target: Target, input: AnyInput = baseInput(db, target)) {
	const members = target.type === 'partnerstwo' ? (input as PartnershipInput).members : [];
	return {
		target,
		input,
		correctionTitle:
			target.kind === 'correction' ? titleOf(target.type, baseInput(db, target)) : null,
		started: startToken(db),
		boundariesVersion: tileVersions(db).boundaries,
		partnershipOptions:
			target.type === 'praktyka'
				? (db.$client
						.prepare(
							`SELECT id, slug, name FROM partnerships WHERE status = 'published' ORDER BY sort_key, id`
						)
						.all() as { id: number; slug: string; name: string }[])
				: [],
		units: unitsByCodes(
			db,
			members.map((m) => m.teryt)
		)
	};
}
