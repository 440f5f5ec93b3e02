/**
 * The partnership edit page's load: the shared edit load plus what the member picker needs (the
 * boundary tiles' version and the members' names for the first render).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db';
import { tileVersions } from '../tiles';
import { editLoad } from './actions';
import { unitsByCodes } from './member-list';

const load = editLoad('partnerstwo');

export function partnershipEditLoad(event: RequestEvent) {
	const data = load(event);
	const db = getDb();
	return {
		...data,
		boundariesVersion: tileVersions(db).boundaries,
		units: unitsByCodes(
			db,
			data.record.input.members.map((m) => m.teryt)
		)
	};
}
