import type { PageServerLoad } from './$types';
import { DATASETS, RIGHTS, OWN_TEXT_LICENCE } from '$lib/docs/datasets';

/** /dane: the complete dumps, their sources and terms, the DCAT-AP catalogue, QGIS in steps. */
export const load: PageServerLoad = () => ({
	datasets: DATASETS,
	rights: RIGHTS,
	licence: OWN_TEXT_LICENCE
});
