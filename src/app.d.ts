// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			lang: import('$lib/format').Lang;
			/** The signed-in user of the admin area (null: no valid session). */
			user: import('$lib/server/auth/guard').SessionUser | null;
			/** The session's id (the hash of its token), for logging out. */
			sessionId: string | null;
		}
	}
}

export {};
