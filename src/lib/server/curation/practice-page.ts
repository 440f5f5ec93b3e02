/**
 * The practice edit page's load: the shared edit load plus the partnerships to choose from and the
 * boundary tiles' version (the map of gminy).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db';
import { editLoad } from './actions';
import { tileVersions } from '../tiles';

const load = editLoad('praktyka');

export function practiceEditLoad(event: RequestEvent) {
	const data = load(event);
	const partnershipOptions = getDb()
		.$client.prepare(
			`SELECT id, slug, name FROM partnerships WHERE status != 'archived' ORDER BY sort_key, id`
		)
		.all() as { id: number; slug: string; name: string }[];
	return { ...data, partnershipOptions, boundariesVersion: tileVersions().boundaries };
}
