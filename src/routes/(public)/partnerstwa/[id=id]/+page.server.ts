import type { PageServerLoad } from './$types';
import { getPartnership } from '$lib/server/records/read';
import { loadRecord } from '$lib/server/records/page-load';
import { areaThumb } from '$lib/server/picture/thumbs';

export const load: PageServerLoad = (event) => {
	const partnership = loadRecord('partnerstwo', getPartnership, event);
	return { partnership, shape: areaThumb(partnership.id) };
};
