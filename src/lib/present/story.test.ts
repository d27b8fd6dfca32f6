import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../model/build';
import { validTimeline } from '../validate/test-fixture';
import { validateTimeline } from '../validate/validate';
import { clampStep, parseStep, stepFocus } from './story';

function timeline() {
	const result = validateTimeline(JSON.stringify(validTimeline()), 'data/test.json');
	if (!result.ok) throw new Error('fixture is invalid');
	return buildTimeline('test', result.data);
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('stepFocus', () => {
	it("frames the step's own range, from the start of `from` to the end of `to`", () => {
		const focus = stepFocus({ caption: 'c', range: { from: '2014', to: '2015-09' } }, timeline());
		expect(focus.range).toEqual({ start: day('2014-01-01'), end: day('2015-10-01') });
		expect(focus.emphasis.size).toBe(0);
	});

	it('frames a named event with a margin of at least a year each side, and selects it', () => {
		const focus = stepFocus({ caption: 'c', event: 'first' }, timeline());
		expect(focus.event).toBe('first');
		expect(focus.range.start).toBeLessThan(day('2014-10-01'));
		expect(focus.range.end).toBeGreaterThan(day('2016-09-30'));
		expect(focus.range.end - focus.range.start).toBeLessThan(3 * 366 * 86_400_000);
	});

	it('frames a named period, and highlights the events linked to a named claim by relation', () => {
		const period = stepFocus({ caption: 'c', period: 'early' }, timeline());
		expect(period.period).toBe('early');
		expect(period.range.start).toBeLessThan(day('1989-01-01'));
		expect(period.range.end).toBeGreaterThan(day('2014-01-01'));
		const claim = stepFocus({ caption: 'c', claim: 'syria' }, timeline());
		expect([...claim.emphasis]).toEqual([['first', 'supports']]);
		expect(claim.range.start).toBeLessThan(day('2015-09-30'));
		expect(claim.range.end).toBeGreaterThan(day('2015-10-01'));
	});

	it('shows the whole timeline when a step names nothing to frame', () => {
		const data = timeline();
		expect(stepFocus({ caption: 'c' }, data).range).toEqual(data.span);
		expect(stepFocus({ caption: 'c', claim: 'since-2014' }, data).range).toEqual(data.span);
	});
});

describe('parseStep', () => {
	it('accepts whole numbers from 1 to the step count only', () => {
		expect(parseStep('1', 5)).toBe(1);
		expect(parseStep('5', 5)).toBe(5);
		for (const text of ['0', '6', '-1', '2.5', 'two', '', '1e1', ' 3', null, undefined]) {
			expect(parseStep(text, 5)).toBeUndefined();
		}
	});

	it('clamps a step into range', () => {
		expect(clampStep(0, 5)).toBe(1);
		expect(clampStep(9, 5)).toBe(5);
		expect(clampStep(3, 5)).toBe(3);
	});
});
