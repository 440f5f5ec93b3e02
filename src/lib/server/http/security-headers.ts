/**
 * Headers every answer carries (pages, API, tiles, static files), set by the handle hook, by the
 * fast lane for cached API lists and tiles, and by scripts/serve.js for the static files adapter-node
 * serves before SvelteKit runs (it asks `responseHeaders` through globalThis, see fast-lane.ts).
 */
import { corsHeaders } from './cors';

/** Browser features no page of this site uses: refused, for us and for anything framed by us. */
const PERMISSIONS_POLICY =
	'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=()';

/**
 * HSTS when the public origin is https (HSTS_MAX_AGE seconds, a year by default; 0 turns it off).
 * Browsers ignore it over http, so it is not sent there.
 */
function hsts(): Record<string, string> {
	const origin = process.env.ORIGIN ?? '';
	const raw = process.env.HSTS_MAX_AGE;
	const maxAge = raw !== undefined && /^\d{1,9}$/.test(raw) ? Number(raw) : 31_536_000;
	if (!origin.startsWith('https:') || maxAge === 0) return {};
	return { 'strict-transport-security': `max-age=${maxAge}; includeSubDomains` };
}

function securityHeaders(pathname: string): Record<string, string> {
	return {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'permissions-policy': PERMISSIONS_POLICY,
		...hsts(),
		// Only the embed may be framed by other sites; every other page refuses (clickjacking). The
		// embed names no frame-ancestors at all: `frame-ancestors *` matches network schemes only,
		// so it refuses a page builder's sandboxed `srcdoc` block (an opaque ancestor) holding it.
		...(pathname === '/embed'
			? {}
			: {
					'content-security-policy': "frame-ancestors 'self'",
					'x-frame-options': 'SAMEORIGIN'
				})
	};
}

/** Everything the server sets on an answer for `pathname`, whoever produces it. */
export function responseHeaders(pathname: string): Record<string, string> {
	return { ...securityHeaders(pathname), ...corsHeaders(pathname) };
}

/**
 * Sets `responseHeaders` on a SvelteKit response; a referrer policy the page set itself is kept.
 * A page already carries SvelteKit's own Content-Security-Policy (kit.csp in svelte.config.js,
 * with this response's nonce): frame-ancestors is added to it, and with an online basemap
 * (BASEMAP_STYLE_URL) its tiles, glyphs and sprites may come from any https origin.
 */
export function applyHeaders(headers: Headers, pathname: string): void {
	const { 'content-security-policy': own, ...rest } = responseHeaders(pathname);
	for (const [name, value] of Object.entries(rest)) {
		// A page that set its own, stricter referrer policy keeps it (the sender's private pages:
		// their address holds a token).
		if (name === 'referrer-policy' && headers.has(name)) continue;
		headers.set(name, value);
	}
	let csp = headers.get('content-security-policy');
	if (csp && process.env.BASEMAP_STYLE_URL)
		csp = csp.replace(/\b(connect-src|img-src) ([^;]*)/g, '$1 $2 https:');
	// An answer made from memory (answers.ts) carries ours already.
	const merged = csp?.includes('frame-ancestors') ? csp : [csp, own].filter(Boolean).join('; ');
	if (merged) headers.set('content-security-policy', merged);
}
