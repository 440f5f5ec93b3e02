/**
 * Rendered public pages, from memory. Under load on `/` (a busy municipal site embedding the map,
 * a link shared widely) rendering every request starves the other requests of the two cores; a
 * page depends only on its URL, its language and the data versions, so it is rendered once per
 * version and then answered like a cached list, by the fast lane before SvelteKit runs.
 *
 * The page's CSP nonce is kept with it for as long as the entry lives. That is safe here: a nonce
 * guards against markup injected into the page, and anything stored that could change the page
 * makes a new data version, hence a new rendering with a new nonce; no one can read a cached
 * nonce and then put markup into that same page. Requests with cookies (the coming admin
 * sessions) never use this cache.
 */
import { getDb } from '../db';
import { BOUNDARIES_VERSION, dataVersion, RECORDS_VERSION } from '../db/versions';
import { pageSearch } from '../../page-params';
import { answers, fromCache, splitRequestUrl, type CachedAnswer } from './answers';
import { weakEtag } from './caching';

const PAGE = /^\/(?:|embed|osadz|(?:praktyki|partnerstwa)\/[^/]+)$/;

export function isCacheablePage(
	method: string,
	pathname: string,
	cookie: string | null | undefined
) {
	return (method === 'GET' || method === 'HEAD') && !cookie && PAGE.test(pathname);
}

/** Versions, language, path and the parameters pages read (page-params.ts), nothing else. */
function pageKey(lang: string, pathAndQuery: string): string {
	const { pathname, query } = splitRequestUrl(pathAndQuery);
	const db = getDb();
	const versions = `${dataVersion(db, RECORDS_VERSION)}.${dataVersion(db, BOUNDARIES_VERSION)}`;
	return `${versions}|${lang}|${pathname}?${pageSearch(new URLSearchParams(query))}`;
}

/** Keeps a rendered page (status 200, headers as sent, body not yet compressed). */
export function rememberPage(
	lang: string,
	pathAndQuery: string,
	headers: Headers,
	body: Buffer
): string {
	const key = pageKey(lang, pathAndQuery);
	const extra: Record<string, string> = {};
	for (const [name, value] of headers)
		if (!/^(content-length|content-encoding|etag|vary|content-type)$/i.test(name))
			extra[name] = value;
	const etag = weakEtag('p', key, 20);
	answers.set(key, {
		body,
		type: headers.get('content-type') ?? 'text/html; charset=utf-8',
		etag,
		extra,
		packed: {}
	});
	return etag;
}

/** The fast lane's cached page for `GET requestUrl` in `lang`, or null. */
export function answerCachedPage(
	requestUrl: string,
	lang: string,
	acceptEncoding: string | undefined,
	ifNoneMatch: string | undefined
): CachedAnswer | null {
	if (answers.size === 0) return null;
	const { pathname } = splitRequestUrl(requestUrl);
	return fromCache(pageKey(lang, requestUrl), pathname, acceptEncoding, ifNoneMatch);
}
