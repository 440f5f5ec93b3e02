import { json } from '@sveltejs/kit';
import { publicFor } from '../http/caching';

/** Every API error has the same shape: { error: { status, message } }, message in Polish / English. */
export function apiError(status: number, message: string, headers: Record<string, string> = {}) {
	return json({ error: { status, message } }, { status, headers });
}

/** Public, cacheable JSON; the data only changes when the database is reloaded or edited. */
export function apiJson(body: unknown, init: { maxAge?: number } = {}) {
	return json(body, {
		headers: { 'cache-control': publicFor(init.maxAge) }
	});
}
