import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInline, type Inline } from '../markdown/inline';
import { buildTimeline } from '../model/build';
import { loadTimeline } from '../model/load';
import type { Timeline } from '../model/timeline';
import { eventsCsv } from '../server/data-exports';
import { openTimelineFile } from './open-file';
import { opened, refused } from './test-results';

const FILE = 'data/iran-russia.json';
const SLUG = 'iran-russia';
const original = loadTimeline(FILE, readFileSync(FILE, 'utf8'));

/** The shipped timelines by slug, as the CLI finds them; none for a slug it does not have. */
const base = (slug: string) =>
	existsSync(`data/${slug}.json`) ? readFileSync(`data/${slug}.json`, 'utf8') : undefined;

/** The timeline an events table makes, built as the app builds the shipped one. */
async function readBack(csv: string): Promise<Timeline> {
	const result = opened(await openTimelineFile(csv, 'events.csv', { base }));
	expect(result.format).toBe('dyad-csv');
	return buildTimeline(SLUG, result.data, result.summaries);
}

/** The shipped timeline with some of its events changed. */
function withEvents(
	change: (event: Timeline['events'][number], index: number) => object
): Timeline {
	return {
		...original,
		events: original.events.map((event, index) => ({ ...event, ...change(event, index) }))
	};
}

/** The 1-based line and column at which `needle` starts in a text. */
function placeOf(text: string, needle: string): { line: number; column: number } {
	const at = text.indexOf(needle);
	if (at < 0) throw new Error(`"${needle}" is not in the text`);
	const before = text.slice(0, at).split(/\r\n|\r|\n/);
	return { line: before.length, column: before.at(-1)!.length + 1 };
}

const markdown = (text: string): Inline[] => {
	const parsed = parseInline(text);
	if (!parsed.ok) throw new Error(parsed.errors.join('; '));
	return parsed.inline;
};

describe('the events table read back', () => {
	it('gives the events of the shipped timeline exactly as they were', async () => {
		const rebuilt = await readBack(eventsCsv(original));
		expect(rebuilt.events.map((event) => event.id)).toEqual(original.events.map((e) => e.id));
		expect(rebuilt.events).toEqual(original.events);
	});

	it('exercises every part of an event the table carries', () => {
		// So that the round trip above has ends, sides, actors, claims, locators and tags to lose.
		const { events } = original;
		expect(events.some((event) => event.end)).toBe(true);
		expect(new Set(events.map((event) => event.side))).toEqual(
			new Set(['first', 'second', 'both', 'other'])
		);
		expect(events.some((event) => event.actors.length > 2)).toBe(true);
		expect(events.some((event) => event.claims.length > 1)).toBe(true);
		expect(events.some((event) => event.sources.some((source) => source.locator))).toBe(true);
		expect(events.some((event) => event.sources.length > 1)).toBe(true);
		expect(events.some((event) => event.tags.length > 1)).toBe(true);
		expect(new Set(events.map((event) => event.importance))).toEqual(new Set([1, 2, 3]));
	});

	it('gives back the same rest of the timeline, from its data file', async () => {
		const rebuilt = await readBack(eventsCsv(original));
		expect(rebuilt.meta).toEqual(original.meta);
		expect(rebuilt.lanes).toEqual(original.lanes);
		expect(rebuilt.references).toEqual(original.references);
		expect(rebuilt.article).toEqual(original.article);
		expect(rebuilt.periods).toEqual(original.periods);
		expect(rebuilt.milestones).toEqual(original.milestones);
		expect(rebuilt.stories).toEqual(original.stories);
	});

	it.each([
		'A *first* **batch**, see [the UN](https://press.un.org/en).',
		'[A link *with* emphasis](https://example.org/a_(b)) and ***both***.',
		'[The article](doi:10.22363/2313-1438-2020-22-2-276-289).',
		'1\\. A number and a full stop, not a list.',
		'\\- A dash, not a list.',
		'Not \\*emphasis\\*, not \\[a link\\](https://example.org/) and a\\_b.',
		'Resolution [2231] ended it.',
		'=1+1 and @SUM(A1) are words here.',
		'"Quoted", with commas, and a line\nbreak.'
	])('gives back the summary %j as the same tree', async (text) => {
		const changed = withEvents((_event, index) => (index === 3 ? { summary: markdown(text) } : {}));
		const rebuilt = await readBack(eventsCsv(changed));
		expect(rebuilt.events[3]!.summary).toEqual(markdown(text));
	});

	// escape.ts:5 does not escape "&": a literal entity in a summary's text is decoded on reading back.
	it('gives back a summary whose text holds a literal entity', async () => {
		const summary: Inline[] = [{ type: 'text', value: 'AT&amp;T and &copy; as written' }];
		const changed = withEvents((_event, index) => (index === 3 ? { summary } : {}));
		const rebuilt = await readBack(eventsCsv(changed));
		expect(rebuilt.events[3]!.summary).toEqual(summary);
	});

	// eventsCsv writes one claim a line and fromDyadCsv (dyad-csv.ts:107) reads each line as a claim,
	// so a note with a line break in it (which the format allows) comes back as a second claim.
	it('gives back a claim whose note runs over two lines', async () => {
		const index = original.events.findIndex((event) => event.claims.length > 0);
		const claims = original.events[index]!.claims.map((claim, n) =>
			n === 0 ? { ...claim, note: 'First line.\nSecond line.' } : claim
		);
		const rebuilt = await readBack(
			eventsCsv(withEvents((_e, i) => (i === index ? { claims } : {})))
		);
		expect(rebuilt.events[index]!.claims).toEqual(claims);
	});
});

