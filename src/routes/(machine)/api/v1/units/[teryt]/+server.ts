import type { RequestHandler } from './$types';
import { checkTeryt } from '$lib/teryt';
import { getUnit } from '$lib/server/units';
import { apiError, apiJson } from '$lib/server/api/respond';

/** GET /api/v1/units/{teryt}[?geometry=1]: one unit with its type, parents, area and population. */
export const GET: RequestHandler = ({ params, url }) => {
	const check = checkTeryt(params.teryt);
	if (!check.ok) return apiError(400, check.message);
	const geometryParam = url.searchParams.get('geometry');
	if (geometryParam !== null && !['0', '1', 'true', 'false'].includes(geometryParam))
		return apiError(
			400,
			`Parametr „geometry” przyjmuje 0 lub 1 / Parameter "geometry" takes 0 or 1`
		);
	const unit = getUnit(check.code, { geometry: geometryParam === '1' || geometryParam === 'true' });
	if (!unit)
		return apiError(
			404,
			`Nie ma jednostki o kodzie TERYT ${check.code} / No unit has the TERYT code ${check.code}`
		);
	return apiJson(unit);
};
