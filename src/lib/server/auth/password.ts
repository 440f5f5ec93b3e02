/**
 * Passwords: Argon2id with OWASP's first recommended parameters (19 MiB, 2 passes, 1 lane),
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id,
 * and the policy every new password meets (length, not the e-mail).
 */
import { hash, verify } from '@node-rs/argon2';
import { FIELD_LIMITS, PASSWORD_MIN_LENGTH } from '../../limits';

const PARAMS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** A PHC string `$argon2id$v=19$m=19456,t=2,p=1$…` (the library's default algorithm is Argon2id). */
export function hashPassword(password: string): Promise<string> {
	return hash(password, PARAMS);
}

/** Whether `password` matches `phc`; a malformed stored hash is a mismatch, never a throw. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
	try {
		return await verify(phc, password);
	} catch {
		return false;
	}
}

let dummy: Promise<string> | undefined;

/**
 * Verifies against a hash of nothing anyone knows, so that a login with an unknown e-mail takes
 * as long as one with a wrong password (no user enumeration through timing).
 */
export async function verifyDummy(password: string): Promise<void> {
	dummy ??= hashPassword('no account has this password: ' + Math.random());
	await verifyPassword(await dummy, password);
}

/** The policy's message for `password` (Polish, English), or null when it is acceptable. */
export function passwordProblem(
	password: string,
	email: string
): { pl: string; en: string } | null {
	const max = FIELD_LIMITS.password.maxLength;
	if (password.length < PASSWORD_MIN_LENGTH)
		return {
			pl: `Hasło jest za krótkie: ${password.length} znaków, wymagane co najmniej ${PASSWORD_MIN_LENGTH}.`,
			en: `The password is too short: ${password.length} characters, at least ${PASSWORD_MIN_LENGTH} required.`
		};
	if (password.length > max)
		return {
			pl: `Hasło jest za długie: ${password.length} znaków, dozwolone ${max}.`,
			en: `The password is too long: ${password.length} characters, at most ${max} allowed.`
		};
	if (password.trim().toLowerCase() === email.trim().toLowerCase())
		return {
			pl: 'Hasło nie może być takie samo jak adres e-mail.',
			en: 'The password must not be the same as the e-mail address.'
		};
	return null;
}
