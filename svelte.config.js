import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ precompress: true }),
		// The page's own stylesheets (each under 16 KB) go into the HTML: no request stands between
		// the HTML and its first paint (on a slow network each was a round trip). MapLibre's comes
		// with MapLibre (src/lib/map/maplibre.ts).
		inlineStyleThreshold: 16 * 1024,
		// No script runs that SvelteKit did not emit: its inline start-up script gets a nonce per
		// response ('auto': hashes on prerendered pages). Rich text from records is sanitised and
		// cannot add scripts, and even a link that slipped through could not run one. Styles stay
		// 'unsafe-inline' for Svelte's style: directives and MapLibre's element styles. The basemap
		// option (BASEMAP_STYLE_URL) widens connect-src and img-src at run time (hooks.server.ts);
		// frame-ancestors is set per page there too (the embed may be framed, nothing else).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// In a frame sandboxed without allow-same-origin (the embed in WordPress, and a tab
				// it opens) the page's origin is opaque: the browser refuses a worker from the site's
				// URL and MapLibre starts it from a data: URL of the worker's code (fetched with CORS).
				// A worker has no DOM; what scripts run stays 'self' plus the nonce.
				'worker-src': ['self', 'blob:', 'data:'],
				'child-src': ['self', 'blob:'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		typescript: {
			config: (tsconfig) => {
				tsconfig.exclude = [...(tsconfig.exclude ?? []), '../build/**', '../bench/out/**'];
			}
		}
	}
};

export default config;
