/**
 * The map's top layers, filled from the page's data: practice markers (grouped when crowded, by
 * supercluster on every settled view) and the outline of the selected unit. MapLibre draws them
 * (layers in ./style/markers.ts); this module is loaded lazily after the first view, so the
 * clustering code stays off the first paint.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { createClusterIndex, markerRadius, type Marker, type PracticePoint } from './cluster';
import { MARKER_LAYER, MARKER_SOURCE, SELECTION_SOURCE } from './style/markers';

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

/** How far from a marker's rim a pointer still picks it, px. */
const PICK_SLOP = 4;

/**
 * The markers as GeoJSON for MARKER_SOURCE: `r` and `hl` as ./style/markers.ts reads them, and what
 * a pick answers (a drawn feature may be of the set before the latest, until MapLibre's worker has
 * the new one: the feature itself says what it is).
 */
export function markerFeatures(
	markers: Marker[],
	highlight: number | null
): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: markers.map((m) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: m.position },
			properties:
				m.kind === 'practice'
					? {
							r: markerRadius(m),
							hl: m.id === highlight ? 1 : 0,
							id: m.id,
							...(m.title ? { title: m.title } : {})
						}
					: {
							r: markerRadius(m),
							hl: 0,
							count: m.count,
							ez: m.expansionZoom,
							lon: m.position[0],
							lat: m.position[1]
						}
		}))
	};
}

/** What a drawn marker feature stands for (its properties, from markerFeatures). */
export function pickOf(properties: Record<string, unknown> | null | undefined): OverlayPick | null {
	if (!properties) return null;
	const num = (k: string) => (typeof properties[k] === 'number' ? (properties[k] as number) : NaN);
	if ('count' in properties) {
		const [count, expansionZoom, lon, lat] = ['count', 'ez', 'lon', 'lat'].map(num);
		if ([count, expansionZoom, lon, lat].some(Number.isNaN)) return null;
		return { kind: 'cluster', position: [lon, lat], expansionZoom, count };
	}
	const id = num('id');
	if (!Number.isInteger(id)) return null;
	const title = typeof properties.title === 'string' ? properties.title : undefined;
	return { kind: 'practice', id, ...(title ? { title } : {}) };
}

/**
 * `onmarkers` hears of every new set of markers on screen (the map keeps its labels clear of
 * them: the markers are drawn above the labels).
 */
export async function createOverlay(
	map: MapLibreMap,
	onmarkers?: (markers: Marker[]) => void
): Promise<Overlay> {
	const markerSource = () => map.getSource<GeoJSONSource>(MARKER_SOURCE);
	const selectionSource = () => map.getSource<GeoJSONSource>(SELECTION_SOURCE);

	let index = createClusterIndex([]);
	let markers: Marker[] = [];
	let highlight: number | null = null;

	const draw = () => void markerSource()?.setData(markerFeatures(markers, highlight));
	const render = () => {
		const b = map.getBounds();
		markers = index.markers([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom());
		onmarkers?.(markers);
		draw();
	};
	map.on('moveend', render);

	return {
		setSelection(feature) {
			void selectionSource()?.setData({
				type: 'FeatureCollection',
				features: feature ? [feature] : []
			});
		},
		setPractices(points) {
			index = createClusterIndex(points);
			render();
		},
		setHighlight(id) {
			if (id === highlight) return;
			highlight = id;
			draw();
		},
		pick(x, y) {
			if (!map.getLayer(MARKER_LAYER)) return null;
			const s = PICK_SLOP;
			const hit = map.queryRenderedFeatures(
				[
					[x - s, y - s],
					[x + s, y + s]
				],
				{ layers: [MARKER_LAYER] }
			)[0];
			return pickOf(hit?.properties);
		},
		destroy() {
			map.off('moveend', render);
		}
	};
}
