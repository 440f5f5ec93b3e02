import { expect, type APIRequestContext, type Frame, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/**
 * The id of the first partnership the API finds for `q`. Ids follow the order of the bundled
 * records (by kind, then slug), which new bundled records shift, so tests look them up.
 */
export async function partnershipId(request: APIRequestContext, q: string): Promise<number> {
	const body = await (await request.get(`/api/v1/partnerships?q=${encodeURIComponent(q)}`)).json();
	return body.partnerships[0].id as number;
}

/** Fails the test on any uncaught page error and on any request that leaves this machine. */
export function guardPage(page: Page): { errors: string[]; external: string[] } {
	const errors: string[] = [];
	const external: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (
			!['127.0.0.1', 'localhost'].includes(url.hostname) &&
			!['data:', 'blob:'].includes(url.protocol)
		)
			external.push(r.url());
	});
	return { errors, external };
}

export async function waitForMap(page: Page) {
	await expect(page.locator('#map')).toHaveAttribute('data-state', 'idle', { timeout: 45_000 });
	// The practice markers arrive just after the first view.
	await expect(page.locator('#map')).toHaveAttribute('data-overlay', 'ready', { timeout: 45_000 });
}

/** Screen position (relative to the page) of a lon/lat on the map. */
export async function project(page: Page, lon: number, lat: number) {
	const box = (await page.locator('#map').boundingBox())!;
	const p = await page.evaluate(
		([x, y]) => {
			const m = (
				window as unknown as {
					__mapaMap: { project(c: [number, number]): { x: number; y: number } };
				}
			).__mapaMap;
			return m.project([x, y]);
		},
		[lon, lat] as [number, number]
	);
	return { x: box.x + p.x, y: box.y + p.y };
}

/** Share of the map's pixels close to a colour, from a real screenshot of the rendered canvas. */
export async function colourShare(page: Page, hex: string, tolerance = 12): Promise<number> {
	const png = PNG.sync.read(await page.locator('#map').screenshot());
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let hits = 0;
	for (let i = 0; i < png.data.length; i += 4) {
		if (
			Math.abs(png.data[i] - r) <= tolerance &&
			Math.abs(png.data[i + 1] - g) <= tolerance &&
			Math.abs(png.data[i + 2] - b) <= tolerance
		)
			hits++;
	}
	return hits / (png.width * png.height);
}

/** A message the embed sent to its host page. */
export type EmbedMessage = {
	type: string;
	height?: number;
	record?: { type: string; name: string };
};

/** The embed's messages a host test page (or frame) has collected in `window.__messages`. */
export function hostMessages(host: Page | Frame): Promise<EmbedMessage[]> {
	return host.evaluate(() => (window as unknown as { __messages: EmbedMessage[] }).__messages);
}

/** A command from the host page (or frame) to its embed `#mapa`, through embed.js. */
export function sendToEmbed(host: Page | Frame, command: object) {
	return host.evaluate(
		(c) =>
			(
				window as unknown as { MapaPartnerstw: { send(el: Element, c: unknown): boolean } }
			).MapaPartnerstw.send(document.getElementById('mapa')!, c),
		command
	);
}

/**
 * Hovers a place on the map, expects its tooltip to name `tooltip`, clicks it and returns the
 * side panel it opens.
 */
export async function clickOnMap(page: Page, lon: number, lat: number, tooltip: string) {
	const point = await project(page, lon, lat);
	await page.mouse.move(point.x, point.y);
	await expect(page.getByRole('tooltip')).toContainText(tooltip);
	await page.mouse.click(point.x, point.y);
	return page.getByTestId('side-panel');
}

/**
 * Clicks a gmina by its TERYT code on the member picker's map ([data-member-map], which carries
 * the MapLibre map as its `mapaMap` property): centres the map on the gmina's label point (from
 * /api/v1/units/{code}, a point inside it) at zoom 10, waits until the map has drawn, and clicks
 * there. The picker then adds the gmina, or removes it when it is a member already.
 */
export async function clickMemberGmina(page: Page, code: string): Promise<void> {
	const unit = (await (await page.request.get(`/api/v1/units/${code}`)).json()) as {
		labelPoint: [number, number];
	};
	const point = await page.evaluate(async ([lon, lat]) => {
		type M = import('maplibre-gl').Map;
		const el = document.querySelector('[data-member-map]') as HTMLElement & { mapaMap?: M };
		const m = el.mapaMap;
		if (!m) throw new Error('the member map is not ready');
		el.scrollIntoView({ block: 'center' });
		m.jumpTo({ center: [lon, lat], zoom: 10 });
		await new Promise((resolve) => m.once('idle', resolve));
		const p = m.project([lon, lat]);
		const box = el.getBoundingClientRect();
		return { x: box.x + p.x, y: box.y + p.y };
	}, unit.labelPoint);
	await page.mouse.click(point.x, point.y);
}
