/** Universal hooks: types that cross from the server's loads to the browser (SvelteKit transport). */
import type { Transport } from '@sveltejs/kit';
import { HYDRATED, InlineHtml } from '$lib/inline-html';

export const transport: Transport = {
	InlineHtml: {
		encode: (value) => value instanceof InlineHtml && 1,
		decode: () => new InlineHtml(HYDRATED)
	}
};
