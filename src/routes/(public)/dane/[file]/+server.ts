import type { RequestHandler } from './$types';
import { dumpOf, DATASETS } from '$lib/docs/datasets';
import { dumpVersion, makeDump } from '$lib/server/api/dumps';
import { cachedResponse } from '$lib/server/http/list-cache';
import { publicOrigin } from '$lib/server/origin';
import { apiError } from '$lib/server/api/respond';

/** GET /dane/{praktyki|partnerstwa|gminy|powiaty|wojewodztwa}.{geojson|csv|xlsx}: a complete dump. */
export const GET: RequestHandler = ({ params, request, url }) => {
	const dump = dumpOf(params.file);
	if (!dump)
		return apiError(
			404,
			`Nie ma pliku „${params.file.slice(0, 40)}”; są: ${DATASETS.flatMap((d) => d.files.map((f) => f.name)).join(', ')} / No such file`
		);
	return cachedResponse(
		request,
		url,
		() => makeDump(dump.dataset, dump.file, publicOrigin(url)),
		dumpVersion()
	);
};
