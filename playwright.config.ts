import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';
import { E2E_ACCOUNT_ENV } from './tests/e2e/admin-account';

const port = Number(process.env.E2E_PORT ?? 4173);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 1000);

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
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			E2E_DB: 'var/e2e.db',
			E2E_SMTP_PORT: String(smtpPort),
			// As behind a proxy: rate limits count the address it passes, so a test that exhausts one
			// speaks from an address of its own (an `x-forwarded-for` of TEST-NET, RFC 5737), not
			// globally (a header on every request would make the sandboxed embed's fetches preflighted).
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			// Forms may be sent 2 s after they were shown (5 s by default), so the tests wait less.
			SUBMIT_MIN_SECONDS: '2',
			...E2E_ACCOUNT_ENV
		},
		stdout: 'pipe'
	}
});

if (!existsSync('build/index.js')) {
	throw new Error(
		'No build found: run `npm run build` before the end-to-end tests (npm test does).'
	);
}
