import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { ADMIN_PAGE, adminList, parseListQuery } from '$lib/server/curation/admin-list';
import { roleInfo } from '$lib/domain/roles';
import { withShapes } from '$lib/server/picture/thumbs';

/** /admin/partnerstwa: every partnership the user may edit, in every state. */
export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const query = parseListQuery(event.url);
	const list = adminList(getDb(), 'partnerstwo', query, user);
	return {
		...list,
		items: withShapes(list.items),
		query,
		pageSize: ADMIN_PAGE,
		scoped: !roleInfo(user.role).everyRecord,
		/** Curators and admins may import a table of partnerships (/admin/partnerstwa/import). */
		imports: roleInfo(user.role).publishes
	};
};
