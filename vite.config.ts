import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { host: '127.0.0.1', port: 5173 },
	// MapLibre alone is ~800 kB minified; it is one lazily imported chunk, not an accident.
	build: { chunkSizeWarningLimit: 1100 },
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
