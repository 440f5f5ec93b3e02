/**
 * The deck.gl overlay on the MapLibre map, loaded lazily so deck.gl stays off the first paint:
 * practice markers (grouped when crowded) and the outline of the selected unit.
 * MapLibreOverlay from @deck.gl/maplibre, not MapboxOverlay: the latter throws on MapLibre 6
 * (deck.gl issue 10501). Not interleaved, so MapLibre's labels stay intact (deck.gl issue 10700).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { createClusterIndex, markerRadius, type Marker, type PracticePoint } from './cluster';

export type OverlayPick =
	| { kind: 'practice'; id: number; title?: string }
	| { kind: 'cluster'; position: [number, number]; expansionZoom: number; count: number };

export interface Overlay {
	setSelection(feature: Feature | null): void;
	setPractices(points: PracticePoint[]): void;
	setHighlight(practiceId: number | null): void;
	pick(x: number, y: number): OverlayPick | null;
	destroy(): void;
}

const ACCENT: [number, number, number] = [29, 79, 145];
const HIGHLIGHT: [number, number, number] = [213, 94, 0];

/**
 * `onmarkers` hears of every new set of markers on screen (the map keeps its labels clear of
 * them: deck.gl draws above MapLibre's labels).
 */
export async function createOverlay(
	map: MapLibreMap,
	onmarkers?: (markers: Marker[]) => void
): Promise<Overlay> {
	const [{ MapLibreOverlay }, { GeoJsonLayer, ScatterplotLayer, TextLayer }] = await Promise.all([
		import('@deck.gl/maplibre'),
		import('@deck.gl/layers')
	]);
	const overlay = new MapLibreOverlay({ interleaved: false, layers: [] });
	map.addControl(overlay);
	// deck.gl's canvas only mirrors the map: keep it out of the tab order and the accessibility tree.
	const canvas = map.getContainer().querySelector<HTMLCanvasElement>('#deckgl-overlay');
	canvas?.removeAttribute('tabindex');
	canvas?.setAttribute('aria-hidden', 'true');
	if (canvas) canvas.inert = true;

	let selection: Feature | null = null;
	let index = createClusterIndex([]);
	let markers: Marker[] = [];
	let highlight: number | null = null;

	const render = () => {
		const b = map.getBounds();
		markers = index.markers([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom());
		const clusters = markers.filter((m) => m.kind === 'cluster');
		onmarkers?.(markers);
		overlay.setProps({
			layers: [
				selection &&
					new GeoJsonLayer({
						id: 'selected-unit',
						data: [selection],
						stroked: true,
						filled: true,
						getFillColor: [...ACCENT, 30],
						getLineColor: [...ACCENT, 255],
						lineWidthUnits: 'pixels',
						getLineWidth: 3
					}),
				new ScatterplotLayer<Marker>({
					id: 'practices',
					data: markers,
					pickable: true,
					radiusUnits: 'pixels',
					getPosition: (m) => m.position,
					getRadius: markerRadius,
					getFillColor: (m) => (m.kind === 'practice' && m.id === highlight ? HIGHLIGHT : ACCENT),
					stroked: true,
					getLineColor: [255, 255, 255],
					lineWidthUnits: 'pixels',
					getLineWidth: 2,
					updateTriggers: { getFillColor: [highlight] }
				}),
				new TextLayer<Marker & { kind: 'cluster' }>({
					id: 'practice-counts',
					data: clusters as (Marker & { kind: 'cluster' })[],
					getPosition: (m) => m.position,
					getText: (m) => String(m.count),
					getSize: 13,
					getColor: [255, 255, 255],
					fontWeight: 700,
					characterSet: '0123456789',
					fontFamily: 'DejaVu Sans, Arial, sans-serif'
				})
			].filter(Boolean)
		});
	};
	map.on('moveend', render);

	return {
		setSelection(feature) {
			selection = feature;
			render();
		},
		setPractices(points) {
			index = createClusterIndex(points);
			render();
		},
		setHighlight(id) {
			if (id === highlight) return;
			highlight = id;
			render();
		},
		pick(x, y) {
			const info = overlay.pickObject({ x, y, radius: 4, layerIds: ['practices'] });
			const m = info?.object as Marker | undefined;
			if (!m) return null;
			return m.kind === 'practice'
				? { kind: 'practice', id: m.id, title: m.title }
				: { kind: 'cluster', position: m.position, expansionZoom: m.expansionZoom, count: m.count };
		},
		destroy() {
			map.off('moveend', render);
			map.removeControl(overlay);
			overlay.finalize();
		}
	};
}
