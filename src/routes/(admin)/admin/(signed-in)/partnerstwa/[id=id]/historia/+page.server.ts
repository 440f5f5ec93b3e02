import type { Actions, PageServerLoad } from './$types';
import { historyLoad, recordActions } from '$lib/server/curation/actions';

/** /admin/partnerstwa/{id}/historia: every revision, a diff of any two, restore. */
export const load: PageServerLoad = (event) => historyLoad('partnerstwo')(event);
export const actions: Actions = { restore: recordActions('partnerstwo').restore };
