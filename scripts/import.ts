/**
 * npm run import -- [--dry-run] [--draft] [--max-bytes N] FILE...
 *
 * Imports pages of the old good-practice database (their HTML, or their text rendering) into the
 * app's database (DATABASE_URL, default var/mapa.db). Each file is one transaction: a file that
 * cannot be read is reported with its name, line, field and the reason (Polish / English), and
 * nothing of it is written. Files over the size limit (IMPORT_MAX_BYTES or --max-bytes, default
 * 5 MB) are refused before they are read. With --draft, an incomplete page (cut off, or missing
 * a required Metryka field) is stored as a draft with its warnings instead of being refused.
 */
import { readFileSync, statSync } from 'node:fs';
import { appDatabaseUrl } from '../src/lib/server/db/index.ts';
import { setupDatabase } from '../src/lib/server/setup.ts';
import {
	importMaxBytes,
	importPracticePage,
	tooLargeMessage,
	type ImportResult
} from '../src/lib/server/import/import-practice.ts';

const USAGE =
	'Usage: npm run import -- [--dry-run] [--draft] [--max-bytes N] FILE...\n' +
	'  FILE: an HTML page or its text rendering\n' +
	'  --draft: store incomplete pages as drafts instead of refusing them\n' +
	'  --max-bytes N: refuse larger files (default IMPORT_MAX_BYTES or 5 MB)';

const args = process.argv.slice(2);
const files: string[] = [];
let dryRun = false;
let draft = false;
let maxBytes: number;
try {
	maxBytes = importMaxBytes();
} catch (err) {
	console.error((err as Error).message);
	process.exit(2);
}
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	if (a === '--dry-run') dryRun = true;
	else if (a === '--draft') draft = true;
	else if (a === '--help') {
		console.log(USAGE);
		process.exit(0);
	} else if (a === '--max-bytes' || a.startsWith('--max-bytes=')) {
		const raw = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
		const n = Number(raw);
		if (!raw || !Number.isSafeInteger(n) || n <= 0) {
			console.error(
				`--max-bytes „${raw ?? ''}”: oczekiwano dodatniej liczby bajtów / expected a positive number of bytes`
			);
			process.exit(2);
		}
		maxBytes = n;
	} else if (a.startsWith('--')) {
		console.error(`Nieznana opcja / unknown option ${a}\n${USAGE}`);
		process.exit(2);
	} else files.push(a);
}
if (files.length === 0) {
	console.log(USAGE);
	process.exit(2);
}

const db = setupDatabase(appDatabaseUrl());
const counts = { created: 0, updated: 0, unchanged: 0, failed: 0, drafts: 0 };
const tty = process.stderr.isTTY;

files.forEach((file, i) => {
	if (tty && files.length > 1)
		process.stderr.write(`\r[${i + 1}/${files.length}] ${file.slice(-60)}\x1b[K`);
	let result: ImportResult;
	try {
		const size = statSync(file).size;
		if (size > maxBytes) throw new Error(tooLargeMessage(file, size, maxBytes));
		const bytes = readFileSync(file);
		result = importPracticePage(db, bytes.toString('utf8'), file, { dryRun, draft, maxBytes });
	} catch (err) {
		counts.failed++;
		const reason = err instanceof Error ? err.message : String(err);
		if (tty) process.stderr.write('\r\x1b[K');
		console.error(
			`✗ ${reason.startsWith(file) ? reason : `${file}: ${reason}`} (nic nie zapisano / nothing written)`
		);
		return;
	}
	counts[result.status]++;
	if (result.draft) counts.drafts++;
	if (tty) process.stderr.write('\r\x1b[K');
	const verb = dryRun
		? { created: 'would create', updated: 'would update', unchanged: 'unchanged' }[result.status]
		: result.status;
	console.log(
		`✓ ${file}: ${verb} ${result.draft ? 'draft ' : ''}practice${result.id ? ` ${result.id}` : ''} „${result.title}”`
	);
	if (result.status === 'updated') console.log(`    changed: ${result.changed.join(', ')}`);
	for (const r of result.resolved) console.log(`    ${r.name} → TERYT ${r.teryt}`);
	for (const u of result.unresolved) console.log(`    ${u.name}: not resolved (${u.why})`);
	for (const w of result.warnings) console.log(`    warning: ${w}`);
});

console.log(
	`${dryRun ? 'Dry run: ' : ''}${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed${counts.drafts ? ` (${counts.drafts} as drafts)` : ''}`
);
db.$client.close();
process.exit(counts.failed > 0 ? 1 : 0);
