/**
 * MapLibre's module, loaded once for every map of the app (the public map and the admin member
 * picker): its own prebuilt module as a file with a hashed name, with its worker URL set (Vite
 * does not bundle the worker by itself, STACK.md pitfall 1) and started as soon as the module is
 * there. Loaded on first use, after the page's first paint (`afterFirstPaint`): the public map's
 * first view is a picture in the HTML, and MapLibre's 800 KB must not compete with it. MapLibre
 * stays out of server rendering (pitfall 7).
 */
import maplibreUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { browser } from '$app/environment';

export { maplibreUrl };

let loading: Promise<typeof import('maplibre-gl')> | undefined;

/** MapLibre's module (loaded once); only in the browser. */
export function loadMaplibre(): Promise<typeof import('maplibre-gl')> {
	if (!browser) throw new Error('MapLibre runs in the browser only');
	loading ??= (
		import(/* @vite-ignore */ maplibreUrl) as Promise<typeof import('maplibre-gl')>
	).then((maplibre) => {
		maplibre.setWorkerUrl(workerUrl);
		maplibre.prewarm();
		return maplibre;
	});
	return loading;
}

/** Resolves after the page has painted (the frame after the next one has begun). */
export function afterFirstPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function webglAvailable(): boolean {
	try {
		return !!document.createElement('canvas').getContext('webgl2');
	} catch {
		return false;
	}
}
