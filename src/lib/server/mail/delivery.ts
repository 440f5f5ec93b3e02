/**
 * The delivery loop, started once from hooks.server.ts `init`: with SMTP_URL set, the outbox's
 * due messages go out as soon as they are queued (outbox.onEnqueue) and failed ones are retried
 * every minute after their pause. Without SMTP_URL it does nothing: messages wait in the outbox,
 * readable at /admin/poczta. Never throws into a request.
 */
import type { Db } from '../db';
import { deliverPending, onEnqueue } from './outbox';
import { mailConfigured, trySend } from './send';

let started = false;

export function startDelivery(db: Db): void {
	if (started || !mailConfigured()) return;
	started = true;
	let running = false;
	let again = false;
	const run = async () => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		try {
			do {
				again = false;
				await deliverPending(db, trySend);
			} while (again);
		} catch (err) {
			console.error('mail delivery:', (err as Error).message);
		} finally {
			running = false;
		}
	};
	onEnqueue(() => void run());
	setInterval(() => void run(), 60_000).unref();
	setTimeout(() => void run(), 1_000).unref();
}
