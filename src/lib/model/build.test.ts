import { afterEach, describe, expect, it, vi } from 'vitest';
import { validTimeline } from '../validate/test-fixture';
import { validateTimeline } from '../validate/validate';
import type { CslItem } from '../schema/csl';
import type { TimelineData } from '../schema/timeline';
import { buildTimeline, shortLabel } from './build';

/** The fixture's timeline, built after `change` alters its validated data. */
function built(change: (data: TimelineData) => void = () => {}) {
	const result = validateTimeline(JSON.stringify(validTimeline()), 'data/test.json');
	if (!result.ok) throw new Error('fixture is invalid');
	change(result.data);
	return buildTimeline('test', result.data);
}

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

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

describe('spans, computed once by the model', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('gives each event its span, end exclusive, and the middle of it', () => {
		const [first, second] = built().events;
		expect(first!.span).toEqual({ start: utc('2007-01-01'), end: utc('2016-11-01') });
		expect(first!.mid).toBe((utc('2007-01-01') + utc('2016-11-01')) / 2);
		expect(second!.span).toEqual({ start: utc('2015-09-30'), end: utc('2015-10-01') });
		expect(second!.mid).toBe(utc('2015-09-30') + 12 * 3_600_000);
	});

	it('gives each period its span, from its start to the end of its end year', () => {
		expect(built().periods[0]!.span).toEqual({ start: utc('1989-01-01'), end: utc('2014-01-01') });
	});

	it('spans the timeline from the earliest event or period start to the latest event end', () => {
		const timeline = built();
		expect(timeline.span).toEqual({ start: utc('1989-01-01'), end: utc('2016-11-01') });
		expect(timeline.years).toEqual({ first: 2007, last: 2016 });
	});

	it('spans the current UTC year when there are no events', () => {
		vi.useFakeTimers({ now: utc('2031-07-04') });
		const timeline = built((data) => {
			data.events = [];
		});
		expect(timeline.span).toEqual({ start: utc('2031-01-01'), end: utc('2032-01-01') });
		expect(timeline.years).toBeUndefined();
	});

	it('spans the article by the date its publication was issued, at that date’s precision', () => {
		const timeline = built((data) => {
			data.article!.publication.issued = { 'date-parts': [[2020, 6]] };
		});
		expect(timeline.article!.span).toEqual({ start: utc('2020-06-01'), end: utc('2020-07-01') });
	});

	it('leaves the article without a span when its publication has no date', () => {
		expect(built().article).not.toHaveProperty('span');
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
