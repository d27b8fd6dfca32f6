// Where the milestones go at a zoom: a rule at each one's date and its label, whole, in a strip above
// the plot; labels that would collide move to a second row or along it, joined to their rule by a
// leader line.
import type { Milestone } from '../model/timeline';
import { textWidth } from './labels';

/** Label size (px): bold, a little smaller than mark labels. */
export const MILESTONE_FONT = 11;
/** Height of one row of labels. */
export const MILESTONE_ROW = 15;
export const MILESTONE_ROWS = 2;
/** The strip above the axis that holds the labels, when a timeline has milestones. */
export const MILESTONE_STRIP = MILESTONE_ROWS * MILESTONE_ROW + 6;
/** Space kept between labels in a row, and between a rule and its label. */
const GAP = 10;
const OFFSET = 3;

export interface PlacedMilestone {
	milestone: Milestone;
	/** Where its rule is drawn. */
	x: number;
	/** Its label's box, from x0 (where the text starts) to x1. */
	x0: number;
	x1: number;
	/** 0 is the top row. */
	row: number;
	/** The label stands apart from its rule: a leader line joins them. */
	leader: boolean;
}

/** The free start nearest `wanted` for a box of `length` in a row, or undefined if none fits. */
function nearestFree(
	taken: readonly { x0: number; x1: number }[],
	wanted: number,
	length: number,
	width: number
): number | undefined {
	// Candidates: where it wants to be, and hard against either side of each box already there.
	const starts = [wanted, ...taken.flatMap((b) => [b.x1 + GAP, b.x0 - GAP - length])];
	let best: number | undefined;
	for (const start of starts) {
		const x0 = Math.min(Math.max(0, start), width - length);
		if (x0 < 0 || taken.some((b) => x0 < b.x1 + GAP && b.x0 - GAP < x0 + length)) continue;
		if (best === undefined || Math.abs(x0 - wanted) < Math.abs(best - wanted)) best = x0;
	}
	return best;
}

/**
 * The milestones in view, each with its label placed whole: beside its rule (after it, or before it
 * at the right edge) in the first row where it fits, else where it moves least in either row.
 */
export function placeMilestones(
	milestones: readonly Milestone[],
	scale: (time: number) => number,
	width: number
): PlacedMilestone[] {
	const rows: { x0: number; x1: number }[][] = Array.from({ length: MILESTONE_ROWS }, () => []);
	const placed: PlacedMilestone[] = [];
	const inView = milestones
		.map((milestone) => ({ milestone, x: scale(milestone.at) }))
		.filter(({ x }) => x >= 0 && x <= width)
		.sort((a, b) => a.x - b.x);
	for (const { milestone, x } of inView) {
		// Bold type runs about a tenth wider than the regular type textWidth estimates.
		const length = textWidth(milestone.label, MILESTONE_FONT) * 1.1 + 2;
		const after = x + OFFSET;
		const wanted = after + length <= width ? after : Math.max(0, x - OFFSET - length);
		let best: { row: number; x0: number } | undefined;
		rows.forEach((taken, row) => {
			const x0 = nearestFree(taken, wanted, length, width);
			if (x0 === undefined) return;
			if (!best || Math.abs(x0 - wanted) < Math.abs(best.x0 - wanted)) best = { row, x0 };
		});
		// Wider than any room left (a very narrow chart): the top row takes it at the start, whole.
		const { row, x0 } = best ?? { row: 0, x0: 0 };
		const x1 = x0 + length;
		rows[row]!.push({ x0, x1 });
		placed.push({
			milestone,
			x,
			x0,
			x1,
			row,
			leader: x < x0 - OFFSET - 1 || x > x1 + OFFSET + 1
		});
	}
	return placed;
}
