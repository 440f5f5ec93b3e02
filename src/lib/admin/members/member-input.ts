/**
 * How a person picks gminy on the member map: hover names the gmina under the pointer (tooltip
 * and hover state), a click asks to toggle it (below the gminy's zoom it zooms in instead), and on
 * the focused map Enter or Space toggles the gmina at the centre, which `oncentre` names after
 * every move. The map only reads features here; the picker decides what a toggle does.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#queryrenderedfeatures
 */
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { describeUnit } from '$lib/map/picking';
import { BOUNDARY_SOURCE } from '$lib/map/style';
import { LEVEL_MIN_ZOOM } from '$lib/map/zoom';
import type { Lang } from '$lib/format';

export type Centre = { code: string; name: string; type: string; t: number | null } | null;

export interface InputOptions {
	lang: Lang;
	ontoggle: (code: string, name: string, gminaType: number | null) => void;
	ontooltip: (tooltip: { x: number; y: number; text: string } | null) => void;
	/** The map moved: its zoom and the gmina at its centre. */
	oncentre: (zoom: number, centre: Centre) => void;
}

function gminaAt(m: MapLibreMap, point: { x: number; y: number }) {
	return m.queryRenderedFeatures([point.x, point.y], { layers: ['gmi-fill'] })[0] as
		MapGeoJSONFeature | undefined;
}

export function attachMemberInput(m: MapLibreMap, o: InputOptions): void {
	const canvas = m.getCanvas();
	let hovered: number | null = null;
	let centre: Centre = null;
	const hover = (id: number | null) => {
		const at = (fid: number) => ({ source: BOUNDARY_SOURCE, sourceLayer: 'gmi', id: fid });
		if (hovered !== null) m.setFeatureState(at(hovered), { hover: false });
		hovered = id;
		if (id !== null) m.setFeatureState(at(id), { hover: true });
	};
	const readCentre = () => {
		const f = gminaAt(m, m.project(m.getCenter()));
		centre = f ? { ...describeUnit(f, o.lang), t: Number(f.properties.t) || null } : null;
		o.oncentre(m.getZoom(), centre);
	};
	const zoomedOut = () => m.getZoom() < LEVEL_MIN_ZOOM.gmi;

	m.once('idle', readCentre);
	m.on('moveend', readCentre);
	m.on('mousemove', (e) => {
		const f = gminaAt(m, e.point);
		hover(f ? Number(f.id) : null);
		const u = f ? describeUnit(f, o.lang) : null;
		o.ontooltip(u ? { x: e.point.x, y: e.point.y, text: `${u.name} (${u.type})` } : null);
		canvas.style.cursor = f || zoomedOut() ? 'pointer' : '';
	});
	m.on('mouseout', () => {
		hover(null);
		o.ontooltip(null);
	});
	m.on('click', (e) => {
		if (zoomedOut()) {
			m.easeTo({ center: e.lngLat, zoom: LEVEL_MIN_ZOOM.gmi + 1 });
			return;
		}
		const f = gminaAt(m, e.point);
		if (f)
			o.ontoggle(
				String(f.properties.code),
				String(f.properties.name),
				Number(f.properties.t) || null
			);
	});
	canvas.addEventListener('keydown', (e) => {
		if (e.key !== 'Enter' && e.key !== ' ') return;
		e.preventDefault();
		if (zoomedOut()) m.easeTo({ zoom: LEVEL_MIN_ZOOM.gmi + 1 });
		else if (centre) o.ontoggle(centre.code, centre.name, centre.t);
	});
}
