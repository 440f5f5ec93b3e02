/**
 * Where the record forms' JSON helpers answer (unit suggestions, pasted member lists, the merged
 * area preview): `/admin/api` for the admin editors, `/zglos/api` for the public submission form,
 * which uses the same field components. The page that holds the form sets the base as a Svelte
 * context; the components read it when they are created.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('record-form-helpers');
export const ADMIN_HELPERS = '/admin/api';
export const PUBLIC_HELPERS = '/zglos/api';

export function setHelperBase(base: string): void {
	setContext(KEY, base);
}

export function helperBase(): string {
	return getContext<string | undefined>(KEY) ?? ADMIN_HELPERS;
}
