// What each step of a story shows: the camera's time range and what it highlights.
import { emphasisOf, type Emphasis } from '../view/filter';
import { max, min } from 'd3-array';
import type { Span } from '../dates/partial-date';
import { rangeOf, viewSpan, type ViewState } from '../view/view-state';
import type { Story, BrowserTimeline } from '../model/timeline';

export type Step = Story['steps'][number];

export interface StepFocus {
	/** The time range the camera frames. */
	range: Span;
	event?: string;
	claim?: string;
	period?: string;
	/** How the highlighted events are marked: their relation to the step's claim. */
	emphasis: Map<string, Emphasis>;
}

const YEAR = 365.25 * 86_400_000;

/** `span` widened by `share` of its length on each side, and by at least `least` ms. */
function padded(span: Span, share: number, least: number): Span {
	const pad = Math.max((span.end - span.start) * share, least);
	return { start: span.start - pad, end: span.end + pad };
}

/** The span of what a step names, when it gives no range of its own. */
function namedSpan(step: Step, timeline: BrowserTimeline): Span | undefined {
	const event = step.event ? timeline.events.find((e) => e.id === step.event) : undefined;
	if (event) return padded(event.span, 0.25, YEAR);
	const period = step.period ? timeline.periods.find((p) => p.id === step.period) : undefined;
	if (period) return padded(period.span, 0.1, YEAR / 4);
	if (step.claim) {
		const linked = timeline.events.filter((e) => e.claims.some((c) => c.id === step.claim));
		if (linked.length === 0) return undefined;
		const all = {
			start: min(linked, (e) => e.span.start) as number,
			end: max(linked, (e) => e.span.end) as number
		};
		return padded(all, 0.05, YEAR / 2);
	}
	return undefined;
}

/** What a step shows: its own range, else a frame around what it names, else the whole timeline. */
export function stepFocus(step: Step, timeline: BrowserTimeline): StepFocus {
	const own = step.range ? viewSpan({ from: step.range.from, to: step.range.to }) : undefined;
	return {
		range: own ?? namedSpan(step, timeline) ?? timeline.span,
		...(step.event ? { event: step.event } : {}),
		...(step.claim ? { claim: step.claim } : {}),
		...(step.period ? { period: step.period } : {}),
		emphasis: step.claim ? emphasisOf(timeline.events, { claim: step.claim }) : new Map()
	};
}

/** A step number from a URL segment: a whole number from 1 to `count`, else undefined. */
export function parseStep(text: string | null | undefined, count: number): number | undefined {
	if (!text || !/^\d{1,4}$/.test(text)) return undefined;
	const step = Number(text);
	return step >= 1 && step <= count ? step : undefined;
}

/** `step` moved by `by`, kept within 1..count. */
export function clampStep(step: number, count: number): number {
	return Math.min(count, Math.max(1, Math.round(step)));
}

/** What a step shows as a view: its own range in its own words (else the frame, to the day), its
 * event and its claim. */
export function stepView(step: Step, timeline: BrowserTimeline): ViewState {
	const focus = stepFocus(step, timeline);
	return {
		...(step.range ? { from: step.range.from, to: step.range.to } : rangeOf(focus.range)),
		...(focus.event ? { event: focus.event } : {}),
		...(focus.claim ? { claim: focus.claim } : {})
	};
}
