import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ precompress: true }),
		typescript: {
			config: (tsconfig) => {
				tsconfig.exclude = [...(tsconfig.exclude ?? []), '../build/**', '../bench/out/**'];
			}
		}
	}
};

export default config;
