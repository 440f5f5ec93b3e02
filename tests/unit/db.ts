import { openDatabase, type Db } from '../../src/lib/server/db';

let shared: Db | undefined;

/** A real in-memory database with the committed migrations applied and the bundled data loaded. */
export function testDb(): Db {
	shared ??= openDatabase(':memory:');
	return shared;
}
