/**
 * SYNTHETIC TEST DATA: the accounts the end-to-end server creates in its own throw-away database
 * (tests/e2e-server.js through tests/e2e-accounts.ts). No real person or password; never used
 * outside the tests. playwright.config.ts passes them to the server as E2E_* variables.
 */
export const E2E_ADMIN = {
	email: 'admin@e2e.mapa.test',
	password: 'synthetic-admin-password-2026'
};
export const E2E_CURATOR = {
	email: 'curator@e2e.mapa.test',
	password: 'synthetic-curator-password-2026'
};
/** An editor of one gmina: Skawina (1206113). */
export const E2E_EDITOR = {
	email: 'editor@e2e.mapa.test',
	password: 'synthetic-editor-password-2026',
	unit: '1206113'
};

/** The environment of the e2e server that makes these accounts. */
export const E2E_ACCOUNT_ENV: Record<string, string> = {
	E2E_ADMIN_EMAIL: E2E_ADMIN.email,
	E2E_ADMIN_PASSWORD: E2E_ADMIN.password,
	E2E_CURATOR_EMAIL: E2E_CURATOR.email,
	E2E_CURATOR_PASSWORD: E2E_CURATOR.password,
	E2E_EDITOR_EMAIL: E2E_EDITOR.email,
	E2E_EDITOR_PASSWORD: E2E_EDITOR.password,
	E2E_EDITOR_UNIT: E2E_EDITOR.unit
};
