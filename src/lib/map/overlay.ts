/**
 * The deck.gl overlay on the MapLibre map, loaded lazily so deck.gl stays off the first paint.
 * MapLibreOverlay from @deck.gl/maplibre, not MapboxOverlay: the latter throws on MapLibre 6
 * (deck.gl issue 10501). Not interleaved, so MapLibre's labels stay intact (deck.gl issue 10700).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature } from 'geojson';

export interface Overlay {
	setSelection(feature: Feature | null): void;
	destroy(): void;
}

export async function createOverlay(map: MapLibreMap): Promise<Overlay> {
	const [{ MapLibreOverlay }, { GeoJsonLayer }] = await Promise.all([
		import('@deck.gl/maplibre'),
		import('@deck.gl/layers')
	]);
	const overlay = new MapLibreOverlay({ interleaved: false, layers: [] });
	map.addControl(overlay);
	// deck.gl's canvas only mirrors the map: keep it out of the tab order and the accessibility tree.
	const canvas = map.getContainer().querySelector<HTMLCanvasElement>('#deckgl-overlay');
	canvas?.setAttribute('tabindex', '-1');
	canvas?.setAttribute('aria-hidden', 'true');
	return {
		setSelection(feature) {
			overlay.setProps({
				layers: feature
					? [
							new GeoJsonLayer({
								id: 'selected-unit',
								data: [feature],
								stroked: true,
								filled: true,
								getFillColor: [29, 79, 145, 36],
								getLineColor: [29, 79, 145, 255],
								lineWidthUnits: 'pixels',
								getLineWidth: 3
							})
						]
					: []
			});
		},
		destroy() {
			map.removeControl(overlay);
			overlay.finalize();
		}
	};
}
