import type { PageServerLoad } from './$types';
import { getPractice } from '$lib/server/records/read';
import { canonicalise, idFromParam, recordNotFound } from '$lib/server/records/page-load';

export const load: PageServerLoad = ({ params, url, locals }) => {
	const id = idFromParam(params.id, 'praktyki', locals.lang);
	const practice = getPractice(id);
	if (!practice) recordNotFound('praktyki', id, locals.lang);
	canonicalise(url, '/praktyki', id, practice.slug);
	return { practice };
};
