/**
 * npm run import -- [--dry-run] FILE...
 *
 * Imports pages of the old good-practice database (their HTML, or their text rendering) into the
 * app's database (DATABASE_URL, default var/mapa.db). Each file is one transaction: a file that
 * cannot be read is reported with its name and the reason, and nothing of it is written.
 */
import { readFileSync } from 'node:fs';
import { openDatabase } from '../src/lib/server/db/index.ts';
import { importPracticePage, type ImportResult } from '../src/lib/server/import/import-practice.ts';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0 || args.includes('--help')) {
	console.log(
		'Usage: npm run import -- [--dry-run] FILE...\n  FILE: an HTML page or its text rendering'
	);
	process.exit(files.length === 0 && !args.includes('--help') ? 2 : 0);
}

const db = openDatabase(process.env.DATABASE_URL || 'var/mapa.db');
const counts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
const tty = process.stderr.isTTY;

files.forEach((file, i) => {
	if (tty && files.length > 1)
		process.stderr.write(`\r[${i + 1}/${files.length}] ${file.slice(-60)}\x1b[K`);
	let result: ImportResult;
	try {
		const bytes = readFileSync(file);
		result = importPracticePage(db, bytes.toString('utf8'), file, { dryRun });
	} catch (err) {
		counts.failed++;
		const reason = err instanceof Error ? err.message : String(err);
		if (tty) process.stderr.write('\r\x1b[K');
		console.error(`✗ ${reason.startsWith(file) ? reason : `${file}: ${reason}`} (nothing written)`);
		return;
	}
	counts[result.status]++;
	if (tty) process.stderr.write('\r\x1b[K');
	const verb = dryRun
		? { created: 'would create', updated: 'would update', unchanged: 'unchanged' }[result.status]
		: result.status;
	console.log(`✓ ${file}: ${verb} practice${result.id ? ` ${result.id}` : ''} „${result.title}”`);
	if (result.status === 'updated') console.log(`    changed: ${result.changed.join(', ')}`);
	for (const r of result.resolved) console.log(`    ${r.name} → TERYT ${r.teryt}`);
	for (const u of result.unresolved) console.log(`    ${u.name}: not resolved (${u.why})`);
	for (const w of result.warnings) console.log(`    warning: ${w}`);
});

console.log(
	`${dryRun ? 'Dry run: ' : ''}${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed`
);
db.$client.close();
process.exit(counts.failed > 0 ? 1 : 0);
