// Where a behaviour on the chart's SVG listens for an event type.

/**
 * Where to listen for `type` on `svg`. Chromium makes an SVG element that has focus listeners
 * focusable itself, a tab stop of its own before its marks: focus events are heard on the HTML box
 * around it instead, where they bubble all the same.
 */
export function listenerHost(svg: SVGSVGElement, type: string): Element {
	return type.startsWith('focus') ? (svg.parentElement ?? svg) : svg;
}
