import type { Actions, PageServerLoad } from './$types';
import { editLoad, recordActions } from '$lib/server/curation/actions';

/** /admin/partnerstwa/{id}: edit the partnership and its members, publish, archive, confirm. */
export const load: PageServerLoad = (event) => editLoad('partnerstwo')(event);
export const actions: Actions = recordActions('partnerstwo');
