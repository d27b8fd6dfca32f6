import { describe, expect, it } from 'vitest';
import { validTimeline } from '../validate/test-fixture';
import { validateTimeline } from '../validate/validate';
import type { CslItem } from '../schema/csl';
import { buildTimeline, shortLabel } from './build';

function built() {
	const result = validateTimeline(JSON.stringify(validTimeline()), 'data/test.json');
	if (!result.ok) throw new Error('fixture is invalid');
	return buildTimeline('test', result.data);
}

describe('buildTimeline', () => {
	it('puts events in time order and parses their dates and summaries', () => {
		const timeline = built();
		expect(timeline.events.map((e) => e.date.iso)).toEqual(['2007', '2015-09-30']);
		expect(timeline.events[0]!.end).toMatchObject({ iso: '2016-10', precision: 'month' });
		expect(timeline.events[1]!.summaryText).toBe('Something happened.');
	});

	it('numbers the references from 1 in file order', () => {
		expect(built().references.map((r) => [r.number, r.item.id])).toEqual([
			[1, 'ref-one'],
			[2, 'ref-two']
		]);
	});

	it('gives defaults for the optional event fields', () => {
		expect(built().events[1]).toMatchObject({ actors: [], tags: [], importance: 1 });
	});
});

describe('shortLabel', () => {
	it.each<[Partial<CslItem>, string]>([
		[
			{ author: [{ family: 'Sadegi', given: 'E.' }], issued: { 'date-parts': [[2020]] } },
			'Sadegi 2020'
		],
		[{ author: [{ literal: 'UN Security Council' }] }, 'UN Security Council'],
		[{}, 'A title']
	])('names a work by first author and year: %j', (fields, label) => {
		expect(shortLabel({ id: 'x', type: 'book', title: 'A title', ...fields })).toBe(label);
	});
});
