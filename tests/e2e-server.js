// Starts the built app for the end-to-end tests on a fresh database file of their own.
import { rmSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const db = process.env.E2E_DB ?? 'var/e2e.db';
mkdirSync('var', { recursive: true });
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
process.env.DATABASE_URL = db;
// The test-only accounts (tests/e2e/admin-account.ts), when playwright.config.ts passes them.
if (process.env.E2E_ADMIN_EMAIL)
	execFileSync('node_modules/.bin/tsx', ['tests/e2e-accounts.ts'], { stdio: 'inherit' });
// Mail goes out over real SMTP to a sink of the tests' own (tests/e2e-mail-sink.js).
if (process.env.E2E_SMTP_PORT) {
	const { startMailSink } = await import('./e2e-mail-sink.js');
	await startMailSink(Number(process.env.E2E_SMTP_PORT), 'var/e2e-mail');
	process.env.SMTP_URL = `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`;
	process.env.MAIL_FROM ??= 'Mapa Partnerstw (e2e) <no-reply@e2e.mapa.test>';
}
process.env.HOST ??= '127.0.0.1';
process.env.PORT ??= '4173';
// Through a variable, so type checking does not wander into the generated bundle.
const entry = new URL('../scripts/serve.js', import.meta.url).href;
await import(entry);
