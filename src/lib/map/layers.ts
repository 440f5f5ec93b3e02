/**
 * The layers' set-up and the data they draw: our sources and layers on top of an outside basemap,
 * the obstacles' image, and the expressions and GeoJSON the prop syncing pushes into them. The
 * style itself is in ./style.
 * https://maplibre.org/maplibre-style-spec/expressions/
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type {
	ExpressionSpecification,
	FilterSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '$lib/format';
import {
	boundaryLayers,
	boundarySource,
	partnershipLayers,
	partnershipSource,
	focusLayers,
	countLayers,
	obstacleLayers,
	markerLayers,
	MARKER_SOURCE,
	SELECTION_SOURCE,
	bubbleRadius,
	BUBBLE_OFFSET,
	OBSTACLE_SOURCE,
	OBSTACLE_IMAGE,
	OBSTACLE_IMAGE_SIZE,
	COUNT_SOURCE,
	BOUNDARY_SOURCE,
	PARTNERSHIP_SOURCE,
	type Obstacle,
	type StyleVersions
} from './style';
import { markerRadius, type Marker } from './cluster';

/** Record counts per region, drawn as bubbles when zoomed out. */
export type RegionCount = { code: string; count: number; point: [number, number] | null };

/** On an outside basemap (its own style), our sources and layers are added once it has loaded. */
export function addOwnLayers(m: MapLibreMap, origin: string, versions: StyleVersions, lang: Lang) {
	m.on('style.load', () => {
		m.addSource(BOUNDARY_SOURCE, boundarySource(origin, versions.boundaries, lang));
		m.addSource(PARTNERSHIP_SOURCE, partnershipSource(origin, versions.partnerships, lang));
		for (const source of [COUNT_SOURCE, OBSTACLE_SOURCE, SELECTION_SOURCE, MARKER_SOURCE])
			m.addSource(source, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
		for (const layer of [
			...partnershipLayers(),
			...boundaryLayers(),
			...focusLayers(),
			...countLayers(),
			...obstacleLayers(),
			...markerLayers()
		])
			if (layer.id !== 'land') m.addLayer(layer);
	});
}

/** The obstacles' image: transparent, only its size counts for label placement. */
export function provideObstacleImage(m: MapLibreMap) {
	m.setMissingStyleImageResolver((id) => {
		if (id !== OBSTACLE_IMAGE || m.hasImage(OBSTACLE_IMAGE)) return;
		const side = OBSTACLE_IMAGE_SIZE;
		m.addImage(OBSTACLE_IMAGE, {
			width: side,
			height: side,
			data: new Uint8Array(side * side * 4)
		});
	});
}

/** The partnerships drawn: not of a hidden kind, and among `ids` unless that is null (all). */
export function partnershipFilter(
	hiddenKinds: string[],
	ids: number[] | null
): FilterSpecification {
	return [
		'all',
		['!', ['in', ['get', 'kind'], ['literal', hiddenKinds]]],
		...(ids ? [['in', ['get', 'id'], ['literal', ids]]] : [])
	] as unknown as FilterSpecification;
}

/** Outlines thin with the area; the highlighted partnership's (if any) is drawn thick. */
export function partnershipLineWidth(highlightId: number | null): ExpressionSpecification {
	const byArea: ExpressionSpecification = [
		'interpolate',
		['linear'],
		['get', 'area'],
		200,
		2.2,
		30000,
		1
	];
	return highlightId === null ? byArea : ['case', ['==', ['get', 'id'], highlightId], 4, byArea];
}

/** The count bubbles' points. */
export function countFeatures(counts: RegionCount[]) {
	return {
		type: 'FeatureCollection' as const,
		features: counts.flatMap((r) =>
			r.point
				? [
						{
							type: 'Feature' as const,
							geometry: { type: 'Point' as const, coordinates: r.point },
							properties: { code: r.code, count: r.count }
						}
					]
				: []
		)
	};
}

/** Labels make way for markers and count bubbles (see obstacleLayers in ./style). */
export const markerObstacle = (m: Marker): Obstacle => ({
	kind: 'marker',
	point: m.position,
	size: 2 * (markerRadius(m) + 2),
	dy: 0
});

export function countObstacles(counts: RegionCount[]): Obstacle[] {
	return counts.flatMap((r): Obstacle[] =>
		r.point && r.count > 0
			? [
					{
						kind: 'count',
						point: r.point,
						size: 2 * (bubbleRadius(r.count) + 2),
						dy: BUBBLE_OFFSET
					}
				]
			: []
	);
}

/** Replaces the data of one of our GeoJSON sources, once it exists. */
export function setSourceData(m: MapLibreMap | undefined, id: string, data: unknown) {
	const source = m?.getSource(id);
	if (!source || !('setData' in source)) return;
	(source as { setData(d: unknown): void }).setData(data);
}
