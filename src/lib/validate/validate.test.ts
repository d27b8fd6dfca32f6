import { describe, expect, it } from 'vitest';
import type { TimelineInput } from '../schema/timeline';
import { formatPath } from './json-source';
import { validTimeline } from './test-fixture';
import { reportLines, validateTimeline } from './validate';

type Fixture = TimelineInput & Record<string, unknown>;
type Mutation = (t: Fixture) => void;

function problemsOf(mutate: Mutation) {
	const timeline = validTimeline() as Fixture;
	mutate(timeline);
	const result = validateTimeline(JSON.stringify(timeline, null, 2), 'data/test.json');
	if (result.ok) throw new Error('expected problems, found none');
	return result.problems.map((p) => ({
		path: formatPath(p.path),
		message: p.message,
		hint: p.hint
	}));
}

const event0 = (t: Fixture) => t.events[0] as Record<string, unknown>;

describe('validateTimeline', () => {
	it('accepts the valid fixture and returns its typed data', () => {
		const result = validateTimeline(JSON.stringify(validTimeline()), 'data/test.json');
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.data.events.map((e) => e.id)).toEqual(['first', 'second']);
	});

	it.each<[string, Mutation, string, string, string?]>([
		// shape
		[
			'a missing field',
			(t) => delete event0(t).title,
			'events[0].title',
			'missing required field "title"'
		],
		[
			'a wrong type',
			(t) => (event0(t).title = 42),
			'events[0].title',
			'expected a string, found number 42'
		],
		['an empty string', (t) => (event0(t).title = '  '), 'events[0].title', 'must not be empty'],
		[
			'a misspelt field',
			(t) => (event0(t).sumary = 'x'),
			'events[0].sumary',
			'unknown field "sumary"',
			'did you mean "summary"?'
		],
		[
			'an unknown relation',
			(t) => (t.events[0]!.claims[0]!.relation = 'suports' as 'supports'),
			'events[0].claims[0].relation',
			'the string "suports" is not one of "supports", "qualifies", "contradicts", "context"',
			'did you mean "supports"?'
		],
		[
			'an unknown discourse level',
			(t) => (t.periods![0]!.discourse = 'frend' as 'friend'),
			'periods[0].discourse',
			'the string "frend" is not one of "opponent", "competitor", "colleague", "friend", "ally"',
			'did you mean "friend"?'
		],
		[
			'a wrong format version',
			(t) => (t.meta.format = 2 as 1),
			'meta.format',
			'must be 1, found number 2'
		],
		[
			'a source cited twice',
			(t) => t.events[0]!.sources.push({ ...t.events[0]!.sources[0]! }),
			'events[0].sources[1].ref',
			'reference "ref-one" is cited twice with the same locator',
			'already cited at events[0].sources[0]; remove one, or give each its own locator'
		],
		[
			'an event without sources',
			(t) => (t.events[0]!.sources = []),
			'events[0].sources',
			'every event needs at least one source'
		],
		// dates
		[
			'a date that is not on the calendar',
			(t) => (t.events[0]!.date = '2015-02-30'),
			'events[0].date',
			'not a real calendar date'
		],
		[
			'a date in the wrong format',
			(t) => (t.events[0]!.date = '30.09.2015'),
			'events[0].date',
			'write the date as YYYY, YYYY-MM or YYYY-MM-DD'
		],
		[
			'an end before the date',
			(t) => (t.events[1]!.end = '2006'),
			'events[1].end',
			'"end" 2006 is before "date" 2007',
			'swap them, or correct the end date'
		],
		[
			'a period that ends before it starts',
			(t) => (t.periods![0]!.end = '1988-12'),
			'periods[0].end',
			'"end" 1988-12 is before "start" 1989'
		],
		[
			'a reference dated off the calendar',
			(t) => (t.references[0]!.issued = { 'date-parts': [[2015, 2, 30]] }),
			'references[0].issued["date-parts"][0]',
			'"2015-02-30" is not on the calendar; 2015-02 has 28 days'
		],
		// ids
		[
			'a duplicate event id',
			(t) => (t.events[1]!.id = 'first'),
			'events[1].id',
			'duplicate event id "first"',
			'first used at events[0]; ids must be unique'
		],
		[
			'a duplicate claim id',
			(t) => (t.article!.claims[1]!.id = 'syria'),
			'article.claims[1].id',
			'duplicate claim id "syria"'
		],
		[
			'a malformed id',
			(t) => (t.events[0]!.id = 'First Event'),
			'events[0].id',
			'ids are lower-case words joined by hyphens, e.g. "s300-contract-2007"'
		],
		// references between parts
		[
			'an unknown claim',
			(t) => (t.events[0]!.claims[0]!.id = 'syira'),
			'events[0].claims[0].id',
			'unknown claim "syira"',
			'did you mean "syria"?'
		],
		[
			'an unknown lane',
			(t) => (t.events[0]!.lane = 'army'),
			'events[0].lane',
			'unknown lane "army"',
			'did you mean "arms"?'
		],
		[
			'an unknown reference',
			(t) => (t.events[0]!.sources[0]!.ref = 'nowhere'),
			'events[0].sources[0].ref',
			'unknown reference "nowhere"',
			'add it to references or use one of its ids'
		],
		[
			'an unknown period source',
			(t) => (t.periods![0]!.sources[0]!.ref = 'ref-twoo'),
			'periods[0].sources[0].ref',
			'unknown reference "ref-twoo"',
			'did you mean "ref-two"?'
		],
		[
			'claim links without an article',
			(t) => delete t.article,
			'events[0].claims',
			'this timeline has no "article", so events cannot link to claims'
		],
		[
			'a story step naming an unknown event',
			(t) => (t.stories = [{ id: 's', title: 'S', steps: [{ caption: 'c', event: 'frist' }] }]),
			'stories[0].steps[0].event',
			'unknown event "frist"',
			'did you mean "first"?'
		],
		[
			'a milestone naming an unknown event',
			(t) => (t.milestones = [{ id: 'm', label: 'Turn', event: 'frist' }]),
			'milestones[0].event',
			'unknown event "frist"',
			'did you mean "first"?'
		],
		[
			'a milestone with neither an event nor a date',
			(t) => (t.milestones = [{ id: 'm', label: 'Turn' }]),
			'milestones[0]',
			'a milestone needs an "event" or a "date"'
		],
		[
			'a milestone with both an event and a date',
			(t) => (t.milestones = [{ id: 'm', label: 'Turn', event: 'first', date: '2015' }]),
			'milestones[0].date',
			'a milestone has an "event" or a "date", not both'
		],
		[
			'two milestones with one id',
			(t) =>
				(t.milestones = [
					{ id: 'm', label: 'One', date: '2015' },
					{ id: 'm', label: 'Two', date: '2016' }
				]),
			'milestones[1].id',
			'duplicate milestone id "m"'
		],
		[
			'a milestone label too long to draw whole',
			(t) => (t.milestones = [{ id: 'm', label: 'x'.repeat(41), date: '2015' }]),
			'milestones[0].label',
			'label is 41 characters; the limit is 40',
			'shorten it: a milestone label is always drawn whole'
		],
		[
			'a side that is neither of the two actors',
			(t) => (event0(t).side = 'US'),
			'events[0].side',
			'"US" is not one of the timeline\'s two actors (IR, RU)',
			'use one of their codes, "both" when both acted, or "other" for a third party'
		],
		[
			'a side that is not a code at all',
			(t) => (event0(t).side = 'Iran'),
			'events[0].side',
			'use one of the two actors\' codes, "both" or "other"'
		],
		[
			'a reference on a test host',
			(t) => (t.references[1]!.URL = 'https://test.example.org/agreements/388'),
			'references[1].URL',
			'"test.example.org" is a test or staging host, not where readers find the page',
			'give the public address you have seen, or leave the URL out'
		],
		[
			'a reference address with tracking parameters',
			(t) => (t.references[1]!.URL = 'https://example.org/page?id=4&ref=rss&utm_source=feed'),
			'references[1].URL',
			'the address carries tracking parameters (ref, utm_source)',
			'remove them: the page is the same without them'
		],
		[
			'an AMP switch in the query',
			(t) => (t.references[1]!.URL = 'https://example.org/page?ampMode=1'),
			'references[1].URL',
			'the address carries tracking parameters (ampMode)'
		],
		[
			'a reference id dated otherwise than its issued date',
			(t) => {
				t.references[1]!.id = 'reuters-2022-07-11-drones';
				t.references[1]!.issued = { 'date-parts': [[2022, 7, 12]] };
				t.events[0]!.sources = [{ ref: 'reuters-2022-07-11-drones' }];
			},
			'references[1].issued',
			'the id "reuters-2022-07-11-drones" is dated 2022-7-11 but "issued" is 2022-7-12'
		],
		// urls and summaries
		[
			'a URL that is not http(s)',
			(t) => (t.references[1]!.URL = 'ftp://example.org/x'),
			'references[1].URL',
			'URLs start with http:// or https://'
		],
		[
			'a DOI written as a URL',
			(t) => (t.references[0]!.DOI = 'https://doi.org/10.1000/xyz'),
			'references[0].DOI',
			'a DOI looks like 10.22363/2313-1438-2020-22-2-276-289 (no https://doi.org/)'
		],
		[
			'a summary link that is not http(s)',
			(t) => (t.events[0]!.summary = 'See [this](javascript:alert(1)).'),
			'events[0].summary',
			'summary: link to "javascript:alert(1)": links must be http(s) URLs or doi:10.…'
		],
		[
			'a summary with HTML',
			(t) => (t.events[0]!.summary = 'A <script>x</script> summary'),
			'events[0].summary',
			'summary: HTML is not allowed'
		]
	])('reports %s at its path with a message', (_name, mutate, path, message, hint) => {
		const problems = problemsOf(mutate);
		expect(problems).toContainEqual(
			expect.objectContaining({ path, message, ...(hint ? { hint } : {}) })
		);
	});

	it('reports every problem at once, in file order', () => {
		const problems = problemsOf((t) => {
			t.events[0]!.lane = 'army';
			t.events[1]!.date = '2007-13';
			delete (t.meta as Record<string, unknown>).title;
		});
		expect(problems.map((p) => p.path)).toEqual(['meta.title', 'events[0].lane', 'events[1].date']);
	});

	it('gives the line and column of the value at fault', () => {
		const source = JSON.stringify(validTimeline(), null, 2).replace(
			'"lane": "operations"',
			'"lane": "operashuns"'
		);
		const line = source.split('\n').findIndex((l) => l.includes('operashuns')) + 1;
		const column = source.split('\n')[line - 1]!.indexOf('"operashuns"') + 1;
		const result = validateTimeline(source, 'data/test.json');
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(reportLines(result.problems)).toEqual([
				`data/test.json:${line}:${column}  events[0].lane  unknown lane "operashuns" (did you mean "operations"?)`
			]);
		}
	});

	it('points an unknown field at its name', () => {
		const source = '{\n  "meta": {},\n  "extra": true\n}';
		const result = validateTimeline(source, 'x.json');
		expect(
			!result.ok && result.problems.find((p) => p.message === 'unknown field "extra"')
		).toMatchObject({ line: 3, column: 3 });
	});

	it.each([
		['{\n  "meta": {\n    "title": "x",\n  }\n}', 4, 3, 'unexpected rbrace'],
		['{\n  "a": [1, 2,, 3]\n}', 2, 14, 'unexpected comma'],
		['{\n  "a": 1\n', 2, 9, 'the file ends too early'],
		["{\n  'a': 1\n}", 2, 3, "unexpected character '''"],
		['', 1, 1, 'the file ends too early']
	])(
		'reports malformed JSON %j where it breaks, without a stack trace',
		(source, line, column, start) => {
			const result = validateTimeline(source, 'bad.json');
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.problems).toHaveLength(1);
				expect(result.problems[0]).toMatchObject({ line, column });
				expect(result.problems[0]!.message.toLowerCase()).toContain(start);
				expect(reportLines(result.problems)[0]).toMatch(/^bad\.json:\d+:\d+ {2}\(root\) {2}\S/);
			}
		}
	);
});

