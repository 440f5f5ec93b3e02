import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getPractice } from '$lib/server/records/read';
import { canonicalise, idFromParam } from '$lib/server/records/page-load';

export const load: PageServerLoad = ({ params, url }) => {
	const id = idFromParam(params.id, 'praktyki');
	const practice = getPractice(id);
	if (!practice) error(404, `Nie ma praktyki o numerze ${id} / No practice ${id}`);
	canonicalise(url, '/praktyki', id, practice.slug);
	return { practice };
};
