/** The boundary layers (land, fills for hover and picking, outlines, labels) and the focus outline. */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LABEL_ZOOM, LEVEL_MIN_ZOOM } from '../zoom';
import { COLORS, FONT_STACK } from './palette';
import { BOUNDARY_SOURCE } from './sources';

const hoverOpacity = (base: number, hovered: number) =>
	['case', ['boolean', ['feature-state', 'hover'], false], hovered, base] as unknown as number;

/** The boundary layers: fills (for hover and picking), outlines and labels, one set per level. */
export function boundaryLayers(): LayerSpecification[] {
	const fill = (level: 'woj' | 'pow' | 'gmi', base: number): LayerSpecification => ({
		id: `${level}-fill`,
		type: 'fill',
		source: BOUNDARY_SOURCE,
		'source-layer': level,
		minzoom: LEVEL_MIN_ZOOM[level],
		// The next level takes over hover once it is shown.
		...(level === 'woj' ? { maxzoom: LEVEL_MIN_ZOOM.pow } : {}),
		...(level === 'pow' ? { maxzoom: LEVEL_MIN_ZOOM.gmi } : {}),
		paint: { 'fill-color': COLORS.hover, 'fill-opacity': hoverOpacity(base, 0.16) }
	});
	const label = (level: 'woj' | 'pow' | 'gmi', size: number | unknown[]): LayerSpecification => ({
		id: `${level}-label`,
		type: 'symbol',
		source: BOUNDARY_SOURCE,
		'source-layer': 'label',
		filter: ['==', ['get', 'level'], level],
		minzoom: LABEL_ZOOM[level][0],
		maxzoom: LABEL_ZOOM[level][1],
		layout: {
			'text-field': ['get', 'name'],
			'text-font': FONT_STACK,
			'text-size': size as number,
			'text-max-width': 8,
			'text-padding': 2,
			// Centred on the unit unless a marker or count bubble is there (obstacleLayers): then
			// beside it, so markers never hide a name.
			'text-variable-anchor': [
				'center',
				'bottom',
				'top',
				'right',
				'left',
				'bottom-right',
				'bottom-left',
				'top-right',
				'top-left'
			],
			'text-radial-offset': 1.15,
			...(level === 'woj' ? { 'text-transform': 'uppercase', 'text-letter-spacing': 0.06 } : {})
		},
		paint: {
			'text-color': COLORS.label,
			'text-halo-color': COLORS.labelHalo,
			'text-halo-width': 1.4
		}
	});
	return [
		{
			id: 'land',
			type: 'fill',
			source: BOUNDARY_SOURCE,
			'source-layer': 'woj',
			paint: { 'fill-color': COLORS.land }
		},
		fill('woj', 0),
		fill('pow', 0),
		fill('gmi', 0),
		{
			id: 'gmi-line',
			type: 'line',
			source: BOUNDARY_SOURCE,
			'source-layer': 'gmi',
			minzoom: LEVEL_MIN_ZOOM.gmi,
			paint: {
				'line-color': COLORS.gmiLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.5, 12, 1.2]
			}
		},
		{
			id: 'pow-line',
			type: 'line',
			source: BOUNDARY_SOURCE,
			'source-layer': 'pow',
			minzoom: LEVEL_MIN_ZOOM.pow,
			paint: {
				'line-color': COLORS.powLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 6.5, 0.6, 12, 2]
			}
		},
		{
			id: 'woj-line',
			type: 'line',
			source: BOUNDARY_SOURCE,
			'source-layer': 'woj',
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': COLORS.wojLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.9, 8, 2, 12, 3]
			}
		},
		label('woj', ['interpolate', ['linear'], ['zoom'], 4, 10, 7, 14]),
		label('pow', ['interpolate', ['linear'], ['zoom'], 6.5, 10, 9, 13]),
		label('gmi', ['interpolate', ['linear'], ['zoom'], 8.5, 10.5, 12, 14])
	];
}

/** The outline of the region chosen in the filters (filter set by the map component). */
export function focusLayers(): LayerSpecification[] {
	return (['woj', 'pow', 'gmi'] as const).map((level) => ({
		id: `${level}-focus`,
		type: 'line',
		source: BOUNDARY_SOURCE,
		'source-layer': level,
		filter: ['==', ['get', 'code'], ''],
		layout: { 'line-join': 'round' },
		paint: { 'line-color': COLORS.hover, 'line-width': 3.5 }
	}));
}

/** Layers that respond to hover and click, from the most detailed down. */
export const PICKABLE_LAYERS = ['gmi-fill', 'pow-fill', 'woj-fill'] as const;
