// Below this width the timeline runs down the page (VerticalTimeline) instead of across (the chart).
// The same width is written in the styles that switch between them, as 37.49rem.
export const PHONE = '(max-width: 37.49rem)';
