/** The merged partnership areas: fill and outline coloured by kind (src/lib/domain/kinds.ts). */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { NETWORK_KINDS, PARTNERSHIP_KIND_TABLE, kindOf, type KindDef } from '../../domain/kinds';
import { PARTNERSHIP_SOURCE } from './sources';

const kindColor = [
	'match',
	['get', 'kind'],
	...PARTNERSHIP_KIND_TABLE.flatMap((k) => [k.id, k.color]),
	kindOf('other').color
] as unknown as string;
const kindFill = [
	'match',
	['get', 'kind'],
	...PARTNERSHIP_KIND_TABLE.flatMap((k: KindDef) => [k.id, k.fill ?? k.color]),
	kindOf('other').color
] as unknown as string;

/**
 * Merged partnership areas. Small areas are drawn above large ones (Blisko Krakowa over Metropolia
 * Krakowska), and the larger an area, the fainter its fill, so overlaps stay readable.
 */
export function partnershipLayers(): LayerSpecification[] {
	const highlighted = ['boolean', ['feature-state', 'hover'], false];
	return [
		{
			id: 'partnership-fill',
			type: 'fill',
			source: PARTNERSHIP_SOURCE,
			'source-layer': 'partnerships',
			layout: { 'fill-sort-key': ['-', 0, ['get', 'area']] as unknown as number },
			paint: {
				'fill-color': kindFill,
				// Networks (Interreg, URBACT) often span whole województwa and overlap each other:
				// a faint wash for them, stronger fills for compact local partnerships.
				'fill-opacity': [
					'case',
					highlighted,
					0.45,
					['in', ['get', 'kind'], ['literal', NETWORK_KINDS]],
					0.05,
					['interpolate', ['linear'], ['get', 'area'], 200, 0.32, 3000, 0.2, 30000, 0.08]
				] as unknown as number
			}
		},
		{
			id: 'partnership-line',
			type: 'line',
			source: PARTNERSHIP_SOURCE,
			'source-layer': 'partnerships',
			layout: {
				'line-join': 'round',
				'line-sort-key': ['-', 0, ['get', 'area']] as unknown as number
			},
			paint: {
				'line-color': kindColor,
				'line-width': [
					'case',
					highlighted,
					3.5,
					['interpolate', ['linear'], ['get', 'area'], 200, 2.2, 30000, 1]
				] as unknown as number,
				// Opaque, so the outline keeps its 3:1 against the land (tests/unit/kind-colors.test.ts).
				'line-opacity': 1
			}
		}
	];
}
