import { describe, expect, it } from 'vitest';
import type { TimelineInput } from '../schema/timeline';
import { validTimeline } from './test-fixture';
import { reportLines, validateTimeline } from './validate';

type Mutation = (t: TimelineInput) => void;

/** Line and column of the `nth` (1-based) occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, nth: number): string {
	let at = -1;
	for (let i = 0; i < nth; i++) {
		at = text.indexOf(needle, at + 1);
		if (at < 0) throw new Error(`${needle} occurs fewer than ${nth} times`);
	}
	const before = text.slice(0, at).split('\n');
	return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

function sourceOf(mutate: Mutation): string {
	const timeline = validTimeline();
	mutate(timeline);
	return JSON.stringify(timeline, null, 2);
}

const story = (id: string) => ({ id, title: 'A story', steps: [{ caption: 'A step.' }] });

describe('what pages key their lists by is unique', () => {
	it.each<[string, Mutation, string, string, number, string]>([
		[
			'an event that links one claim twice',
			(t) => t.events[0]!.claims.push({ id: 'syria', relation: 'qualifies', note: 'Also.' }),
			'events[0].claims[1].id',
			'"syria"',
			3,
			'claim "syria" is linked twice from this event'
		],
		[
			'an event citing one reference twice with one locator, spaced differently',
			(t) => t.events[0]!.sources.push({ ref: 'ref-one', locator: ' p. 3 ' }),
			'events[0].sources[1].ref',
			'"ref-one"',
			3,
			'reference "ref-one" is cited twice with the same locator'
		],
		[
			'a period citing one reference twice',
			(t) => t.periods![0]!.sources.push({ ref: 'article' }),
			'periods[0].sources[1].ref',
			'"article"',
			4, // the "article" key, its publication's id, the first citation, the second
			'reference "article" is cited twice'
		],
		[
			'two actors with one code',
			(t) => (t.meta.actors[1].code = 'IR'),
			'meta.actors[1].code',
			'"IR"',
			2,
			'both actors have the code "IR"'
		],
		[
			'two lanes with one id',
			(t) => (t.lanes[1]!.id = 'arms'),
			'lanes[1].id',
			'"arms"',
			2,
			'duplicate lane id "arms"'
		],
		[
			'two events with one id',
			(t) => (t.events[1]!.id = 'first'),
			'events[1].id',
			'"first"',
			2,
			'duplicate event id "first"'
		],
		[
			'two periods with one id',
			(t) => t.periods!.push({ ...t.periods![0]!, start: '2014', end: '2020' }),
			'periods[1].id',
			'"early"',
			2,
			'duplicate period id "early"'
		],
		[
			'two claims with one id',
			(t) => (t.article!.claims[1]!.id = 'syria'),
			'article.claims[1].id',
			'"syria"',
			2,
			'duplicate claim id "syria"'
		],
		[
			'two references with one id',
			(t) => (t.references[1]!.id = 'ref-one'),
			'references[1].id',
			'"ref-one"',
			2,
			'duplicate reference id "ref-one"'
		],
		[
			"a reference with the article's id",
			(t) => (t.references[1]!.id = 'article'),
			'references[1].id',
			'"article"',
			3, // the "article" key, its publication's id, the reference's id
			'duplicate reference id "article": it is the article\'s id'
		],
		[
			'two stories with one id',
			(t) => (t.stories = [story('tour'), story('tour')]),
			'stories[1].id',
			'"tour"',
			2,
			'duplicate story id "tour"'
		],
		[
			'two milestones with one id',
			(t) =>
				(t.milestones = [
					{ id: 'turn', label: 'One', date: '2014' },
					{ id: 'turn', label: 'Two', date: '2015' }
				]),
			'milestones[1].id',
			'"turn"',
			2,
			'duplicate milestone id "turn"'
		]
	])('rejects %s at the second occurrence', (_name, mutate, path, needle, nth, message) => {
		const source = sourceOf(mutate);
		const result = validateTimeline(source, 'data/test.json');
		expect(result.ok).toBe(false);
		const lines = result.ok ? [] : reportLines(result.problems);
		const expected = `data/test.json:${positionOf(source, needle, nth)}  ${path}  ${message}`;
		expect(lines.some((line) => line.startsWith(expected))).toBe(true);
	});

	it('accepts two sources whose reference and locator only run together as one string', () => {
		const source = sourceOf((t) => {
			t.references.push(
				{ id: 'zz', type: 'book', title: 'Z' },
				{ id: 'zz1', type: 'book', title: 'Z1' }
			);
			t.events[0]!.sources = [{ ref: 'zz', locator: '1' }, { ref: 'zz1' }];
		});
		expect(validateTimeline(source, 'data/test.json').ok).toBe(true);
	});

	it('accepts one reference cited twice with different locators', () => {
		const source = sourceOf((t) => t.events[0]!.sources.push({ ref: 'ref-one', locator: 'p. 4' }));
		expect(validateTimeline(source, 'data/test.json').ok).toBe(true);
	});
});
