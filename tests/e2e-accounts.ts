/**
 * Makes the test-only accounts (tests/e2e/admin-account.ts, synthetic) in the e2e server's fresh
 * database, through the same createUser as `npm run user:add`. Run by tests/e2e-server.js with
 * tsx before the server starts, only when the E2E_* variables are set.
 */
import { setupDatabase } from '../src/lib/server/setup';
import { createUser } from '../src/lib/server/auth/users';

const env = process.env;
const db = setupDatabase(env.DATABASE_URL ?? 'var/e2e.db');
const accounts = [
	{ email: env.E2E_ADMIN_EMAIL, password: env.E2E_ADMIN_PASSWORD, role: 'admin', units: [] },
	{ email: env.E2E_CURATOR_EMAIL, password: env.E2E_CURATOR_PASSWORD, role: 'curator', units: [] },
	{
		email: env.E2E_EDITOR_EMAIL,
		password: env.E2E_EDITOR_PASSWORD,
		role: 'editor',
		units: env.E2E_EDITOR_UNIT ? [env.E2E_EDITOR_UNIT] : []
	}
];
for (const a of accounts)
	if (a.email && a.password)
		await createUser(db, { email: a.email, password: a.password, role: a.role, units: a.units });
db.$client.close();
