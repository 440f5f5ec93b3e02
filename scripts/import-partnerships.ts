/**
 * npm run import:partnerships -- [--dry-run] FILE
 *
 * Imports a table of partnerships and their member units (CSV or XLSX, columns
 * partnership,kind,member,role,joined,left,source_url) into the app's database (DATABASE_URL,
 * default var/mapa.db): src/lib/server/import/partnership-table.ts reads it,
 * src/lib/server/curation/partnership-import.ts matches and writes it. Prints the report: the
 * matched count, every ambiguous (with its candidates), unknown and wrong row as FILE:LINE, and
 * what is (or would be) created, updated or left unchanged. Nothing is written unless every row
 * is resolved (exit code 1 otherwise); --dry-run never writes.
 */
import { readFileSync, statSync } from 'node:fs';
import { appDatabaseUrl } from '../src/lib/server/db/index.ts';
import { setupDatabase } from '../src/lib/server/setup.ts';
import { importMaxBytes, tooLargeMessage } from '../src/lib/server/import/import-practice.ts';
import {
	TableError,
	problemText,
	readPartnershipTable
} from '../src/lib/server/import/partnership-table.ts';
import { importPartnershipTable } from '../src/lib/server/curation/partnership-import.ts';
import type { Author } from '../src/lib/server/curation/workflow.ts';
import type { UnitInfo } from '../src/lib/domain/members.ts';

const USAGE =
	'Usage: npm run import:partnerships -- [--dry-run] FILE\n' +
	'  FILE: CSV (comma or semicolon, UTF-8) or XLSX with the columns\n' +
	'        partnership,kind,member,role,joined,left,source_url\n' +
	'  --dry-run: show what would change, write nothing';

/** Revisions written from the shell name the command, not an account. */
const CLI_AUTHOR: Author = {
	id: null,
	email: 'npm run import:partnerships',
	name: 'import z pliku / file import',
	organisation: null,
	role: 'curator'
};

const args = process.argv.slice(2);
let dryRun = false;
const files: string[] = [];
for (const a of args) {
	if (a === '--dry-run') dryRun = true;
	else if (a === '--help') {
		console.log(USAGE);
		process.exit(0);
	} else if (a.startsWith('--')) {
		console.error(`Nieznana opcja / unknown option ${a}\n${USAGE}`);
		process.exit(2);
	} else files.push(a);
}
if (files.length !== 1) {
	console.error(USAGE);
	process.exit(2);
}
const file = files[0];

const unit = (u: UnitInfo) =>
	`${u.code} ${u.name}${u.powiat ? `, ${u.powiat}` : ''}${u.wojewodztwo ? `, woj. ${u.wojewodztwo}` : ''}`;

let exitCode = 0;
try {
	const maxBytes = importMaxBytes();
	const size = statSync(file).size;
	if (size > maxBytes) throw new Error(tooLargeMessage(file, size, maxBytes));
	const table = await readPartnershipTable(readFileSync(file), file, maxBytes);
	const db = setupDatabase(appDatabaseUrl());
	const report = importPartnershipTable(db, table, CLI_AUTHOR, { dryRun });
	db.$client.close();
	console.log(
		`${file}: ${report.rows} wierszy / rows; dopasowano / matched ${report.matched.length}, niejednoznaczne / ambiguous ${report.ambiguous.length}, nieznane / unknown ${report.unknown.length}, błędy / errors ${report.errors.length}`
	);
	for (const r of report.ambiguous) {
		console.log(
			`? ${file}:${r.line}: „${r.text}” (${r.partnership}): która jednostka? / which unit?`
		);
		for (const c of r.candidates ?? []) console.log(`    ${unit(c)}`);
	}
	for (const r of report.unknown)
		console.log(`✗ ${file}:${r.line}: ${r.problem?.pl} / ${r.problem?.en} (${r.partnership})`);
	for (const e of report.errors) console.log(`✗ ${problemText(e)}`);
	if (!report.clean) {
		console.error('Nic nie zapisano / nothing written');
		exitCode = 1;
	} else {
		const verbs = dryRun
			? { create: 'would create', update: 'would update', unchanged: 'unchanged' }
			: { create: 'created', update: 'updated', unchanged: 'unchanged' };
		for (const p of report.plan)
			console.log(
				`✓ ${verbs[p.action]} „${p.name}”${p.id ? ` (${p.id})` : ''}: ${p.members} members${p.changes.length && p.action === 'update' ? `; changed: ${p.changes.join(', ')}` : ''}${p.published ? '' : ' (not public: archived or hidden)'}`
			);
		const count = (a: string) => report.plan.filter((p) => p.action === a).length;
		console.log(
			dryRun
				? `Dry run: would create ${count('create')}, update ${count('update')}, leave ${count('unchanged')} unchanged; nothing written`
				: `${count('create')} created, ${count('update')} updated, ${count('unchanged')} unchanged`
		);
	}
} catch (err) {
	const reason = err instanceof Error ? err.message : String(err);
	const shown =
		err instanceof TableError || reason.startsWith(file) ? reason : `${file}: ${reason}`;
	console.error(`✗ ${shown} (nic nie zapisano / nothing written)`);
	exitCode = 1;
}
process.exit(exitCode);
