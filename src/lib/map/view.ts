/**
 * The map view in the URL's hash, `#widok=zoom/lat/lon`, as a permalink keeps it. Parsing never
 * throws: a malformed hash yields null (the map then fits Poland).
 */
export interface MapViewState {
	zoom: number;
	lat: number;
	lon: number;
}

export function parseViewHash(hash: string): MapViewState | null {
	const m = /(?:^#|&)widok=([-\d.]+)\/([-\d.]+)\/([-\d.]+)/.exec(hash);
	if (!m) return null;
	const [zoom, lat, lon] = m.slice(1).map(Number);
	if (![zoom, lat, lon].every(Number.isFinite)) return null;
	if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
	return { zoom, lat, lon };
}

export function formatViewHash(v: MapViewState): string {
	const digits = Math.max(2, Math.ceil(Math.log2(Math.max(1, v.zoom))) + 1);
	return `#widok=${Math.round(v.zoom * 100) / 100}/${v.lat.toFixed(digits)}/${v.lon.toFixed(digits)}`;
}
