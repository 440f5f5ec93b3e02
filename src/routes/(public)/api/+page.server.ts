import type { PageServerLoad } from './$types';
import { ENDPOINTS } from '$lib/docs/api';

/** /api: every endpoint with its parameters and examples (the table the OpenAPI document is made of). */
export const load: PageServerLoad = () => ({ endpoints: ENDPOINTS });
