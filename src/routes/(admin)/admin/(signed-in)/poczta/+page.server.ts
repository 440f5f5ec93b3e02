import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePermission } from '$lib/server/auth/guard';
import { listOutbox } from '$lib/server/mail/outbox';
import { mailConfigured } from '$lib/server/mail/send';

const PAGE = 50;

/** /admin/poczta: every message the site sent or keeps, newest first (curators and admins). */
export const load: PageServerLoad = (event) => {
	requirePermission(event, 'publishes');
	const raw = Number(event.url.searchParams.get('offset') ?? 0);
	const offset = Number.isInteger(raw) && raw >= 0 && raw < 1e7 ? raw : 0;
	return { ...listOutbox(getDb(), PAGE, offset), offset, pageSize: PAGE, smtp: mailConfigured() };
};
