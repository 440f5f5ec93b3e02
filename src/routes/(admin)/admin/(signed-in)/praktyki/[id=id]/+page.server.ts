import type { Actions, PageServerLoad } from './$types';
import { practiceEditLoad } from '$lib/server/curation/practice-page';
import { recordActions } from '$lib/server/curation/actions';

/** /admin/praktyki/{id}: edit, publish, archive, confirm a practice. */
export const load: PageServerLoad = (event) => practiceEditLoad(event);
export const actions: Actions = recordActions('praktyka');
