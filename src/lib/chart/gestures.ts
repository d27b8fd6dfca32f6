// What wheel, drag and pinch do to a zoom, as pure functions of the zoom value and pointer positions.
// Positions are fractions of the plot's width (0 at the left edge, 1 at the right).
import { clampZoom, type ZoomValue } from './time-scale';

/** How far one wheel pixel zooms (d3-zoom's default), and a line or page in pixels. */
const WHEEL_RATE = 0.002;
const LINE = 16;
const PAGE = 400;

/** The zoom factor a wheel event asks for; pinch on a trackpad arrives as a wheel with ctrl held. */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
	const pixels = deltaY * (deltaMode === 1 ? LINE : deltaMode === 2 ? PAGE : 1);
	return 2 ** (-pixels * WHEEL_RATE * (ctrlKey ? 5 : 1));
}

/** Zooms by `factor` keeping the time under `at` where it is, within [1, maxK]. */
export function zoomAround(zoom: ZoomValue, factor: number, at: number, maxK: number): ZoomValue {
	const k = Math.min(maxK, Math.max(1, zoom.k * factor));
	return clampZoom({ k, x: at - ((at - zoom.x) * k) / zoom.k });
}

/** Moves the view by `dx` (a fraction of the width): dragging right brings earlier dates in. */
export function panBy(zoom: ZoomValue, dx: number): ZoomValue {
	return clampZoom({ k: zoom.k, x: zoom.x + dx });
}

/**
 * Two fingers: the zoom at which the times first under the fingers (`from`) are now under them
 * (`to`), as far as the limits allow. Uses their midpoint and their distance.
 */
export function pinch(
	zoom: ZoomValue,
	from: [number, number],
	to: [number, number],
	maxK: number
): ZoomValue {
	const before = Math.abs(from[1] - from[0]);
	const after = Math.abs(to[1] - to[0]);
	const factor = before > 1e-6 ? after / before : 1;
	const mid0 = (from[0] + from[1]) / 2;
	const mid1 = (to[0] + to[1]) / 2;
	return panBy(zoomAround(zoom, factor, mid0, maxK), mid1 - mid0);
}
