/*
 * Dyad embed helper (optional). Include it once on a page with Dyad iframes:
 *   <iframe src="https://example.org/timeline/embed/?claim=syria" title="…" style="width:100%;border:0"></iframe>
 *   <script src="https://example.org/timeline/embed.js" async></script>
 * Each iframe then takes the height of its content, from the embed's version-1 'height' messages.
 * An iframe with a data-fixed-height attribute keeps its own height. Only Dyad iframes are sized:
 * an iframe whose src is an embed page of the site this script was loaded from (same origin, under
 * the same folder: <folder>/embed/ or <folder>/t/<slug>/embed/), whose message comes from that
 * origin in the documented shape. Every other message, frame or srcdoc frame is ignored.
 * It runs on arbitrary host pages, so it stays dependency-free ES5 (plus URL).
 */
(function () {
	'use strict';
	// The heights the embed itself uses (src/lib/embed/protocol.ts; a unit test keeps them equal).
	var MIN_HEIGHT = 150;
	var MAX_CONTENT_HEIGHT = 20000;

	/** The URL an address resolves to on this page, or null for one that does not parse. */
	function parseUrl(address) {
		try {
			return new URL(address, document.baseURI);
			// eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding.
		} catch (invalid) {
			return null;
		}
	}

	var script = document.currentScript;
	if (!script || !script.src || typeof URL !== 'function') return;
	var home = parseUrl(script.src);
	if (!home || (home.protocol !== 'http:' && home.protocol !== 'https:')) return;
	var origin = home.origin;
	// The folder the site is served from, e.g. "/courses/ir-101/timeline/".
	var folder = home.pathname.replace(/[^/]*$/, '');

	// One listener per Dyad site on the page, however often its script is included.
	var loaded = window.__dyadEmbed;
	if (!loaded || typeof loaded !== 'object') loaded = window.__dyadEmbed = {};
	if (loaded[origin + folder]) return;
	loaded[origin + folder] = true;

	/** Whether the iframe shows an embed page of this Dyad site. */
	function isDyadFrame(frame) {
		// srcdoc wins over src, and its document has the host page's origin, not Dyad's.
		if (frame.hasAttribute('srcdoc')) return false;
		var src = frame.getAttribute('src');
		if (!src) return false;
		var url = parseUrl(src);
		if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
		if (url.origin !== origin || url.pathname.indexOf(folder) !== 0) return false;
		return /^(?:t\/[^/]+\/)?embed\/(?:index\.html)?$/.test(url.pathname.slice(folder.length));
	}

	/** The height in whole px to give a frame, or undefined for a height that makes no sense. */
	function heightOf(value) {
		if (typeof value !== 'number' || !isFinite(value) || value <= 0) return undefined;
		return Math.min(Math.max(Math.round(value), MIN_HEIGHT), MAX_CONTENT_HEIGHT);
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var data = event.data;
		if (!data || data.protocol !== 'dyad-embed' || data.version !== 1) return;
		if (data.type !== 'height') return;
		var height = heightOf(data.height);
		if (height === undefined) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source) continue;
			if (isDyadFrame(frame) && !frame.hasAttribute('data-fixed-height')) {
				frame.style.height = height + 'px';
			}
			return;
		}
	});
})();
