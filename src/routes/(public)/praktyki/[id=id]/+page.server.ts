import type { PageServerLoad } from './$types';
import { getPractice } from '$lib/server/records/read';
import { recordId } from '../../../../params/id';
import { canonicalise, recordNotFound } from '$lib/server/records/page-load';

export const load: PageServerLoad = ({ params, url, locals }) => {
	// The route's matcher (src/params/id.ts) lets only record ids through.
	const id = recordId(params.id)!;
	const practice = getPractice(id);
	if (!practice) recordNotFound('praktyki', id, locals.lang);
	canonicalise(url, '/praktyki', id, practice.slug);
	return { practice };
};
