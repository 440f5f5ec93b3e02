/**
 * Prop syncing: effects that push what the page gives the map (markers, selection, highlight,
 * filters, counts, the focused region, the frame) into MapLibre and its marker overlay. Called
 * while MapView initialises; each effect waits for the map (and its style) to exist.
 * https://svelte.dev/docs/svelte/$effect
 */
import { FIT_MAX_ZOOM, FIT_PADDING } from './frame';
import { untrack } from 'svelte';
import type { Feature } from 'geojson';
import type { PracticePoint } from './cluster';
import {
	countFeatures,
	countObstacles,
	partnershipFilter,
	partnershipLineWidth,
	setSourceData,
	type RegionCount
} from './layers';
import { COUNT_SOURCE, OBSTACLE_SOURCE, obstacleFeatures } from './style';
import { parseViewHash } from './view';
import type { MapLifecycle } from './lifecycle.svelte';
import type { MapFit, MapTarget } from './types';

/** The props of MapView that are pushed into the map (read reactively). */
export interface SyncedProps {
	practices: PracticePoint[] | null;
	/** The filters `practices` belong to (they may arrive after the rest of the view). */
	practicesView?: string;
	selectedUnit: Feature | null;
	highlight: MapTarget | null;
	/** Partnerships to draw (null: all). */
	partnershipIds: number[] | null;
	hiddenKinds: string[];
	/** The filters (a query string) the other props show: a change re-enters "loading". */
	view?: string;
	regionCounts: RegionCount[];
	/** The region chosen in the filters, outlined. */
	focusRegion: string | null;
	fitTo: MapFit | null;
}

export function syncProps(life: MapLifecycle, get: () => SyncedProps) {
	$effect(() => {
		const props = get();
		const overlay = life.overlay;
		if (!overlay || props.practices === null) return;
		overlay.setPractices(props.practices);
		life.overlayState = 'ready';
		// MapLibre draws the new markers once its worker has them: idle then (listeners of one
		// idle run in order, so the latest set's key is the one left).
		const key = props.practicesView;
		const m = life.map;
		if (!m) return;
		m.once('idle', () => (life.markersView = key));
		m.triggerRepaint();
	});

	$effect(() => {
		const props = get();
		life.overlay?.setSelection(props.selectedUnit);
	});

	$effect(() => {
		const props = get();
		const h = props.highlight;
		life.overlay?.setHighlight(h?.type === 'praktyka' ? h.id : null);
	});

	let lastFilter: string | null = null;
	$effect(() => {
		const props = get();
		const map = life.map;
		if (!map || !life.styleReady || !map.getLayer('partnership-fill')) return;
		const filter = partnershipFilter(props.hiddenKinds, props.partnershipIds);
		map.setFilter('partnership-fill', filter);
		map.setFilter('partnership-line', filter);
		// Only a change after the first view re-enters "loading" (untrack: the state it sets must
		// not re-run this effect).
		const applied = JSON.stringify(filter);
		if (lastFilter !== null && applied !== lastFilter) untrack(() => life.settle());
		lastFilter = applied;
	});

	// New filters: "loading" until the map is idle with them (the page sets a new frame, fitTo, in
	// the same update, so the idle that ends it comes after the camera has arrived).
	$effect(() => {
		const props = get();
		const key = props.view;
		if (!life.map || !life.styleReady) return;
		untrack(() => {
			if (life.idleView !== key) life.settle();
		});
	});

	$effect(() => {
		const props = get();
		const map = life.map;
		if (!map || !life.styleReady) return;
		const h = props.highlight;
		map.setPaintProperty(
			'partnership-line',
			'line-width',
			partnershipLineWidth(h?.type === 'partnerstwo' ? h.id : null)
		);
	});

	$effect(() => {
		const props = get();
		if (!life.styleReady) return;
		setSourceData(
			life.map,
			OBSTACLE_SOURCE,
			obstacleFeatures([...countObstacles(props.regionCounts), ...life.markerObstacles])
		);
	});

	$effect(() => {
		const props = get();
		if (!life.styleReady) return;
		setSourceData(life.map, COUNT_SOURCE, countFeatures(props.regionCounts));
	});

	$effect(() => {
		const props = get();
		const map = life.map;
		if (!map || !life.styleReady) return;
		for (const level of ['woj', 'pow', 'gmi'])
			if (map.getLayer(`${level}-focus`))
				map.setFilter(`${level}-focus`, ['==', ['get', 'code'], props.focusRegion ?? '']);
	});

	$effect(() => {
		const props = get();
		const map = life.map;
		const fitTo = props.fitTo;
		if (!map || !fitTo || fitTo === life.initialFit) return;
		const [w, s, e, n] = fitTo.bbox;
		map.fitBounds([w, s, e, n], {
			padding: FIT_PADDING,
			maxZoom: FIT_MAX_ZOOM,
			linear: true,
			duration: fitTo.glide ? 500 : 0
		});
	});
}

/** Back and forward restore the view kept in the hash. */
export function restoreHashView(life: MapLifecycle) {
	const v = parseViewHash(window.location.hash);
	if (life.map && v) life.map.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom });
}
