import type { Actions, PageServerLoad } from './$types';
import { recordActions } from '$lib/server/curation/actions';
import { partnershipEditLoad } from '$lib/server/curation/partnership-page';

/** /admin/partnerstwa/nowe: a new partnership (saved as a draft, then 303 to its page). */
export const load: PageServerLoad = (event) => partnershipEditLoad(event);
export const actions: Actions = recordActions('partnerstwo');
