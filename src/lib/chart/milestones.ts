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
const GAP = 16;
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
	/** The label does not start or end at its rule: a leader line joins them. */
	leader: boolean;
}

interface Box {
	x0: number;
	x1: number;
}

/**
 * A row with one more label at its end, keeping the row in time order: the label goes where it
 * wants or just after the row's last, and if that runs past the edge, the row's labels move left to
 * make room. Undefined if they cannot; else the row's new boxes and how far, in all, labels moved.
 */
function appended(
	row: readonly Box[],
	wanted: number,
	length: number,
	width: number
): { boxes: Box[]; moved: number } | undefined {
	const last = row.at(-1);
	const x0 = Math.min(Math.max(wanted, last ? last.x1 + GAP : 0, 0), width - length);
	const boxes = [...row.map((b) => ({ ...b })), { x0, x1: x0 + length }];
	let moved = Math.abs(x0 - wanted);
	for (let i = boxes.length - 2; i >= 0; i--) {
		const box = boxes[i]!;
		const limit = boxes[i + 1]!.x0 - GAP;
		if (box.x1 <= limit) break;
		moved += box.x1 - limit;
		box.x0 -= box.x1 - limit;
		box.x1 = limit;
	}
	return boxes[0]!.x0 < 0 ? undefined : { boxes, moved };
}

/**
 * The milestones in view, each with its label placed whole: beside its rule (after it, or before it
 * at the right edge) in the row where labels move least. Within a row labels keep their time order,
 * so a leader line never crosses another milestone's label to reach its rule.
 */
export function placeMilestones(
	milestones: readonly Milestone[],
	scale: (time: number) => number,
	width: number
): PlacedMilestone[] {
	const rows: { boxes: Box[]; members: number[] }[] = Array.from(
		{ length: MILESTONE_ROWS },
		() => ({ boxes: [], members: [] })
	);
	const inView = milestones
		.map((milestone) => ({ milestone, x: scale(milestone.at) }))
		.filter(({ x }) => x >= 0 && x <= width)
		.sort((a, b) => a.x - b.x);
	const rowOf: number[] = [];
	inView.forEach(({ milestone, x }, index) => {
		// Bold type runs about a tenth wider than the regular type textWidth estimates.
		const length = textWidth(milestone.label, MILESTONE_FONT) * 1.1 + 2;
		const after = x + OFFSET;
		const wanted = after + length <= width ? after : Math.max(0, x - OFFSET - length);
		let best: { row: number; boxes: Box[]; moved: number } | undefined;
		rows.forEach((row, r) => {
			const trial = appended(row.boxes, wanted, length, width);
			if (trial && (!best || trial.moved < best.moved)) best = { row: r, ...trial };
		});
		// Wider than any room left (a very narrow chart): the top row takes it at the start, whole.
		const chosen = best ?? { row: 0, boxes: [...rows[0]!.boxes, { x0: 0, x1: length }] };
		rows[chosen.row]!.boxes = chosen.boxes;
		rows[chosen.row]!.members.push(index);
		rowOf[index] = chosen.row;
	});
	return inView.map(({ milestone, x }, index) => {
		const row = rowOf[index]!;
		const { x0, x1 } = rows[row]!.boxes[rows[row]!.members.indexOf(index)]!;
		// Beside its rule, a label needs nothing more; anywhere else a leader line reaches it.
		const beside = Math.min(Math.abs(x - x0), Math.abs(x - x1)) <= OFFSET + 1;
		return { milestone, x, x0, x1, row, leader: !beside };
	});
}
