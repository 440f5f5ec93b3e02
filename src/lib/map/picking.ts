/**
 * Picking: what lies under the pointer (practice marker, partnerships, unit), as hover states, a
 * tooltip and, on a click, the chosen target with everything else at that place. The map draws;
 * these functions only read features and name them.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#queryrenderedfeatures
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { levelOfCode, unitTypeLabel } from '$lib/teryt';
import { dictionaries } from '$lib/i18n';
import { NETWORK_KINDS, kindOf } from '$lib/domain/kinds';
import type { Lang } from '$lib/format';
import { BOUNDARY_SOURCE, PARTNERSHIP_SOURCE, PICKABLE_LAYERS } from './style';
import type { Overlay, OverlayPick } from './overlay';
import type { MapTarget, PlaceItem } from './types';

/** A tooltip line; names the page does not know yet arrive later, so a line may read them late. */
export type TooltipLine = { strong: string | (() => string); text: string };
export type Tooltip = { x: number; y: number; lines: TooltipLine[] };

type FeatureRef = { source: string; sourceLayer: string; id: number };

export interface PickOptions {
	lang: () => Lang;
	overlay: () => Overlay | undefined;
	partnershipName: (id: number) => string;
	practiceTitle: (id: number) => string;
	ontooltip: (tooltip: Tooltip | null) => void;
	onhover?: (target: MapTarget | null) => void;
	onpick: (target: MapTarget | null, alsoHere: PlaceItem[]) => void;
}

interface Under {
	practice: OverlayPick | null;
	partnerships: MapGeoJSONFeature[];
	clickable: MapGeoJSONFeature[];
	unit: MapGeoJSONFeature | undefined;
}

export function describeUnit(f: MapGeoJSONFeature, lang: Lang) {
	const code = String(f.properties.code);
	const level = levelOfCode(code) ?? 'gmi';
	const gminaType = Number(f.properties.t) || null;
	return {
		code,
		name: String(f.properties.name),
		type: unitTypeLabel({ code, level, gminaType }, lang)
	};
}

/** What lies under a point: the practice marker, partnerships (smallest first), the unit. */
function under(
	m: MapLibreMap,
	overlay: Overlay | undefined,
	point: { x: number; y: number }
): Under {
	const practice = overlay?.pick(point.x, point.y) ?? null;
	const areas = m.getLayer('partnership-fill')
		? m
				.queryRenderedFeatures([point.x, point.y], { layers: ['partnership-fill'] })
				.sort((a, b) => Number(a.properties.area) - Number(b.properties.area))
		: [];
	const seen = new Set<number>();
	const all = areas.filter((f) => !seen.has(Number(f.id)) && seen.add(Number(f.id)));
	// Networks (Interreg, URBACT) span whole regions: they are named in the tooltip and reached
	// through the unit panel and the list, but a click on the map goes to compact areas and units.
	const isNetwork = (f: MapGeoJSONFeature) => NETWORK_KINDS.includes(String(f.properties.kind));
	const partnerships = [...all.filter((f) => !isNetwork(f)), ...all.filter(isNetwork)];
	const clickable = partnerships.filter((f) => !isNetwork(f));
	const layers = PICKABLE_LAYERS.filter((id) => m.getLayer(id));
	const unit = m.queryRenderedFeatures([point.x, point.y], { layers })[0];
	return { practice, partnerships, clickable, unit };
}

/** The features drawn as hovered: the compact partnership on top, else the unit. */
function hoverStates({ practice, clickable, unit }: Under): FeatureRef[] {
	return [
		...clickable.slice(0, 1).map((f) => ({
			source: PARTNERSHIP_SOURCE,
			sourceLayer: 'partnerships',
			id: Number(f.id)
		})),
		...(unit && unit.id !== undefined && !practice && clickable.length === 0
			? [{ source: BOUNDARY_SOURCE, sourceLayer: unit.sourceLayer!, id: Number(unit.id) }]
			: [])
	];
}

