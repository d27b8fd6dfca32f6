import { describe, expect, it } from 'vitest';
import { timeline } from '../../../../tests/timeline-data';
import { timelineIndex, viewOf } from './timeline-index';

const data = { timeline, citations: [], articleCitation: undefined };

describe('timelineIndex and viewOf', () => {
	it('index the events and claims, and know what a view may name', () => {
		const index = timelineIndex(data);
		expect(index.byId.size).toBe(timeline.events.length);
		expect(index.claims.get('syria')?.id).toBe('syria');
		expect(index.context.laneIds).toEqual(timeline.lanes.map((l) => l.id));
		expect(index.span.start).toBeLessThan(index.span.end);
	});

	it('work out the shown events and lanes, the marks and the open event of a view', () => {
		const { byId } = timelineIndex(data);
		const event = timeline.events.find((e) => e.lane === 'operations')!;
		const shown = viewOf(
			timeline,
			{ lanes: ['operations'], claim: 'syria', event: event.id },
			byId
		);
		expect(shown.lanes.map((l) => l.id)).toEqual(['operations']);
		expect(shown.shown.every((e) => e.lane === 'operations')).toBe(true);
		expect([...shown.emphasis.keys()].every((id) => byId.get(id)?.lane === 'operations')).toBe(
			true
		);
		expect(shown.emphasis.size).toBeGreaterThan(0);
		expect(shown.selected).toBe(event);
	});
});
