/**
 * Public answers any origin may read: the embed's scripts, styles and worker, the data it fetches
 * and its own client-side navigations. Inside a frame sandboxed with `allow-scripts` only (what
 * WordPress writes for oEmbed providers it does not know) the embed's origin is `null`, and
 * Chromium fetches module scripts, the MapLibre worker and every `fetch` in CORS mode: without
 * `Access-Control-Allow-Origin` the map never starts. None of these answers depends on cookies, and
 * `*` never lets a browser send credentials with them.
 */
const PUBLIC_READ = /^\/(?:_app\/|api\/|tiles\/|obraz\/|oembed(?:\/|$)|embed\.js$|favicon\.svg$)/;
/**
 * The data of public pages' client-side navigations (the embed's `setFilters`, and the full map
 * opened from a sandboxed embed with `allow-popups`, which inherits the sandbox).
 */
const PAGE_DATA = /\/__data\.json$/;
const PRIVATE = /^\/admin(?:\/|$)/;

export function corsHeaders(pathname: string): Record<string, string> {
	const open = PUBLIC_READ.test(pathname) || (PAGE_DATA.test(pathname) && !PRIVATE.test(pathname));
	return open ? { 'access-control-allow-origin': '*' } : {};
}
