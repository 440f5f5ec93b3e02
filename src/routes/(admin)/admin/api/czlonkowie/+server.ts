import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { getDb } from '$lib/server/db';
import { say } from '$lib/i18n';
import {
	MEMBER_LIST_MAX_CHARS,
	MemberListError,
	matchMemberList
} from '$lib/server/curation/member-list';
import { adminError, adminJson, adminLang } from '$lib/server/curation/admin-json';

/**
 * POST /admin/api/czlonkowie, body `{ "text": "…" }`: a pasted member list (names or TERYT codes,
 * one a line) matched to units: `{ rows: MemberLine[] }` (src/lib/server/curation/member-list.ts).
 */
export const POST: RequestHandler = async (event) => {
	const user = requireUser(event);
	const lang = adminLang(event, user);
	if (!(event.request.headers.get('content-type') ?? '').startsWith('application/json'))
		return adminError(
			415,
			say(lang, 'oczekiwano treści application/json', 'expected an application/json body')
		);
	const raw = await event.request.text();
	// The list's own limit, with room for the JSON around it and escapes.
	if (raw.length > MEMBER_LIST_MAX_CHARS * 2 + 100)
		return adminError(413, say(lang, 'lista jest za długa', 'the list is too long'));
	let text: unknown;
	try {
		text = (JSON.parse(raw) as { text?: unknown } | null)?.text;
	} catch {
		text = undefined;
	}
	if (typeof text !== 'string')
		return adminError(
			400,
			say(lang, 'oczekiwano { "text": "…" } z listą', 'expected { "text": "…" } with the list')
		);
	try {
		return adminJson(matchMemberList(getDb(), text));
	} catch (e) {
		if (e instanceof MemberListError) return adminError(400, say(lang, e.pl, e.en));
		throw e;
	}
};
