import type { PageServerLoad } from './$types';
import { getPartnership } from '$lib/server/records/read';
import { recordId } from '../../../../params/id';
import { canonicalise, recordNotFound } from '$lib/server/records/page-load';

export const load: PageServerLoad = ({ params, url, locals }) => {
	// The route's matcher (src/params/id.ts) lets only record ids through.
	const id = recordId(params.id)!;
	const partnership = getPartnership(id);
	if (!partnership) recordNotFound('partnerstwa', id, locals.lang);
	canonicalise(url, '/partnerstwa', id, partnership.slug);
	return { partnership };
};
