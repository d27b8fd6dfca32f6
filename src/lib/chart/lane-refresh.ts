// During and after a gesture the lanes as last laid out are moved and stretched to follow the view,
// and at most one lane a frame is laid out anew: the stalest. A frame then costs one lane's layout
// at most, however many events the chart holds.
import { OVERSCAN } from './marks';
import { sameDomain, type Domain } from './time-scale';

/** A lane as laid out: for which visible range, and how far (px) past each side of the plot. */
export interface LaidOut {
	domain: Domain;
	overscan: number;
}

/** A gesture lays a lane out again once it has zoomed this much (either way) since its layout. */
export const REFRESH_STRETCH = 1.1;

/** How a lane laid out for `laid` is drawn in the view: stretched, then shifted (px). */
export function placement(
	laid: Domain,
	view: Domain,
	width: number
): { stretch: number; shift: number } {
	const length = view[1] - view[0];
	return {
		stretch: (laid[1] - laid[0]) / length,
		shift: ((laid[0] - view[0]) / length) * width
	};
}

/** Whether what was laid out, with its overscan, still covers the visible range. */
export function covers(laid: LaidOut, view: Domain, width: number): boolean {
	const laidPerPx = (laid.domain[1] - laid.domain[0]) / width;
	return (
		laid.domain[0] - laid.overscan * laidPerPx <= view[0] &&
		laid.domain[1] + laid.overscan * laidPerPx >= view[1]
	);
}

/**
 * How badly a lane needs laying out again: 0 not at all, Infinity when it no longer covers the
 * view. During a gesture a lane that is only moved, or stretched less than REFRESH_STRETCH, waits;
 * once the gesture ends, every lane not laid out for exactly the view is stale.
 */
export function staleness(laid: LaidOut, view: Domain, width: number, gesturing: boolean): number {
	if (!covers(laid, view, width)) return Infinity;
	const off = Math.abs(Math.log(placement(laid.domain, view, width).stretch));
	if (gesturing) return off >= Math.log(REFRESH_STRETCH) ? off : 0;
	return sameDomain(laid.domain, view) && laid.overscan === OVERSCAN ? 0 : off + 1e-6;
}

/** The index of the lane to lay out next, or -1 when none needs it. */
export function stalest(
	lanes: readonly LaidOut[],
	view: Domain,
	width: number,
	gesturing: boolean
): number {
	let worst = -1;
	let most = 0;
	lanes.forEach((lane, index) => {
		const value = staleness(lane, view, width, gesturing);
		if (value > most) {
			most = value;
			worst = index;
		}
	});
	return worst;
}