function tooltipLines(u: Under, lang: Lang, o: PickOptions): TooltipLine[] {
	const t = dictionaries[lang];
	const { practice, partnerships, unit } = u;
	const lines: TooltipLine[] = [];
	if (practice?.kind === 'practice') {
		const id = practice.id;
		lines.push({ strong: practice.title ?? (() => o.practiceTitle(id)), text: t.record.practice });
	}
	if (practice?.kind === 'cluster')
		lines.push({ strong: `${practice.count}`, text: t.map.clusterHint });
	for (const f of partnerships.slice(0, 3))
		lines.push({
			strong: () => o.partnershipName(Number(f.id)),
			text: kindOf(String(f.properties.kind))[lang]
		});
	if (partnerships.length > 3)
		lines.push({ strong: `+${partnerships.length - 3}`, text: t.record.partnerships });
	if (unit) {
		const d = describeUnit(unit, lang);
		lines.push({ strong: d.name, text: d.type });
	}
	return lines;
}

/** The chosen target of a click and the other things at that place. */
function placeItems(u: Under, lang: Lang, o: PickOptions) {
	const t = dictionaries[lang];
	const { practice, partnerships, clickable, unit } = u;
	const items: PlaceItem[] = [];
	if (practice?.kind === 'practice')
		items.push({
			target: { type: 'praktyka', id: practice.id },
			name: practice.title ?? o.practiceTitle(practice.id),
			kind: t.record.practice
		});
	for (const f of partnerships)
		items.push({
			target: { type: 'partnerstwo', id: Number(f.id) },
			name: o.partnershipName(Number(f.id)),
			kind: kindOf(String(f.properties.kind))[lang]
		});
	if (unit) {
		const d = describeUnit(unit, lang);
		items.push({ target: { type: 'unit', code: d.code }, name: d.name, kind: d.type });
	}
	const chosen = practice
		? items[0]
		: clickable[0]
			? items.find(
					(i) => i.target.type === 'partnerstwo' && i.target.id === Number(clickable[0].id)
				)
			: items.find((i) => i.target.type === 'unit');
	return { chosen, others: items.filter((i) => i !== chosen) };
}

/** Hover, tooltip and click on the map; returns the function that detaches them. */
export function attachPicking(m: MapLibreMap, o: PickOptions): () => void {
	const hovered = new Map<string, FeatureRef>();
	const setHover = (next: FeatureRef[]) => {
		const keys = new Set(next.map((h) => `${h.sourceLayer}:${h.id}`));
		for (const [k, h] of hovered)
			if (!keys.has(k)) {
				m.setFeatureState(h, { hover: false });
				hovered.delete(k);
			}
		for (const h of next) {
			const k = `${h.sourceLayer}:${h.id}`;
			if (!hovered.has(k)) {
				m.setFeatureState(h, { hover: true });
				hovered.set(k, h);
			}
		}
	};
	const onmove = (e: MapMouseEvent) => {
		const u = under(m, o.overlay(), e.point);
		const { practice, clickable, unit } = u;
		setHover(hoverStates(u));
		o.overlay()?.setHighlight(practice?.kind === 'practice' ? practice.id : null);
		const lines = tooltipLines(u, o.lang(), o);
		o.ontooltip(lines.length ? { x: e.point.x, y: e.point.y, lines } : null);
		m.getCanvas().style.cursor = practice || clickable.length || unit ? 'pointer' : '';
		o.onhover?.(
			practice?.kind === 'practice'
				? { type: 'praktyka', id: practice.id }
				: clickable[0]
					? { type: 'partnerstwo', id: Number(clickable[0].id) }
					: null
		);
	};
	const onout = () => {
		setHover([]);
		o.ontooltip(null);
		o.onhover?.(null);
	};
	const onclick = (e: MapMouseEvent) => {
		const u = under(m, o.overlay(), e.point);
		if (u.practice?.kind === 'cluster') {
			m.easeTo({ center: u.practice.position, zoom: u.practice.expansionZoom });
			return;
		}
		const { chosen, others } = placeItems(u, o.lang(), o);
		o.onpick(chosen?.target ?? null, others);
	};
	m.on('mousemove', onmove);
	m.on('mouseout', onout);
	m.on('click', onclick);
	return () => {
		m.off('mousemove', onmove);
		m.off('mouseout', onout);
		m.off('click', onclick);
	};
}
