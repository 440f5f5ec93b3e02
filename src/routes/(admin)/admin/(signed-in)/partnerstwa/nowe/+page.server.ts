import type { Actions, PageServerLoad } from './$types';
import { editLoad, recordActions } from '$lib/server/curation/actions';

/** /admin/partnerstwa/nowe: a new partnership (saved as a draft, then 303 to its page). */
export const load: PageServerLoad = (event) => editLoad('partnerstwo')(event);
export const actions: Actions = recordActions('partnerstwo');
