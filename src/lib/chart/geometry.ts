// The chart's fixed measures in pixels: rows from top to bottom, mark sizes.
export const AXIS_HEIGHT = 26;
export const BAND_Y = 30;
export const BAND_HEIGHT = 24;
export const LANES_Y = 62;
export const BAR_HEIGHT = 6;

/** Where things sit within a lane, from its top. */
export interface LaneGeometry {
	height: number;
	titleBaseline: number;
	/** The centre of the row of points. */
	pointY: number;
	/** Labels beside their mark, and (when there is a row for them) below the marks. */
	inlineBaseline: number;
	belowBaseline?: number;
	/** The two rows of range bars. */
	barY: readonly [number, number];
}

/** The explorer's lanes: a second row of labels below the marks. */
export const STANDARD_LANE: LaneGeometry = {
	height: 72,
	titleBaseline: 14,
	pointY: 32,
	inlineBaseline: 36,
	belowBaseline: 50,
	barY: [55, 63]
};

/** Lanes for a magnified chart (presentations): labels beside their marks only. */
export const COMPACT_LANE: LaneGeometry = {
	height: 54,
	titleBaseline: 13,
	pointY: 29,
	inlineBaseline: 33,
	barY: [39, 46]
};
/** Below the lanes: room for the article's label. */
export const BOTTOM_PAD = 20;
/** Point radius by importance 1–3. */
export const RADIUS = { 1: 5, 2: 6, 3: 8 } as const;
export const CLUSTER_RADIUS = 10;
/** Width the server lays out for, before the browser measures the real one. */
export const DEFAULT_WIDTH = 1200;
/** Narrower than this, the chart scrolls inside its box instead of squeezing. */
export const MIN_WIDTH = 320;

/** The whole drawing's height; `top` is room above the axis (the milestones' labels). */
export function chartHeight(
	laneCount: number,
	lane: LaneGeometry = STANDARD_LANE,
	top = 0
): number {
	return top + LANES_Y + laneCount * lane.height + BOTTOM_PAD;
}

/**
 * A position or length as drawn: to the hundredth of a pixel, which no screen shows, so the page
 * does not carry sixteen digits for each coordinate.
 */
export function px(value: number): number {
	return Math.round(value * 100) / 100;
}
