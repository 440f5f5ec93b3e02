import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { reviewActions, reviewLoad } from '$lib/server/submissions/review';

/** /admin/zgloszenia/{id}: one submission, its changes, duplicates, timeline and decisions. */
export const load: PageServerLoad = (event) => {
	requireUser(event);
	return reviewLoad(event);
};

// Each action checks the session and the rights itself (submissions/review.ts).
export const actions: Actions = reviewActions();
