import { error, redirect } from '@sveltejs/kit';
import type { Lang } from '../../format';
import { dictionaries } from '../../i18n';
import { recordId } from '../../../params/id';
import { RECORD_TYPES, recordPath, type RecordType } from '../../domain/records';

/** The 404 of a record that does not exist (or is not published), in the page's language. */
function recordNotFound(type: RecordType, id: number, lang: Lang): never {
	error(404, dictionaries[lang].record.pageNotFound[RECORD_TYPES[type].page](id));
}

/** Sends old or slug-less addresses to the canonical one, keeping the query string. */
function canonicalise(url: URL, type: RecordType, id: number, slug: string): void {
	const canonical = recordPath(type, { id, slug });
	if (url.pathname !== canonical) redirect(301, `${canonical}${url.search}`);
}

/**
 * The record of a record page (/praktyki/{id}-{slug}, /partnerstwa/…): read by `get`, a 404 when there is none, a
 * redirect when the address is not the canonical one.
 */
export function loadRecord<R extends { slug: string }>(
	type: RecordType,
	get: (id: number) => R | null | undefined,
	{ params, url, locals }: { params: { id: string }; url: URL; locals: { lang: Lang } }
): R {
	// The route's matcher (src/params/id.ts) lets only record ids through.
	const id = recordId(params.id)!;
	const record = get(id);
	if (!record) recordNotFound(type, id, locals.lang);
	canonicalise(url, type, id, record.slug);
	return record;
}
