import type { PageServerLoad } from './$types';
import { getPartnership } from '$lib/server/records/read';
import { canonicalise, idFromParam, recordNotFound } from '$lib/server/records/page-load';

export const load: PageServerLoad = ({ params, url, locals }) => {
	const id = idFromParam(params.id, 'partnerstwa', locals.lang);
	const partnership = getPartnership(id);
	if (!partnership) recordNotFound('partnerstwa', id, locals.lang);
	canonicalise(url, '/partnerstwa', id, partnership.slug);
	return { partnership };
};
