import { describe, expect, it } from 'vitest';
import {
	lanesShown,
	parseView,
	rangeOf,
	serializeView,
	viewHref,
	viewSpan,
	type ViewContext,
	type ViewState
} from './view-state';

const context: ViewContext = {
	eventIds: new Set(['syria-2015', 'treaty-2025']),
	claimIds: new Set(['syria', 'since-2014']),
	refIds: new Set(['sadegi-2020', 'reuters-1']),
	laneIds: ['arms', 'nuclear', 'operations']
};

const parse = (query: string) => parseView(new URLSearchParams(query), context);

describe('parseView', () => {
	it('reads every known key', () => {
		expect(
			parse(
				'from=2015-01&to=2016&event=syria-2015&claim=syria&ref=reuters-1&lanes=operations,arms&q=S-300&cal=persian'
			)
		).toEqual({
			from: '2015-01',
			to: '2016',
			event: 'syria-2015',
			claim: 'syria',
			ref: 'reuters-1',
			lanes: ['arms', 'operations'],
			q: 'S-300',
			cal: 'persian'
		});
	});

	it('knows two calendars and ignores any other', () => {
		expect(parse('cal=gregorian')).toEqual({ cal: 'gregorian' });
		expect(parse('cal=julian')).toEqual({});
		expect(parse('cal=Persian')).toEqual({});
	});

	it('gives the default view for nothing', () => {
		expect(parse('')).toEqual({});
	});

	it.each([
		['unknown keys', 'colour=red&zoom=9'],
		['an impossible date', 'from=2015-02-30&to=2016'],
		['a range that ends before it starts', 'from=2016&to=2015'],
		['half a range', 'from=2015'],
		['words for dates', 'from=yesterday&to=today'],
		['unknown ids', 'event=nope&claim=syira&ref=x'],
		['unknown lanes only', 'lanes=zzz,yyy'],
		['every lane (the default)', 'lanes=arms,nuclear,operations'],
		['an empty search', 'q=%20%20']
	])('falls back to the default for %s', (_, query) => {
		expect(parse(query)).toEqual({});
	});

	it('keeps the good keys when others are bad', () => {
		expect(parse('event=syria-2015&claim=nope&lanes=arms,zzz')).toEqual({
			event: 'syria-2015',
			lanes: ['arms']
		});
	});

	it('caps a long search', () => {
		expect(parse(`q=${'a'.repeat(500)}`).q).toHaveLength(200);
	});
});

describe('serializeView', () => {
	it('round-trips through parseView', () => {
		const views: ViewState[] = [
			{},
			{ event: 'syria-2015' },
			{ from: '2015-06-01', to: '2015-12-31', claim: 'syria', lanes: ['nuclear'] },
			{ ref: 'sadegi-2020', q: 'Bushehr fuel' }
		];
		for (const view of views) expect(parse(serializeView(view).toString())).toEqual(view);
	});

	it('writes only what differs from the default, in a fixed order', () => {
		expect(
			serializeView({ q: 'x', event: 'syria-2015', from: '2015', to: '2016' }).toString()
		).toBe('from=2015&to=2016&event=syria-2015&q=x');
		expect(serializeView({ from: '2015' }).toString()).toBe('');
	});

	it('replaces the view in the query, keeps what else it says, and drops the fragment', () => {
		expect(viewHref('https://example.org/sub/?event=a&t=mine#x', { claim: 'syria' })).toBe(
			'https://example.org/sub/?t=mine&claim=syria'
		);
	});
});

describe('ranges', () => {
	it('covers whole dates at their precision, and back to days', () => {
		const span = viewSpan({ from: '2015', to: '2016-02' })!;
		expect(new Date(span.start).toISOString().slice(0, 10)).toBe('2015-01-01');
		expect(new Date(span.end).toISOString().slice(0, 10)).toBe('2016-03-01');
		expect(rangeOf(span)).toEqual({ from: '2015-01-01', to: '2016-02-29' });
	});
});

describe('viewContextOf and lanesShown', () => {
	it("take a timeline's ids, and keep the lanes a view names in the timeline's order", () => {
		const lanes = [
			{ id: 'arms', label: 'Arms' },
			{ id: 'nuclear', label: 'Nuclear' },
			{ id: 'operations', label: 'Operations' }
		];
		expect(lanesShown(lanes, { lanes: ['operations', 'arms'] }).map((l) => l.id)).toEqual([
			'arms',
			'operations'
		]);
		expect(lanesShown(lanes, {})).toBe(lanes);
	});
});
