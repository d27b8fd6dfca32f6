import { describe, expect, it } from 'vitest';
import type { Milestone, Period } from '../model/timeline';
import { event } from './test-events';
import { SOLAR_HIJRI_YEARS } from './solar-hijri-ticks';
import { SHOWN_PER_YEAR, yearBlocks } from './vertical';

function milestone(id: string, at: string, eventId?: string): Milestone {
	const time = Date.parse(`${at}T12:00:00Z`);
	return {
		id,
		label: id,
		...(eventId ? { event: eventId } : {}),
		date: { iso: at } as Milestone['date'],
		when: at,
		at: time
	};
}

function period(id: string, from: number, to: number): Period {
	return {
		id,
		label: id,
		discourse: 'friend',
		span: { start: Date.UTC(from, 0, 1), end: Date.UTC(to + 1, 0, 1) }
	} as Period;
}

const ids = (items: ReturnType<typeof yearBlocks>[number]['items']) =>
	items.map((item) => (item.kind === 'event' ? item.event.id : `milestone:${item.milestone.id}`));

describe('yearBlocks', () => {
	it('groups by Solar Hijri years when dates are written so: Nowruz begins the year', () => {
		const blocks = yearBlocks(
			[event('a', '2015-03-20'), event('b', '2015-03-21'), event('c', '2016-03-19')],
			[],
			[],
			SOLAR_HIJRI_YEARS
		);
		expect(blocks.map((b) => [b.year, ids(b.items)])).toEqual([
			[1393, ['a']],
			[1394, ['b', 'c']]
		]);
		expect(SOLAR_HIJRI_YEARS.startOf(1403)).toBe(Date.UTC(2024, 2, 20));
		expect(SOLAR_HIJRI_YEARS.startOf(1404)).toBe(Date.UTC(2025, 2, 21));
	});

	it('groups events by the year they start in, years in order, events in time order', () => {
		const blocks = yearBlocks(
			[event('a', '2001-05'), event('b', '2001-09-30'), event('c', '2003/2005')],
			[],
			[]
		);
		expect(blocks.map((b) => b.year)).toEqual([2001, 2003]);
		expect(ids(blocks[0]!.items)).toEqual(['a', 'b']);
		expect(ids(blocks[1]!.items)).toEqual(['c']);
	});

	it('puts a milestone among the events at its date, just before the event that dates it', () => {
		const events = [event('a', '2015-03-01'), event('syria', '2015-09-30'), event('z', '2015-12')];
		const [block] = yearBlocks(
			events,
			[milestone('turn', '2015-06-01'), milestone('air', '2015-09-30', 'syria')],
			[]
		);
		expect(ids(block!.items)).toEqual(['a', 'milestone:turn', 'milestone:air', 'syria', 'z']);
	});

	it('gives a year with only a milestone a block of its own', () => {
		const blocks = yearBlocks([event('a', '2019')], [milestone('un', '2020-10-18')], []);
		expect(blocks.map((b) => [b.year, ids(b.items)])).toEqual([
			[2019, ['a']],
			[2020, ['milestone:un']]
		]);
	});

	it('folds a crowded year, keeping the milestone event and the most important ones', () => {
		const events = Array.from({ length: 9 }, (_, i) =>
			event(`e${i}`, `2015-0${i + 1}-01`, 'a', { importance: i === 7 ? 3 : 1 })
		);
		const [block] = yearBlocks(events, [milestone('m', '2015-09-01', 'e8')], []);
		const shown = block!.items.filter((item) => item.kind === 'event');
		expect(shown).toHaveLength(SHOWN_PER_YEAR);
		expect(ids(shown)).toEqual(['e0', 'e1', 'e7', 'e8']);
		expect(block!.folded.map((e) => e.id)).toEqual(['e2', 'e3', 'e4', 'e5', 'e6']);
		// Nothing is lost: shown and folded are the year's events.
		expect(shown.length + block!.folded.length).toBe(events.length);
	});

	it('does not fold a year with one event more than it shows', () => {
		const events = Array.from({ length: SHOWN_PER_YEAR + 1 }, (_, i) =>
			event(`e${i}`, `2015-0${i + 1}`)
		);
		expect(yearBlocks(events, [], [])[0]!.folded).toEqual([]);
	});

	it('colours each year by the period in force mid-year and names the periods that begin in it', () => {
		const periods = [period('freeze', 2010, 2014), period('turn', 2014, 2019)];
		const blocks = yearBlocks([event('a', '2012'), event('b', '2014-03')], [], periods);
		expect(blocks.map((b) => b.period?.id)).toEqual(['freeze', 'turn']);
		expect(blocks.map((b) => b.starts.map((p) => p.id))).toEqual([[], ['turn']]);
	});
});
