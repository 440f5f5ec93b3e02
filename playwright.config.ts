import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';
import { E2E_ACCOUNT_ENV } from './tests/e2e/admin-account';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 20_000 },
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromiumLaunchOptions(),
		viewport: { width: 1280, height: 800 }
	},
	webServer: {
		// The built app, as users run it, on a fresh database of its own.
		command: `node tests/e2e-server.js`,
		url: `http://127.0.0.1:${port}/api/v1/units/12`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: { PORT: String(port), HOST: '127.0.0.1', E2E_DB: 'var/e2e.db', ...E2E_ACCOUNT_ENV },
		stdout: 'pipe'
	}
});

if (!existsSync('build/index.js')) {
	throw new Error(
		'No build found: run `npm run build` before the end-to-end tests (npm test does).'
	);
}