describe('an events table', () => {
	it('that names a timeline the site does not have gives one problem, at its first row’s timeline cell', async () => {
		const csv = eventsCsv(original).replaceAll(`\r\n${SLUG},`, '\r\nno-such-timeline,');
		const { problems, format } = refused(await openTimelineFile(csv, 'events.csv', { base }));
		expect(format).toBe('dyad-csv');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 2, column: 1 });
		expect(problems[0]!.message).toContain('"no-such-timeline"');
	});

	it('that mixes two timelines gives one problem, at the first row of the second', async () => {
		const rows = eventsCsv(original).split('\r\n');
		const csv = [
			...rows.slice(0, 3),
			rows[3]!.replace(`${SLUG},`, 'other,'),
			...rows.slice(4)
		].join('\r\n');
		const { problems } = refused(await openTimelineFile(csv, 'events.csv', { base }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: placeOf(csv, '\r\nother,').line + 1, column: 1 });
	});

	it('reads a cell kept from being a formula without the apostrophe in front', async () => {
		const titles = ['=HYPERLINK("https://evil.example/","click")', '-30 °C in Tehran', '@home'];
		const changed = withEvents((_event, index) => (index < 3 ? { title: titles[index] } : {}));
		const csv = eventsCsv(changed);
		expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/"",""click"")"`);
		expect(csv).toContain(`'-30 °C in Tehran`);
		const rebuilt = await readBack(csv);
		expect(rebuilt.events.slice(0, 3).map((event) => event.title)).toEqual(titles);
	});

	it('keeps an apostrophe that was there before the formula escape', async () => {
		const titles = ["'=1+1", "''@x", "'Axis of resistance'"];
		const changed = withEvents((_event, index) => (index < 3 ? { title: titles[index] } : {}));
		const rebuilt = await readBack(eventsCsv(changed));
		expect(rebuilt.events.slice(0, 3).map((event) => event.title)).toEqual(titles);
	});

	it('with a mistyped claim relation gives a problem at that row’s claims cell', async () => {
		const index = original.events.findIndex((event) => event.claims[0]?.relation === 'supports');
		const event = original.events[index]!;
		const written = `${event.claims[0]!.id} (supports)`;
		const csv = eventsCsv(original).replace(written, `${event.claims[0]!.id} (suports)`);
		const { problems } = refused(await openTimelineFile(csv, 'events.csv', { base }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			path: ['events', index, 'claims', 0, 'relation'],
			hint: 'did you mean "supports"?'
		});
		// The cell starts where its text does, or at the quote before it.
		const cell = placeOf(csv, `${event.claims[0]!.id} (suports)`);
		const quoted = csv[csv.indexOf(`${event.claims[0]!.id} (suports)`) - 1] === '"';
		expect(problems[0]).toMatchObject({
			line: cell.line,
			column: quoted ? cell.column - 1 : cell.column
		});
		expect(cell.line).toBe(placeOf(csv, `\r\n${SLUG},${event.id},`).line + 1);
	});

	it('without the columns it needs is refused at its header', async () => {
		const { problems } = refused(
			await openTimelineFile('timeline,id,sources\r\niran-russia,x,y\r\n', 'events.csv', { base })
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 1, column: 1 });
		expect(problems[0]!.message).toContain('"date"');
	});

	// dyad-csv.ts:77 hands the timeline cell to `base` as it is: the CLI then reads data/../package.json,
	// and the browser fetches export/../../…/timeline.json from the site.
	it('asks for no timeline whose name is not an id', async () => {
		const asked: string[] = [];
		const csv = eventsCsv(original).replaceAll(`\r\n${SLUG},`, '\r\n../package,');
		const result = await openTimelineFile(csv, 'events.csv', {
			base: (slug) => {
				asked.push(slug);
				return base(slug);
			}
		});
		expect(asked).toEqual([]);
		expect(refused(result).problems).toEqual([expect.objectContaining({ line: 2, column: 1 })]);
	});

	// dyad-csv.ts:84 parses what `base` gives without a try: a page that is not JSON (a host's 404
	// page served with 200, say) throws out of openTimelineFile instead of being a located problem.
	it('whose timeline comes back as something other than JSON gives a located problem', async () => {
		const result = await openTimelineFile(eventsCsv(original), 'events.csv', {
			base: () => '<!doctype html><title>Not found</title>'
		});
		expect(refused(result).problems).toEqual([expect.objectContaining({ line: 2, column: 1 })]);
	});
});
