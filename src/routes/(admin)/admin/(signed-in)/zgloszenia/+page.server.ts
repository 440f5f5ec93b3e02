import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { queueLoad } from '$lib/server/submissions/review';

/** /admin/zgloszenia: the submissions the user may see, oldest waiting first. */
export const load: PageServerLoad = (event) => {
	requireUser(event);
	return queueLoad(event);
};
