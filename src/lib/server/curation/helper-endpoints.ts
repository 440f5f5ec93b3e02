/**
 * The record forms' JSON helpers, one implementation for both places they answer:
 * `/admin/api/*` (after the admin guard) and `/zglos/api/*` (the public submission form, which
 * uses the same field components; the data is public: unit names, codes and boundaries).
 * - jednostki: `?q=ska` → `{ q, suggestions: [{ id (TERYT), label, detail, level }] }`;
 * - czlonkowie: POST `{ "text": "…" }` (a pasted member list) → `{ rows: MemberLine[] }`;
 * - obszar: `?units=1206113&units=…` → the merged area, a GeoJSON Feature (member-area.ts).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '../db';
import { say } from '../../i18n';
import type { Lang } from '../../format';
import { suggestUnits } from '../suggest';
import { MemberAreaError, memberAreaFeature } from './member-area';
import { MEMBER_LIST_MAX_CHARS, MemberListError, matchMemberList } from './member-list';
import { adminError, adminJson } from './admin-json';

export function unitSuggestions(event: Pick<RequestEvent, 'url'>, lang: Lang): Response {
	const q = (event.url.searchParams.get('q') ?? '').slice(0, 100);
	return adminJson({ q, suggestions: suggestUnits(q, 10, getDb(), lang) });
}

export function memberArea(event: Pick<RequestEvent, 'url'>, lang: Lang): Response {
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
}

export async function memberListMatch(event: Pick<RequestEvent, 'request'>, lang: Lang) {
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
}
