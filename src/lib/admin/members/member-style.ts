/**
 * The member picker's map style: the public map's boundary tiles and layers (src/lib/map/style),
 * the member units filled, and the merged-area preview (a GeoJSON source the picker fills from
 * /admin/api/obszar) drawn over them, under the boundary lines and labels.
 * https://maplibre.org/maplibre-style-spec/
 */
import type {
	ExpressionSpecification,
	LayerSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '$lib/format';
import { BOUNDARY_SOURCE, COLORS, boundaryLayers, boundarySource } from '$lib/map/style';

export const PREVIEW_SOURCE = 'member-area';
export const MEMBER_FILL_LAYERS = ['member-woj', 'member-pow', 'member-gmi'] as const;
export const MEMBER_COLOR = '#1d4f91';
export const PREVIEW_LINE = '#b3541e';

/** The filter that picks the member units of a level out of the boundary tiles. */
export function memberFilter(codes: readonly string[]): ExpressionSpecification {
	return ['in', ['get', 'code'], ['literal', [...codes]]];
}

function memberLayers(codes: readonly string[]): LayerSpecification[] {
	return (['woj', 'pow', 'gmi'] as const).map((level) => ({
		id: `member-${level}`,
		type: 'fill',
		source: BOUNDARY_SOURCE,
		'source-layer': level,
		filter: memberFilter(codes),
		paint: {
			'fill-color': MEMBER_COLOR,
			'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.55, 0.4]
		}
	}));
}

const previewLayers: LayerSpecification[] = [
	{
		id: 'member-area-line',
		type: 'line',
		source: PREVIEW_SOURCE,
		layout: { 'line-join': 'round' },
		paint: { 'line-color': PREVIEW_LINE, 'line-width': 3 }
	}
];

export function memberStyle(
	origin: string,
	boundariesVersion: string,
	codes: readonly string[],
	lang: Lang
): StyleSpecification {
	const boundary = boundaryLayers();
	const firstLine = boundary.findIndex((l) => l.id === 'gmi-line');
	return {
		version: 8,
		name: 'Mapa Partnerstw: członkowie',
		sources: {
			[BOUNDARY_SOURCE]: boundarySource(origin, boundariesVersion, lang),
			[PREVIEW_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': COLORS.background } },
			...boundary.slice(0, firstLine),
			...memberLayers(codes),
			...boundary.slice(firstLine),
			...previewLayers
		]
	};
}
