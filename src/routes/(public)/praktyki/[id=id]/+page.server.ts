import type { PageServerLoad } from './$types';
import { getPractice } from '$lib/server/records/read';
import { loadRecord } from '$lib/server/records/page-load';

export const load: PageServerLoad = (event) => ({
	practice: loadRecord('praktyka', getPractice, event)
});
