import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { setupDatabase } from '../../src/lib/server/setup';

const dir = mkdtempSync(join(tmpdir(), 'mapa-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (script: string, args: string[], env: Record<string, string>) =>
	spawnSync(process.execPath, [script, ...args], {
		env: { ...process.env, ...env },
		encoding: 'utf8',
		timeout: 60_000
	});

const counts = (file: string) => {
	const db = new Database(file, { readonly: true });
	try {
		return ['units', 'practices', 'partnerships', 'partnership_members'].map(
			(t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n
		);
	} finally {
		db.close();
	}
};

describe('backups and the start-up check', () => {
	const live = join(dir, 'live.db');
	// A real database file with the migrations and the bundled data, held open as the server would.
	const db = setupDatabase(live);

	it('db:backup copies the open database, consistent and complete', () => {
		const copy = join(dir, 'copy.db');
		const r = run('scripts/db-backup.js', [copy], { DATABASE_URL: live });
		expect(r.stderr + r.stdout).toContain('100%');
		expect(r.status, r.stderr).toBe(0);
		expect(counts(copy)).toEqual(counts(live));
		expect(counts(copy)[0]).toBeGreaterThan(2800);
		const check = new Database(copy, { readonly: true });
		expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
		check.close();
	});

	it('db:backup refuses a missing database and a missing argument', () => {
		expect(run('scripts/db-backup.js', [], { DATABASE_URL: live }).status).toBe(2);
		const missing = run('scripts/db-backup.js', [join(dir, 'x.db')], {
			DATABASE_URL: join(dir, 'nie-ma.db')
		});
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('nie-ma.db');
	});

	it('npm start refuses a corrupt database and says how to restore', () => {
		db.$client.pragma('wal_checkpoint(TRUNCATE)');
		const broken = join(dir, 'broken.db');
		copyFileSync(live, broken);
		// Overwrite pages in the middle of the file (b-tree pages of the tables) with garbage.
		const fd = openSync(broken, 'r+');
		writeSync(fd, Buffer.alloc(4096 * 40, 0xa5), 0, 4096 * 40, 4096 * 8);
		closeSync(fd);
		const r = run('scripts/start.js', [], { DATABASE_URL: broken, PORT: '0' });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('jest uszkodzona');
		expect(r.stderr).toContain('is corrupt');
		expect(r.stderr).toMatch(/Restore a backup/);
	});
});
