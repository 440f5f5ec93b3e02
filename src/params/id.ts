/**
 * A record's address segment: its id, optionally followed by its slug (`12` or `12-some-slug`).
 * The one definition: the page routes match on it (`[id=id]`), the API parses with it.
 */
import type { ParamMatcher } from '@sveltejs/kit';

const ID = /^(\d{1,9})(?:-[a-z0-9-]*)?$/;

/** The id of an address segment, or null when the segment is not one. */
export function recordId(param: string): number | null {
	const m = ID.exec(param);
	return m ? Number(m[1]) : null;
}

export const match = ((param: string): param is string =>
	recordId(param) !== null) satisfies ParamMatcher;
