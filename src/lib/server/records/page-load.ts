import { error, redirect } from '@sveltejs/kit';

/** `/praktyki/12` or `/praktyki/12-some-slug`: the id, or a 404 naming what was wrong. */
export function idFromParam(param: string, what: string): number {
	const m = /^(\d{1,9})(?:-[a-z0-9-]*)?$/.exec(param);
	if (!m) error(404, `Nieprawidłowy adres ${what}: „${param.slice(0, 40)}” / Invalid address`);
	return Number(m[1]);
}

/** Sends old or slug-less addresses to the canonical one, keeping the query string. */
export function canonicalise(url: URL, base: string, id: number, slug: string): void {
	const canonical = `${base}/${id}-${slug}`;
	if (url.pathname !== canonical) redirect(301, `${canonical}${url.search}`);
}
