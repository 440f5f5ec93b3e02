import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { say } from '$lib/i18n';
import { MemberAreaError, memberAreaFeature } from '$lib/server/curation/member-area';
import { adminError, adminJson, adminLang } from '$lib/server/curation/admin-json';

/**
 * GET /admin/api/obszar?units=1206113&units=1206012: the merged area of an unsaved member list,
 * a GeoJSON Feature with bbox and properties { units, areaKm2, population,
 * membersWithoutGeometry, members } (src/lib/server/curation/member-area.ts). 400 names a bad code.
 */
export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	const lang = adminLang(event, user);
	const codes = event.url.searchParams
		.getAll('units')
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
	try {
		return adminJson(memberAreaFeature(getDb(), codes));
	} catch (e) {
		if (e instanceof MemberAreaError) return adminError(400, say(lang, e.pl, e.en));
		throw e;
	}
};
