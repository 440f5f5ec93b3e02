/**
 * Every write, from any process, is seen by the running server at its next request: an import run
 * beside a server (`npm run import` is another process) changes the API, its ETags and the cached
 * pages at once. A server of its own, on a database of its own, so the other tests keep theirs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173) + 57;
const origin = `http://127.0.0.1:${port}`;
const dbFile = 'var/e2e-data-version.db';
let server: ChildProcess;

test.beforeAll(async () => {
	server = spawn(process.execPath, ['tests/e2e-server.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', E2E_DB: dbFile, ORIGIN: '' },
		stdio: 'ignore'
	});
	await expect
		.poll(
			async () => {
				try {
					return (await fetch(`${origin}/api/v1/units/12`)).status;
				} catch {
					return 0;
				}
			},
			{ timeout: 90_000 }
		)
		.toBe(200);
});

test.afterAll(() => {
	server?.kill('SIGTERM');
});

test('an import into the running server is seen at once by the API, ETags and pages', async () => {
	test.setTimeout(120_000);
	const practice = async () =>
		(await (await fetch(`${origin}/api/v1/practices/5`)).json()) as {
			summary: string;
		};
	const before = await practice();
	const list = await fetch(`${origin}/api/v1/practices`);
	const etag = list.headers.get('etag')!;
	expect(etag).toBeTruthy();
	// Asked twice: the second answer comes from memory (the fast lane).
	expect(
		(await fetch(`${origin}/api/v1/practices`, { headers: { 'if-none-match': etag } })).status
	).toBe(304);
	const page = async () => await (await fetch(`${origin}/praktyki/5`)).text();
	await page();
	const pageBefore = await page();
	const tileUrl = async () =>
		(
			(await (await fetch(`${origin}/tiles/partnerships.json`)).json()) as { tiles: string[] }
		).tiles[0]
			.replace('{z}/{x}/{y}', '6/35/21')
			.replace(/^https?:\/\/[^/]+/, origin);
	const tileBefore = await tileUrl();

	// The seed page of the old database: its summary differs from the bundled one.
	const run = spawnSync(
		process.execPath,
		[
			'node_modules/tsx/dist/cli.mjs',
			'scripts/import.ts',
			'tests/fixtures/pages/bdp-596-skrot.txt'
		],
		{ env: { ...process.env, DATABASE_URL: dbFile }, encoding: 'utf8', timeout: 90_000 }
	);
	expect(run.status, run.stderr + run.stdout).toBe(0);
	expect(run.stdout).toMatch(/1 updated/);

	const after = await practice();
	expect(after.summary).not.toBe(before.summary);
	const again = await fetch(`${origin}/api/v1/practices`, { headers: { 'if-none-match': etag } });
	expect(again.status).toBe(200);
	expect(again.headers.get('etag')).not.toBe(etag);
	const pageAfter = await page();
	expect(pageAfter).not.toBe(pageBefore);
	// The tiles' version moved on; the one handed out before still answers, briefly cached.
	const tileAfter = await tileUrl();
	expect(tileAfter).not.toBe(tileBefore);
	const current = await fetch(tileAfter);
	expect([200, 204]).toContain(current.status);
	expect(current.headers.get('cache-control')).toContain('immutable');
	const earlier = await fetch(tileBefore);
	expect([200, 204]).toContain(earlier.status);
	expect(earlier.headers.get('cache-control')).toBe('public, max-age=60');
	const text = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&');
	const probe = after.summary.replace(/\s+/g, ' ').slice(0, 60);
	expect(text(pageAfter).replace(/\s+/g, ' ')).toContain(probe);
	expect(text(pageBefore).replace(/\s+/g, ' ')).not.toContain(probe);
});
