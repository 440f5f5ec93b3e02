import type { Actions, PageServerLoad } from './$types';
import { recordActions } from '$lib/server/curation/actions';
import { partnershipEditLoad } from '$lib/server/curation/partnership-page';

/** /admin/partnerstwa/{id}: edit the partnership and its members, publish, archive, confirm. */
export const load: PageServerLoad = (event) => partnershipEditLoad(event);
export const actions: Actions = recordActions('partnerstwo');
