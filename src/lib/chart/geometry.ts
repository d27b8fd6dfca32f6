// The chart's fixed measures in pixels: rows from top to bottom, mark sizes.
export const AXIS_HEIGHT = 26;
export const BAND_Y = 30;
export const BAND_HEIGHT = 24;
export const LANES_Y = 62;
export const LANE_HEIGHT = 72;
/** Within a lane: title baseline, point row centre, label baselines, bar rows. */
export const LANE_TITLE_BASELINE = 14;
export const POINT_Y = 32;
export const INLINE_BASELINE = 36;
export const BELOW_BASELINE = 50;
export const BAR_Y = [55, 63] as const;
export const BAR_HEIGHT = 6;
/** Below the lanes: room for the article's label. */
export const BOTTOM_PAD = 20;
/** Point radius by importance 1–3. */
export const RADIUS = { 1: 5, 2: 6, 3: 8 } as const;
export const CLUSTER_RADIUS = 10;
/** Width the server lays out for, before the browser measures the real one. */
export const DEFAULT_WIDTH = 1200;
/** Narrower than this, the chart scrolls inside its box instead of squeezing. */
export const MIN_WIDTH = 320;

export function chartHeight(laneCount: number): number {
	return LANES_Y + laneCount * LANE_HEIGHT + BOTTOM_PAD;
}
