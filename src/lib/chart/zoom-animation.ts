// Smooth moves between two zooms, as values: the scale changes geometrically, the centre linearly.
import type { ZoomValue } from './time-scale';

const easeCubicInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** The centre of the visible range, as a fraction of the full span. */
const centreOf = (zoom: ZoomValue) => (0.5 - zoom.x) / zoom.k;

/** The zoom at time t ∈ [0, 1] of the move from `from` to `to`, eased at both ends. */
export function zoomPath(from: ZoomValue, to: ZoomValue): (t: number) => ZoomValue {
	const c0 = centreOf(from);
	const c1 = centreOf(to);
	const logK0 = Math.log(from.k);
	const logK1 = Math.log(to.k);
	return (t) => {
		if (t >= 1) return to;
		const e = easeCubicInOut(Math.max(0, t));
		const k = Math.exp(logK0 + (logK1 - logK0) * e);
		const centre = c0 + (c1 - c0) * e;
		return { k, x: 0.5 - centre * k };
	};
}
