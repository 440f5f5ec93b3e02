/**
 * The guard of every signed-in admin page: no session, 303 to the login page (and back here
 * afterwards). Not enough on its own: each load, action and endpoint below calls a guard too
 * (tests/unit/admin-guard.test.ts).
 */
import { requireUser } from '$lib/server/auth/guard';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (event) => ({ user: requireUser(event) });
