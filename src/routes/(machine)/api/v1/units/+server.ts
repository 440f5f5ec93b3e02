import type { RequestHandler } from './$types';
import { checkTeryt, LEVELS, type Level } from '$lib/teryt';
import { listUnits, unitExists } from '$lib/server/units';
import { apiError, apiJson } from '$lib/server/api/respond';

/** GET /api/v1/units?level=woj|pow|gmi[&parent=CODE]: the units of one level, in Polish order. */
export const GET: RequestHandler = ({ url }) => {
	const level = url.searchParams.get('level') ?? 'woj';
	if (!LEVELS.includes(level as Level))
		return apiError(
			400,
			`Parametr „level” musi mieć wartość woj, pow lub gmi (jest „${level.slice(0, 20)}”) / Parameter "level" must be woj, pow or gmi`
		);
	const parentRaw = url.searchParams.get('parent');
	let parent: string | null = null;
	if (parentRaw !== null) {
		const check = checkTeryt(parentRaw);
		if (!check.ok) return apiError(400, `Parametr „parent”: ${check.message}`);
		const allowed: Record<Level, Level[]> = { woj: [], pow: ['woj'], gmi: ['woj', 'pow'] };
		if (!allowed[level as Level].includes(check.level))
			return apiError(
				400,
				`Jednostki poziomu ${level} nie mają rodzica poziomu ${check.level} / Units of level ${level} have no parent of level ${check.level}`
			);
		if (!unitExists(check.code))
			return apiError(
				404,
				`Nie ma jednostki o kodzie TERYT ${check.code} / No unit has the TERYT code ${check.code}`
			);
		parent = check.code;
	}
	const units = listUnits(level as Level, parent);
	return apiJson({ level, parent, count: units.length, units });
};
