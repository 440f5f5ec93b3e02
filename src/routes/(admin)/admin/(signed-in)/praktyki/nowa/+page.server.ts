import type { Actions, PageServerLoad } from './$types';
import { practiceEditLoad } from '$lib/server/curation/practice-page';
import { recordActions } from '$lib/server/curation/actions';

/** /admin/praktyki/nowa: a new practice (saved as a draft, then 303 to its page). */
export const load: PageServerLoad = (event) => practiceEditLoad(event);
export const actions: Actions = recordActions('praktyka');
