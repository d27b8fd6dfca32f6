// Below this width the timeline runs down the page (VerticalTimeline) instead of across (the chart).
// The same width is written in the styles that switch between them, as 37.49rem.
export const PHONE = '(max-width: 37.49rem)';

/** From this width the chart is shown, and comes to life; below it, it stays as the server drew it. */
export const WIDE = '(min-width: 37.5rem)';
