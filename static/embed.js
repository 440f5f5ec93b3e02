/* Mapa Partnerstw: inserts the map into [data-mapa-partnerstw], sizes it, passes its messages on
   as DOM events. Documented at /osadz. EUPL-1.2 */
(function (w, d) {
	'use strict';
	if (w.MapaPartnerstw && w.MapaPartnerstw.scan) return w.MapaPartnerstw.scan();
	var ATTR = 'data-mapa-partnerstw';
	var own = /\/embed\.js([?#]|$)/;
	var script = d.currentScript;
	if (!script || !own.test(script.src)) {
		script = null;
		var all = d.getElementsByTagName('script');
		for (var i = all.length - 1; i >= 0 && !script; i--) if (own.test(all[i].src)) script = all[i];
	}
	if (!script) return;
	var origin = link(script.src).origin;
	var frames = [];

	function link(href) {
		var a = d.createElement('a');
		a.href = href;
		return a;
	}
	function clamp(n) {
		return Math.max(100, Math.min(5000, Math.round(n))) + 'px';
	}
	function find(test) {
		for (var i = 0; i < frames.length; i++) if (test(frames[i])) return frames[i];
	}

	function scan() {
		var els = d.querySelectorAll('[' + ATTR + ']:not([' + ATTR + '-ready])');
		for (var i = 0; i < els.length; i++) {
			var el = els[i];
			var url = link(el.getAttribute(ATTR));
			el.setAttribute(ATTR + '-ready', '');
			if (url.origin !== origin || url.pathname !== '/embed') {
				if (w.console)
					console.warn('Mapa Partnerstw: ' + ATTR + ' must be ' + origin + '/embed?...');
				continue;
			}
			var h = /[?&]wysokosc=(\d+)/.exec(url.search);
			var f = d.createElement('iframe');
			f.src = url.href;
			f.title = el.getAttribute('data-title') || 'Mapa partnerstw samorz\u0105d\u00f3w';
			f.setAttribute('loading', 'lazy');
			f.setAttribute('allow', 'fullscreen');
			// Tells the map that this frame follows its content's height (see AUTO_SIZE_NAME).
			f.name = 'mapa-partnerstw-auto';
			f.style.cssText = 'border:0;width:100%;display:block;height:' + (h ? clamp(+h[1]) : '500px');
			el.appendChild(f);
			frames.push({ el: el, f: f });
		}
	}

	w.addEventListener('message', function (e) {
		var m = e.data;
		// Inside a sandboxed frame (a page builder that sandboxes custom HTML) the map's origin is
		// "null": the message is still ours when it comes from a frame this script inserted.
		if (e.origin !== origin && e.origin !== 'null') return;
		if (!m || m.source !== 'mapa-partnerstw' || m.version !== 1) return;
		var fr = find(function (x) {
			return x.f.contentWindow === e.source;
		});
		if (!fr) return;
		fr.o = e.origin;
		if (m.type === 'resize' && typeof m.height === 'number' && isFinite(m.height))
			fr.f.style.height = clamp(m.height);
		fr.el.dispatchEvent(new CustomEvent('mapa-partnerstw', { detail: m, bubbles: true }));
	});

	w.MapaPartnerstw = {
		// Posts a host command ({ type: 'setFilters' | 'select', ... }) to the map inside el.
		send: function (el, command) {
			var fr = find(function (x) {
				return x.el === el || x.f === el;
			});
			if (!fr || !fr.f.contentWindow || !command || typeof command !== 'object') return false;
			var msg = {};
			for (var k in command)
				if (Object.prototype.hasOwnProperty.call(command, k)) msg[k] = command[k];
			msg.source = 'mapa-partnerstw-host';
			msg.version = 1;
			// A sandboxed map (origin "null") can only be reached with "*"; the frame is ours, and the
			// map checks that commands come from its parent.
			fr.f.contentWindow.postMessage(msg, fr.o === 'null' ? '*' : origin);
			return true;
		},
		// Inserts the maps of containers added since the last scan.
		scan: scan
	};
	scan();
	if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', scan);
})(window, document);
