/**
 * The map's lifecycle: MapLibre's module, creating the map (where it starts, its controls),
 * the first idle, the lazy marker overlay, load errors and the absence of WebGL, and destroying
 * it. `state` is "loading" until the first view has rendered, then "idle"; `settle` makes it
 * "loading" again until the map has drawn new data.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/
 */
import { untrack } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
	afterFirstPaint,
	clearFailedMap,
	loadMaplibre,
	noWebglError,
	webglAvailable
} from './maplibre';
import { dictionaries } from '$lib/i18n';
import type { Lang } from '$lib/format';
import { buildStyle, type Obstacle, type StyleVersions } from './style';
import { MAP_MAX_ZOOM, MAP_MIN_ZOOM, firstFrame } from './frame';
import { formatViewHash, parseViewHash } from './view';
import { addOwnLayers, markerObstacle, provideObstacleImage } from './layers';
import type { Overlay } from './overlay';
import type { BBox, MapFit } from './types';

/**
 * The room MapLibre's corner controls take, as CSS variables on `host` (the element around the
 * map), so the panel and the legend floating over it keep clear of them (they change with the
 * attribution folding and the map's size): --map-controls-br (zoom buttons and attribution, from
 * the bottom), --map-controls-bl (scale), --map-attribution-h and --map-zoom-w.
 */
function publishControls(m: MapLibreMap, host: HTMLElement | null | undefined) {
	const root = m.getContainer();
	const br = root.querySelector<HTMLElement>('.maplibregl-ctrl-bottom-right');
	const bl = root.querySelector<HTMLElement>('.maplibregl-ctrl-bottom-left');
	if (!host || !br || !bl || typeof ResizeObserver === 'undefined') return undefined;
	const publish = () => {
		const map = root.getBoundingClientRect();
		const rise = (el: Element | null) =>
			el ? Math.max(0, Math.ceil(map.bottom - el.getBoundingClientRect().top)) : 0;
		const zoom = br.querySelector('.maplibregl-ctrl-group');
		host.style.setProperty('--map-controls-br', `${rise(br)}px`);
		host.style.setProperty('--map-controls-bl', `${rise(bl)}px`);
		host.style.setProperty(
			'--map-attribution-h',
			`${rise(br.querySelector('.maplibregl-ctrl-attrib'))}px`
		);
		host.style.setProperty(
			'--map-zoom-w',
			`${zoom ? Math.ceil(map.right - zoom.getBoundingClientRect().left) + 10 : 0}px`
		);
	};
	const observer = new ResizeObserver(publish);
	for (const el of [br, bl, root]) observer.observe(el);
	publish();
	return observer;
}

export interface StartOptions {
	versions: StyleVersions;
	basemapStyleUrl: string | null;
	lang: Lang;
	/** On a host's page: zoom with Ctrl/⌘ + scroll or two fingers, so the page still scrolls. */
	cooperative: boolean;
	/** A region or scope known before the map exists: the map starts there, no flight. */
	fitTo: () => MapFit | null;
	/** The filters the map shows now (read when it becomes idle). */
	view: () => string | undefined;
	/** The view changed: its hash (#widok=zoom/lat/lon) and bounds. */
	onview?: (hash: string, bounds: BBox) => void;
	/** The map exists (to attach picking); may return what detaches it. */
	oncreate?: (m: MapLibreMap) => (() => void) | void;
}

export class MapLifecycle {
	map = $state<MapLibreMap | undefined>();
	overlay = $state<Overlay | undefined>();
	state = $state<'loading' | 'idle' | 'error'>('loading');
	/** The practice markers arrive after the first view: "loading" → "ready". */
	overlayState = $state<'loading' | 'ready' | 'error'>('loading');
	errorMessage = $state('');
	styleReady = $state(false);
	/** The view the map was last idle with (tiles, filters and camera), and the markers' view. */
	idleView = $state<string | undefined>();
	markersView = $state<string | undefined>();
	/** Where the markers are on screen (labels make way for them). */
	markerObstacles = $state.raw<Obstacle[]>([]);
	/** The frame the map was created with (not flown to again). */
	initialFit: MapFit | null = null;
	#view: () => string | undefined = () => undefined;
	#settles = 0;

