import type { Db } from '../../src/lib/server/db';
import { setupDatabase } from '../../src/lib/server/setup';

let shared: Db | undefined;

/** A real in-memory database with the committed migrations applied and the bundled data loaded. */
export function testDb(): Db {
	shared ??= setupDatabase(':memory:');
	return shared;
}
