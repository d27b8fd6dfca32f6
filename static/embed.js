/*
 * Dyad embed helper (optional). Include it once on a page with Dyad iframes:
 *   <iframe src="https://example.org/timeline/embed/?claim=syria" title="…" style="width:100%;border:0"></iframe>
 *   <script src="https://example.org/timeline/embed.js" async></script>
 * Each iframe then takes the height of its content, from the embed's version-1 'height' messages.
 * An iframe with a data-fixed-height attribute keeps its own height. Messages that do not come from
 * a Dyad iframe on this page, from its own origin, in the documented shape, are ignored.
 */
(function () {
	'use strict';
	if (window.__dyadEmbed) return;
	window.__dyadEmbed = true;
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.protocol !== 'dyad-embed' || data.version !== 1) return;
		if (data.type !== 'height' || typeof data.height !== 'number') return;
		if (!(data.height > 0 && data.height < 20000)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source) continue;
			var origin;
			try {
				origin = new URL(frame.src, location.href).origin;
			} catch {
				return;
			}
			if (origin !== event.origin || frame.hasAttribute('data-fixed-height')) return;
			frame.style.height = Math.ceil(data.height) + 'px';
			return;
		}
	});
})();
