/**
 * Answers of the admin area's JSON endpoints (the member picker's): never cached or shared (they
 * answer a signed-in person), errors as `{ error: { status, message } }` like the public API's, in
 * the language of `?lang=`, else the user's.
 */
import { json, type RequestEvent } from '@sveltejs/kit';
import { parseLang } from '../../i18n';
import type { Lang } from '../../format';
import type { SessionUser } from '../auth/guard';

const PRIVATE = { 'cache-control': 'private, no-store' };

export function adminJson(body: unknown): Response {
	return json(body, { headers: PRIVATE });
}

export function adminError(status: number, message: string): Response {
	return json({ error: { status, message } }, { status, headers: PRIVATE });
}

/** The language of an admin answer: `?lang=` when given, else the signed-in user's. */
export function adminLang(event: Pick<RequestEvent, 'url'>, user: SessionUser): Lang {
	const asked = event.url.searchParams.get('lang');
	return asked ? parseLang(asked) : user.lang;
}
