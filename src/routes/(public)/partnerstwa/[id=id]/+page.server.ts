import type { PageServerLoad } from './$types';
import { getPartnership } from '$lib/server/records/read';
import { loadRecord } from '$lib/server/records/page-load';

export const load: PageServerLoad = (event) => ({
	partnership: loadRecord('partnerstwo', getPartnership, event)
});