describe('reference ids and their dates', () => {
	it.each<[string, string, [number, ...number[]][]]>([
		['a resolution number beside the year', 'unsc-1929-2010', [[2010, 6, 9]]],
		['a day in the id and a month in issued', 'rbc-2015-01-20-talks', [[2015, 1]]],
		['a year only', 'kassianova-2006', [[2006]]]
	])('accepts %s', (_, id, parts) => {
		const timeline = validTimeline() as Fixture;
		timeline.references.push({
			id,
			type: 'webpage',
			title: 'A page',
			issued: { 'date-parts': parts }
		});
		expect(validateTimeline(JSON.stringify(timeline), 'data/test.json').ok).toBe(true);
	});
});

describe('length limits', () => {
	it('refuse a timeline of more than 20,000 events, saying how to split it', () => {
		const problems = problemsOf((t) => {
			const [first] = t.events;
			t.events = Array.from({ length: 20_001 }, (_, i) => ({ ...first!, id: `event-${i}` }));
		});
		expect(problems).toContainEqual({
			path: 'events',
			message: expect.stringMatching(/at most 20,000 events: split it/),
			hint: undefined
		});
	});

	it.each([
		['*a repeated', '*a'.repeat(50_000)],
		['nested brackets', `${'['.repeat(50_000)}x${']'.repeat(50_000)}`],
		['unclosed links', '[a]('.repeat(25_000)]
	])('refuse a 100 KB summary of %s in under a second, before parsing it', (_name, summary) => {
		const timeline = validTimeline();
		timeline.events[0]!.summary = summary;
		const started = performance.now();
		const result = validateTimeline(JSON.stringify(timeline), 'data/test.json');
		expect(performance.now() - started).toBeLessThan(1000);
		expect(
			!result.ok && result.problems.map((p) => [formatPath(p.path), p.message, p.hint])
		).toEqual([
			[
				'events[0].summary',
				`summary is ${summary.length.toLocaleString('en-GB')} characters; the limit is 2,000`,
				'shorten it or move detail to a source'
			]
		]);
	});

	it.each<[string, Mutation, string, string]>([
		[
			'a title',
			(t) => (t.events[0]!.title = 'x'.repeat(201)),
			'events[0].title',
			'title is 201 characters; the limit is 200'
		],
		[
			'a claim note',
			(t) => (t.events[0]!.claims[0]!.note = 'x'.repeat(2001)),
			'events[0].claims[0].note',
			'note is 2,001 characters; the limit is 2,000'
		],
		[
			'a lane label',
			(t) => (t.lanes[0]!.label = 'x'.repeat(121)),
			'lanes[0].label',
			'label is 121 characters; the limit is 120'
		],
		[
			'a reference title',
			(t) => (t.references[0]!.title = 'x'.repeat(1001)),
			'references[0].title',
			'title is 1,001 characters; the limit is 1,000'
		]
	])('refuse %s over its limit, saying by how much', (_name, mutate, path, message) => {
		expect(problemsOf(mutate)).toContainEqual(expect.objectContaining({ path, message }));
	});

	it('accepts a summary at the limit', () => {
		const timeline = validTimeline();
		timeline.events[0]!.summary = 'word '.repeat(400).trim() + '.';
		expect(timeline.events[0]!.summary.length).toBeLessThanOrEqual(2000);
		expect(validateTimeline(JSON.stringify(timeline), 'data/test.json').ok).toBe(true);
	});
});

describe('summaries parsed once', () => {
	it('hands each summary it parsed to the model, by its trimmed text', () => {
		const timeline = validTimeline();
		timeline.events[0]!.summary = '  Something *happened*.  ';
		const result = validateTimeline(JSON.stringify(timeline), 'data/test.json');
		expect(result.ok && result.summaries.get('Something *happened*.')).toEqual([
			{ type: 'text', value: 'Something ' },
			{ type: 'emphasis', children: [{ type: 'text', value: 'happened' }] },
			{ type: 'text', value: '.' }
		]);
	});
});
