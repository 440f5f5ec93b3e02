// Starts the built app for the end-to-end tests on a fresh database file of their own.
import { rmSync, mkdirSync } from 'node:fs';

const db = process.env.E2E_DB ?? 'var/e2e.db';
mkdirSync('var', { recursive: true });
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
process.env.DATABASE_URL = db;
process.env.HOST ??= '127.0.0.1';
process.env.PORT ??= '4173';
// Through a variable, so type checking does not wander into the generated bundle.
const entry = new URL('../scripts/serve.js', import.meta.url).href;
await import(entry);
