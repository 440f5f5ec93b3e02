/**
 * Headers every answer carries (pages, API, tiles), set by the handle hook and by the fast lane
 * for cached API lists (scripts/serve.js), which answers before SvelteKit runs.
 */
export function securityHeaders(pathname: string): Record<string, string> {
	return {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		// Only the embed may be framed by other sites; every other page refuses (clickjacking).
		...(pathname === '/embed'
			? { 'content-security-policy': 'frame-ancestors *' }
			: {
					'content-security-policy': "frame-ancestors 'self'",
					'x-frame-options': 'SAMEORIGIN'
				})
	};
}
