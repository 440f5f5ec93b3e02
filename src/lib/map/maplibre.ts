/**
 * MapLibre's module, loaded once for every map of the app (the public map and the admin member
 * picker): its own prebuilt module as a file with a hashed name (MapView's head preloads it), with
 * its worker URL set (Vite does not bundle the worker by itself, STACK.md pitfall 1) and started
 * as soon as the module is there. MapLibre stays out of server rendering (pitfall 7): on the
 * server the promise is null.
 */
import maplibreUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { browser } from '$app/environment';

export { maplibreUrl };

export const maplibreModule = browser
	? (import(/* @vite-ignore */ maplibreUrl) as Promise<typeof import('maplibre-gl')>).then(
			(maplibre) => {
				maplibre.setWorkerUrl(workerUrl);
				maplibre.prewarm();
				return maplibre;
			}
		)
	: null;

export function webglAvailable(): boolean {
	try {
		return !!document.createElement('canvas').getContext('webgl2');
	} catch {
		return false;
	}
}
