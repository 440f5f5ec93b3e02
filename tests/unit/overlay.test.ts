import { describe, expect, it } from 'vitest';
import { markerFeatures, pickOf } from '../../src/lib/map/overlay';
import { createClusterIndex, markerRadius } from '../../src/lib/map/cluster';
import { markerLayers, MARKER_LAYER, MARKER_SOURCE } from '../../src/lib/map/style/markers';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';

// Test-only synthetic points (not real practices).
const points = [
	{ id: 1, title: 'A', point: [19.94, 50.06] as [number, number] },
	{ id: 2, title: 'B', point: [19.95, 50.07] as [number, number] },
	{ id: 3, point: [21.01, 52.23] as [number, number] }
];

describe('marker overlay (MapLibre layers of practice markers)', () => {
	const markers = createClusterIndex(points).markers([14, 49, 25, 55], 5);

	it('draws every marker with its radius, groups with their count', () => {
		const fc = markerFeatures(markers, null);
		expect(fc.features).toHaveLength(markers.length);
		const group = fc.features.find((f) => 'count' in (f.properties ?? {}));
		expect(group?.properties).toMatchObject({ count: 2, hl: 0 });
		const single = fc.features.find((f) => f.properties?.id === 3);
		expect(single?.properties).toEqual({
			r: markerRadius({ kind: 'practice', id: 3, position: [0, 0] }),
			hl: 0,
			id: 3
		});
	});

	it('marks the highlighted practice only', () => {
		const near = createClusterIndex(points).markers([14, 49, 25, 55], 13);
		const fc = markerFeatures(near, 2);
		expect(fc.features.filter((f) => f.properties?.hl === 1).map((f) => f.properties?.id)).toEqual([
			2
		]);
	});

	it('answers a pick from the drawn feature itself, whatever set came after', () => {
		for (const [f, m] of markerFeatures(markers, null).features.map(
			(f, i) => [f, markers[i]] as const
		)) {
			const pick = pickOf(f.properties);
			if (m.kind === 'practice')
				expect(pick).toEqual({ kind: 'practice', id: m.id, title: m.title });
			else
				expect(pick).toEqual({
					kind: 'cluster',
					count: m.count,
					expansionZoom: m.expansionZoom,
					position: m.position
				});
		}
	});

	it('refuses properties that are not a marker', () => {
		expect(pickOf(null)).toBeNull();
		expect(pickOf({})).toBeNull();
		expect(pickOf({ id: 'x' })).toBeNull();
		expect(pickOf({ count: 2, ez: 7 })).toBeNull();
	});

	it('has valid layers on its own source, the picked layer among them', () => {
		const layers = markerLayers();
		expect(layers.map((l) => l.id)).toContain(MARKER_LAYER);
		const errors = validateStyleMin({
			version: 8,
			sources: {
				[MARKER_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
				'selected-unit': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
			},
			layers
		});
		expect(errors).toEqual([]);
	});
});
