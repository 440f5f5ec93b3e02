import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getPartnership } from '$lib/server/records/read';
import { canonicalise, idFromParam } from '$lib/server/records/page-load';

export const load: PageServerLoad = ({ params, url }) => {
	const id = idFromParam(params.id, 'partnerstwa');
	const partnership = getPartnership(id);
	if (!partnership) error(404, `Nie ma partnerstwa o numerze ${id} / No partnership ${id}`);
	canonicalise(url, '/partnerstwa', id, partnership.slug);
	return { partnership };
};
