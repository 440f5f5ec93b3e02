/**
 * `npm run mail:digest`: runs the daily job now (src/lib/server/submissions/daily.ts) on
 * DATABASE_URL: the curators' digest, the stale notices to unit editors, erasing old contact data,
 * dropping never-confirmed submissions. Messages go to the outbox (the server sends them when
 * SMTP_URL is set); a second run the same day queues nothing twice. ORIGIN names the links.
 */
import { setupDatabase } from '../src/lib/server/setup';
import { runDaily } from '../src/lib/server/submissions/daily';

const db = setupDatabase(process.env.DATABASE_URL ?? 'var/mapa.db');
const origin = process.env.ORIGIN ? new URL(process.env.ORIGIN).origin : 'http://localhost:3000';
const r = runDaily(db, origin);
console.log(
	`Digests queued: ${r.digests}; stale notices: ${r.staleNotices}; contacts erased: ${r.erased}; unconfirmed dropped: ${r.dropped}.`
);
db.$client.close();
