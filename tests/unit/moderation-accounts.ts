/** The synthetic accounts of the moderation unit tests: a curator and an editor of gmina Skawina. */
import type { Db } from '../../src/lib/server/db';
import type { SessionUser } from '../../src/lib/server/auth/guard';

export const curator: SessionUser = {
	id: 1,
	email: 'kurator@test.invalid',
	name: null,
	organisation: null,
	role: 'curator',
	units: [],
	lang: 'pl'
};

export const editor: SessionUser = {
	id: 2,
	email: 'redaktor@test.invalid',
	name: null,
	organisation: null,
	role: 'editor',
	units: ['1206113'],
	lang: 'pl'
};

/** Stores both accounts (and the editor's unit) in `db`. */
export function addAccounts(db: Db) {
	db.$client.exec(
		`INSERT INTO users (id, email, role, password_hash) VALUES (1, 'kurator@test.invalid', 'curator', 'x');
		INSERT INTO users (id, email, role, password_hash) VALUES (2, 'redaktor@test.invalid', 'editor', 'x');
		INSERT INTO user_units (user_id, unit_code) VALUES (2, '1206113');`
	);
}
