/**
 * A realistic list of map tiles over Poland, z5 to z10: every tile of the country at z5-z7 (the
 * overview a visitor starts with, then zooms into), and at z8-z10 the tiles of a 1280x800 view
 * (4 x 3 tiles of 512 px, as MapLibre requests vector tiles) centred on each of eight cities.
 */

/** Web Mercator tile of a lon/lat at zoom z. */
export function tileOf(lon, lat, z) {
	const n = 2 ** z;
	const x = Math.floor(((lon + 180) / 360) * n);
	const rad = (lat * Math.PI) / 180;
	const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
	return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

export const POLAND = { west: 14.12, south: 49.0, east: 24.15, north: 54.84 };

export const CITIES = {
	Warszawa: [21.012, 52.23],
	Kraków: [19.945, 50.065],
	Gdańsk: [18.646, 54.352],
	Wrocław: [17.038, 51.108],
	Poznań: [16.925, 52.406],
	Rzeszów: [22.004, 50.041],
	Białystok: [23.169, 53.133],
	Lublin: [22.568, 51.246]
};

/** [{ z, x, y }] without duplicates, in the order a session would ask for them (zooming in). */
export function polandTiles({ overviewZooms = [5, 6, 7], cityZooms = [8, 9, 10] } = {}) {
	const seen = new Set();
	const out = [];
	const add = (z, x, y) => {
		const key = `${z}/${x}/${y}`;
		if (seen.has(key)) return;
		seen.add(key);
		out.push({ z, x, y });
	};
	for (const z of overviewZooms) {
		const [x0, y0] = tileOf(POLAND.west, POLAND.north, z);
		const [x1, y1] = tileOf(POLAND.east, POLAND.south, z);
		for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) add(z, x, y);
	}
	for (const z of cityZooms)
		for (const [lon, lat] of Object.values(CITIES)) {
			const [cx, cy] = tileOf(lon, lat, z);
			for (let dx = -2; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) add(z, cx + dx, cy + dy);
		}
	return out;
}