	/** Creates the map in `container`; returns what destroys it. */
	start(container: HTMLElement, o: StartOptions): () => void {
		const t = dictionaries[o.lang];
		this.#view = o.view;
		if (!webglAvailable()) {
			this.state = 'error';
			this.errorMessage = t.noWebgl;
			return () => {};
		}
		let disposed = false;
		let observer: ResizeObserver | undefined;
		let detach: (() => void) | void;
		(async () => {
			// The first view (a picture in the HTML) paints first; MapLibre's module (preloaded)
			// is evaluated meanwhile, and the map is created after it.
			const loading = loadMaplibre();
			await afterFirstPaint();
			const maplibre = await loading;
			if (disposed) return;
			const origin = window.location.origin;
			const initialView = parseViewHash(window.location.hash);
			this.initialFit = untrack(o.fitTo);
			const frame = firstFrame(this.initialFit?.bbox);
			const m = new maplibre.Map({
				container,
				style: o.basemapStyleUrl ?? buildStyle(origin, o.versions, o.lang),
				...(initialView
					? {
							center: [initialView.lon, initialView.lat] as [number, number],
							zoom: initialView.zoom
						}
					: {
							bounds: frame.bbox,
							fitBoundsOptions: { padding: frame.padding, maxZoom: frame.maxZoom }
						}),
				attributionControl: { compact: true },
				maxZoom: MAP_MAX_ZOOM,
				minZoom: MAP_MIN_ZOOM,
				// Labels appear with their tiles instead of fading in for 300 ms: a view (the first
				// one, or one after a filter change) is complete a few frames sooner.
				fadeDuration: 0,
				locale: t.maplibre,
				cooperativeGestures: o.cooperative,
				dragRotate: false,
				pitchWithRotate: false,
				touchPitch: false
			});
			m.touchZoomRotate.disableRotation();
			m.keyboard.disableRotation();
			this.map = m;
			m.addControl(new maplibre.NavigationControl({ showCompass: false }), 'bottom-right');
			m.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
			// Published once the map shows (its attribution folds while it loads): the legend and
			// the panel do not move while the first view is on screen.
			m.once('idle', () => {
				if (!disposed) observer = publishControls(m, container.parentElement?.parentElement);
			});
			if (o.basemapStyleUrl) addOwnLayers(m, origin, o.versions, o.lang);
			provideObstacleImage(m);
			m.on('error', (e) => console.error('map error', e.error?.message ?? e));
			m.once('idle', () => {
				this.styleReady = true;
				this.state = 'idle';
				this.idleView = untrack(this.#view);
				this.#loadOverlay(m, () => disposed);
			});
			// The view lives in the hash (#widok=zoom/lat/lon), so a copied link reopens it.
			const reportView = () => {
				const c = m.getCenter();
				const hash = formatViewHash({ zoom: m.getZoom(), lat: c.lat, lon: c.lng });
				const b = m.getBounds();
				o.onview?.(hash, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
			};
			m.on('moveend', reportView);
			// A map that starts where it should never moves: report its first view too.
			m.once('load', reportView);
			detach = o.oncreate?.(m);
			// A handle for the end-to-end tests and the benchmark (reading the view, projecting points).
			(window as unknown as { __mapaMap?: MapLibreMap }).__mapaMap = m;
		})().catch((err: unknown) => {
			this.state = 'error';
			if (noWebglError(err)) {
				clearFailedMap(container);
				this.errorMessage = t.noWebgl;
			} else
				this.errorMessage = `${t.mapError}: ${err instanceof Error ? err.message : String(err)}`;
		});

		return () => {
			disposed = true;
			detach?.();
			observer?.disconnect();
			this.overlay?.destroy();
			this.map?.remove();
		};
	}

	/** The markers' clustering (and the selection) load after the first view, off its critical path. */
	#loadOverlay(m: MapLibreMap, disposed: () => boolean) {
		void import('./overlay')
			.then(({ createOverlay }) =>
				createOverlay(m, (markers) => (this.markerObstacles = markers.map(markerObstacle)))
			)
			.then((overlay) => {
				if (disposed()) overlay.destroy();
				else this.overlay = overlay;
			})
			.catch((err: unknown) => {
				this.overlayState = 'error';
				console.error('overlay failed', err);
			});
	}

	/**
	 * New data for a rendered map: "loading" until MapLibre has drawn it, so tests and the
	 * benchmark can wait for the updated view as they wait for the first one. Only the latest call
	 * ends it.
	 */
	settle() {
		if (!this.map || this.state === 'error') return;
		this.state = 'loading';
		const m = this.map;
		const token = ++this.#settles;
		m.once('idle', () => {
			if (token !== this.#settles) return;
			this.state = 'idle';
			this.idleView = this.#view();
		});
		m.triggerRepaint();
	}
}
