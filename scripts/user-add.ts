/**
 * npm run user:add -- --email E --role admin|curator|editor [--unit TERYT]... [--name N]
 *                     [--organisation O] [--generate]
 *
 * Creates an account of the admin area in the app's database (DATABASE_URL, default
 * var/mapa.db; migrations apply first). The password comes from standard input: piped (its first
 * line), or typed at a prompt that does not echo it (twice). With --generate a strong one is made
 * and printed once. Bad input (unknown TERYT code, an e-mail that has an account, a weak password)
 * is reported in Polish and English, exit code 1, and nothing is written.
 */
import { randomBytes } from 'node:crypto';
import { appDatabaseUrl } from '../src/lib/server/db/index.ts';
import { setupDatabase } from '../src/lib/server/setup.ts';
import { AccountError, createUser } from '../src/lib/server/auth/users.ts';

const USAGE =
	'Usage: npm run user:add -- --email E --role admin|curator|editor [--unit TERYT]... [--name N] [--organisation O] [--generate]\n' +
	'  The password is read from standard input (or made with --generate and printed once).';

function parseArgs(args: string[]) {
	const out = {
		email: '',
		role: '',
		units: [] as string[],
		name: '',
		organisation: '',
		generate: false
	};
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		const value = () => {
			const v = args[++i];
			if (v === undefined || v.startsWith('--'))
				throw new Error(`${a}: brak wartości / missing value`);
			return v;
		};
		if (a === '--email') out.email = value();
		else if (a === '--role') out.role = value();
		else if (a === '--unit') out.units.push(value());
		else if (a === '--name') out.name = value();
		else if (a === '--organisation') out.organisation = value();
		else if (a === '--generate') out.generate = true;
		else if (a === '--help' || a === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else throw new Error(`Nieznany argument / unknown argument: ${a}`);
	}
	if (!out.email || !out.role)
		throw new Error('--email i --role są wymagane / --email and --role are required');
	return out;
}

/** The first line of piped standard input. */
async function readPiped(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8').split(/\r?\n/, 1)[0];
}

/** A line typed at the terminal without echo. */
function readHidden(prompt: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const stdin = process.stdin;
		process.stderr.write(prompt);
		stdin.setRawMode(true);
		stdin.resume();
		stdin.setEncoding('utf8');
		let typed = '';
		const onData = (data: string) => {
			for (const ch of data) {
				if (ch === '\r' || ch === '\n' || ch === '\u0004') {
					stdin.setRawMode(false);
					stdin.pause();
					stdin.off('data', onData);
					process.stderr.write('\n');
					resolve(typed);
					return;
				}
				if (ch === '\u0003') {
					stdin.setRawMode(false);
					process.stderr.write('\n');
					reject(new Error('Przerwano / interrupted'));
					return;
				}
				if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
				else typed += ch;
			}
		};
		stdin.on('data', onData);
	});
}

async function readPassword(): Promise<string> {
	if (!process.stdin.isTTY) return readPiped();
	const first = await readHidden('Hasło / password: ');
	const again = await readHidden('Powtórz / repeat: ');
	if (first !== again) throw new Error('Hasła się różnią / the passwords differ');
	return first;
}

try {
	const args = parseArgs(process.argv.slice(2));
	// 18 random bytes: 24 characters of base64url, 144 bits.
	const password = args.generate ? randomBytes(18).toString('base64url') : await readPassword();
	const db = setupDatabase(appDatabaseUrl());
	const id = await createUser(db, { ...args, password });
	console.log(
		`Utworzono konto / created account ${id}: ${args.email.trim().toLowerCase()} (${args.role})`
	);
	if (args.generate)
		console.log(`Hasło (pokazane tylko teraz) / password (shown only now): ${password}`);
	db.$client.close();
} catch (err) {
	console.error(
		err instanceof AccountError ? `${err.field}: ${err.message}` : (err as Error).message
	);
	if (!(err instanceof AccountError)) console.error(USAGE);
	process.exit(1);
}
