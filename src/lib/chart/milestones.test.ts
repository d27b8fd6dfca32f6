import { describe, expect, it } from 'vitest';
import type { Milestone } from '../model/timeline';
import { MILESTONE_FONT, MILESTONE_ROWS, placeMilestones } from './milestones';
import { textWidth } from './labels';
import { timeScale } from './time-scale';

function milestone(id: string, iso: string, label: string): Milestone {
	const at = Date.parse(`${iso}T12:00:00Z`);
	return {
		id,
		label,
		date: { iso, precision: 'day', label: iso } as Milestone['date'],
		when: iso,
		at
	};
}

const scale = (width: number) => timeScale([Date.UTC(1989, 0, 1), Date.UTC(2026, 0, 1)], width);
const milestones = [
	milestone('turn', '2014-03-17', '2014: the turn'),
	milestone('syria', '2015-09-30', "Russia's air campaign in Syria"),
	milestone('un', '2020-10-18', 'UN arms restrictions end')
];

function overlapping(placed: ReturnType<typeof placeMilestones>): boolean {
	return placed.some((a, i) =>
		placed.some((b, j) => i < j && a.row === b.row && a.x0 < b.x1 && b.x0 < a.x1)
	);
}

describe('placeMilestones', () => {
	it('puts a lone label beside its rule in the top row', () => {
		const [placed] = placeMilestones([milestones[0]!], scale(1200), 1200);
		expect(placed!.row).toBe(0);
		expect(placed!.leader).toBe(false);
		expect(placed!.x0).toBeGreaterThan(placed!.x);
	});

	it('keeps every label whole, inside the plot and clear of the others, at any width', () => {
		for (const width of [320, 600, 1000, 1256, 1800]) {
			const placed = placeMilestones(milestones, scale(width), width);
			expect(placed.map((p) => p.milestone.id)).toEqual(['turn', 'syria', 'un']);
			for (const p of placed) {
				expect(p.x1 - p.x0).toBeGreaterThanOrEqual(textWidth(p.milestone.label, MILESTONE_FONT));
				expect(p.x0).toBeGreaterThanOrEqual(0);
				expect(p.x1).toBeLessThanOrEqual(width);
				expect(p.row).toBeLessThan(MILESTONE_ROWS);
			}
			expect(overlapping(placed), `width ${width}`).toBe(false);
		}
	});

	it('joins a label moved away from its rule with a leader line', () => {
		// Two rows give four places beside a rule (after and before it in each): five need a leader.
		const crowded = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
			milestone(id, `2015-09-2${i}`, `Milestone ${id} of five close`)
		);
		const placed = placeMilestones(crowded, scale(800), 800);
		expect(overlapping(placed)).toBe(false);
		expect(placed.filter((p) => p.leader).length).toBeGreaterThan(0);
		for (const p of placed.filter((p) => !p.leader)) {
			expect(Math.min(Math.abs(p.x0 - p.x), Math.abs(p.x1 - p.x))).toBeLessThan(6);
		}
	});

	it('keeps labels in time order within a row, so no leader crosses another rule', () => {
		for (const width of [600, 820, 1000, 1256, 1800]) {
			const placed = placeMilestones(milestones, scale(width), width);
			for (const a of placed)
				for (const b of placed)
					if (a.row === b.row && a.x < b.x) expect(a.x1, `width ${width}`).toBeLessThan(b.x0);
			for (const p of placed) {
				// Between a label and its rule stands no other milestone's rule.
				const [from, to] = p.x < p.x0 ? [p.x, p.x0] : p.x > p.x1 ? [p.x1, p.x] : [p.x, p.x];
				const between = placed.filter((q) => q !== p && q.x > from && q.x < to);
				expect(between, `width ${width}: ${p.milestone.id}`).toEqual([]);
			}
		}
	});

	it('turns a label at the right edge to the left of its rule', () => {
		const late = milestone('late', '2025-12-01', 'Late in the span');
		const [placed] = placeMilestones([late], scale(1000), 1000);
		expect(placed!.x1).toBeLessThanOrEqual(placed!.x);
		expect(placed!.leader).toBe(false);
	});

	it('draws only the milestones in view', () => {
		const zoomed = timeScale([Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)], 1000);
		expect(placeMilestones(milestones, zoomed, 1000).map((p) => p.milestone.id)).toEqual(['syria']);
	});
});
