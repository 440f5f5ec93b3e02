/** `limit` and `offset` of the API lists: the numbers, or the error message for a bad one. */
export function pageParams(
	url: URL,
	fallback: number,
	max: number
): { limit: number; offset: number } | string {
	const limit = url.searchParams.get('limit');
	const offset = url.searchParams.get('offset');
	const l = limit === null ? fallback : /^\d{1,6}$/.test(limit) ? Number(limit) : NaN;
	const o = offset === null ? 0 : /^\d{1,7}$/.test(offset) ? Number(offset) : NaN;
	if (!(l >= 1 && l <= max))
		return `Parametr „limit” musi być liczbą 1–${max} / "limit" must be 1-${max}`;
	if (!(o >= 0)) return `Parametr „offset” musi być liczbą ≥ 0 / "offset" must be a number ≥ 0`;
	return { limit: l, offset: o };
}
