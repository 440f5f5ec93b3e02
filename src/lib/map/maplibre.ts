/**
 * MapLibre's module, loaded once for every map of the app (the public map and the admin member
 * picker): its own prebuilt module as a file with a hashed name, with its worker URL set (Vite
 * does not bundle the worker by itself, STACK.md pitfall 1) and started as soon as the module is
 * there. Loaded on first use, after the page's first paint (`afterFirstPaint`): the public map's
 * first view is a picture in the HTML, and MapLibre's 800 KB must not compete with it. Its
 * stylesheet (70 KB) comes with it: it styles only what MapLibre creates, so it need not block the
 * page's first paint. MapLibre stays out of server rendering (pitfall 7).
 */
import maplibreUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { browser } from '$app/environment';

export { maplibreUrl };

let loading: Promise<typeof import('maplibre-gl')> | undefined;

/** MapLibre's module (loaded once); only in the browser. */
export function loadMaplibre(): Promise<typeof import('maplibre-gl')> {
	if (!browser) throw new Error('MapLibre runs in the browser only');
	loading ??= Promise.all([
		import(/* @vite-ignore */ maplibreUrl) as Promise<typeof import('maplibre-gl')>,
		import('maplibre-gl/dist/maplibre-gl.css')
	]).then(([maplibre]) => {
		maplibre.setWorkerUrl(workerUrl);
		maplibre.prewarm();
		return maplibre;
	});
	return loading;
}

/**
 * Whether the map waits for the visitor to reach for it: on a touch screen (a phone, a tablet),
 * where the first view's picture is the map until it is touched. MapLibre (360 KB) and its WebGL
 * start then only for someone who moves the map: a phone scrolling past an embed, or reading the
 * list, spends neither data nor a second of its processor on them, and the page scrolls freely.
 * The facade Lighthouse recommends for heavy embeds (web.dev "third-party facades").
 */
export function startsOnDemand(): boolean {
	return matchMedia('(pointer: coarse)').matches;
}

/** Resolves after the page has painted (the frame after the next one has begun). */
export function afterFirstPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Whether the browser has WebGL 2 at all. A cheap test on purpose: creating a context only to
 * probe it costs as much as the map's own (up to a second where WebGL is rendered in software).
 * A browser that has it but cannot create a context (blocked GPU, no driver) makes MapLibre's
 * constructor throw: `noWebglError` recognises that.
 */
export function webglAvailable(): boolean {
	return typeof WebGL2RenderingContext !== 'undefined';
}

/** MapLibre could not create its WebGL context (its GPUInitializationError). */
export function noWebglError(err: unknown): boolean {
	return err instanceof Error && err.name === 'GPUInitializationError';
}

/** What a Map whose constructor threw left in its container (its classes and empty elements). */
export function clearFailedMap(container: HTMLElement) {
	container.classList.remove('maplibregl-map');
	for (const el of container.querySelectorAll(
		':scope > .maplibregl-canvas-container, :scope > .maplibregl-control-container'
	))
		el.remove();
}
