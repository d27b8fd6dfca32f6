import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportActor } from './conversion';
import { openTimelineFile } from './open-file';
import { opened, refused } from './test-results';

const FIXTURES = 'tests/fixtures/open';
const JSON_FILE = 'timelinejs.json';
const CSV_FILE = 'timelinejs-template.csv';
const json = readFileSync(`${FIXTURES}/${JSON_FILE}`, 'utf8');
const csv = readFileSync(`${FIXTURES}/${CSV_FILE}`, 'utf8');
const actors: [ImportActor, ImportActor] = [
	{ code: 'IR', name: 'Iran' },
	{ code: 'CN', name: 'China' }
];

/** The 1-based line of a text on which `needle` first appears. */
function lineOf(text: string, needle: string): number {
	const at = text.indexOf(needle);
	if (at < 0) throw new Error(`"${needle}" is not in the text`);
	return text.slice(0, at).split(/\r\n|\r|\n/).length;
}

describe.each([
	{ file: JSON_FILE, text: json, format: 'timelinejs-json' },
	{ file: CSV_FILE, text: csv, format: 'timelinejs-csv' }
])('openTimelineFile on $file', ({ file, text, format }) => {
	it('tells the format from the text', async () => {
		expect((await openTimelineFile(text, file, { actors })).format).toBe(format);
	});

	it('dates each event at the precision its parts give', async () => {
		const { data } = opened(await openTimelineFile(text, file, { actors }));
		expect(data.events.map(({ date, end }) => ({ date, end }))).toEqual([
			{ date: '2016', end: undefined },
			{ date: '2021-03', end: undefined },
			{ date: '2021-03-27', end: '2021-04-02' }
		]);
	});

	it('makes a lane of each group, in the order they first appear', async () => {
		const { data } = opened(await openTimelineFile(text, file, { actors }));
		expect(data.lanes).toEqual([
			{ id: 'diplomacy', label: 'Diplomacy' },
			{ id: 'trade', label: 'Trade' }
		]);
		expect(data.events.map((event) => event.lane)).toEqual(['diplomacy', 'trade', 'diplomacy']);
	});

	it('makes a reference with its URL of each media url and credit, cited by its event', async () => {
		const { data } = opened(await openTimelineFile(text, file, { actors }));
		const cited = data.events.map((event) => {
			expect(event.sources).toHaveLength(1);
			return data.references.find((reference) => reference.id === event.sources[0]!.ref);
		});
		const expected =
			format === 'timelinejs-json'
				? [
						['Example News', 'https://example.org/source'],
						['Example Trade Desk', 'https://example.org/trade'],
						['Example Wire', 'https://example.org/range']
					]
				: [
						['Example Sheet News', 'https://example.org/sheet-2016'],
						['Example Sheet News', 'https://example.org/sheet-2021'],
						['Example Sheet Wire', 'https://example.org/sheet-range']
					];
		expect(cited.map((reference) => [reference?.title, reference?.URL])).toEqual(expected);
		expect(cited.every((reference) => reference?.type === 'webpage')).toBe(true);
	});

	it('names the two states as it is told, with the colours of an import', async () => {
		const { data } = opened(await openTimelineFile(text, file, { actors }));
		expect(data.meta.actors.map(({ code, name }) => ({ code, name }))).toEqual(actors);
		expect(new Set(data.meta.actors.map((actor) => actor.color)).size).toBe(2);
	});

	it('warns that eras are not carried over, at the era', async () => {
		const { warnings } = await openTimelineFile(text, file, { actors });
		const eras = warnings.filter((warning) => /^eras are not carried over/.test(warning.message));
		// The era is the object after "eras": [ in the JSON, and the row of type "era" in the sheet.
		const line = format === 'timelinejs-json' ? lineOf(text, '"eras"') + 1 : lineOf(text, ',era,');
		expect(eras.map((warning) => warning.line)).toEqual([line]);
	});

	it('is not a timeline until it is told which two states it is about', async () => {
		const { problems } = refused(await openTimelineFile(text, file));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			path: ['meta', 'actors'],
			message: 'which two states is this timeline about? The file does not say'
		});
		expect(problems[0]!.hint).toMatch(/IR:Iran,CN:China/);
	});
});

describe('openTimelineFile on a TimelineJS file', () => {
	it('reduces HTML to Dyad’s Markdown, dropping a script, and warns at that event’s text', async () => {
		const { data, warnings } = opened(await openTimelineFile(json, JSON_FILE, { actors }));
		expect(data.meta.title).toBe('Iran and China: a sample');
		expect(data.events[2]!.summary).toBe('From one day to another.');
		expect(data.events[0]!.summary).toContain('*emphasised*');
		expect(data.events[0]!.summary).toContain('[link](https://example.org/source)');
		const formatting = warnings.filter((warning) => /^formatting/.test(warning.message));
		expect(formatting.map((warning) => warning.line)).toEqual([
			lineOf(json, '"headline": "A day-precision range"') - 1
		]);
	});

	it('warns that a time of day is left out, at the date that has it', async () => {
		const timed = json.replace(
			'"start_date": { "year": "2021", "month": "3", "day": "27" }',
			'"start_date": { "year": "2021", "month": "3", "day": "27", "hour": "10", "minute": "30" }'
		);
		expect(timed).not.toBe(json);
		const result = opened(await openTimelineFile(timed, JSON_FILE, { actors }));
		expect(result.data.events[2]!.date).toBe('2021-03-27');
		const times = result.warnings.filter((warning) => /time of day/.test(warning.message));
		expect(times.map((warning) => warning.line)).toEqual([lineOf(timed, '"hour": "10"')]);
	});

	it('gives an event without media no source, and locates the problem at that event', async () => {
		const media =
			',\n\t\t\t"media": { "url": "https://example.org/trade", "credit": "Example Trade Desk" }';
		const bare = json.replace(media, '');
		expect(bare).not.toBe(json);
		const { problems } = refused(await openTimelineFile(bare, JSON_FILE, { actors }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			path: ['events', 1, 'sources'],
			message: 'every event needs at least one source',
			// The event's opening brace, the line before its start_date.
			line: lineOf(bare, '"start_date": { "year": 2021, "month": 3 }') - 1
		});
	});

	it('locates the problem of a year that is not a number at that year', async () => {
		const wrong = json.replace('"year": 2021, "month": 3', '"year": "abc", "month": 3');
		expect(wrong).not.toBe(json);
		const result = refused(await openTimelineFile(wrong, JSON_FILE, { actors }));
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({
			path: ['events', 1, 'date'],
			line: lineOf(wrong, '"abc"')
		});
		expect(result.warnings).toContainEqual(
			expect.objectContaining({ message: 'the date has no year', line: lineOf(wrong, '"abc"') })
		);
	});

	it('is refused with its place when it is not JSON', async () => {
		const { problems } = refused(
			await openTimelineFile('{\n\t"events": [\n\t\t{ "start_date": }\n\t]\n}', JSON_FILE, {
				actors
			})
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.line).toBe(3);
	});
});

describe('openTimelineFile on a TimelineJS spreadsheet', () => {
	it('reads a quoted cell with commas, doubled quotes and a line break as its text', async () => {
		const { data } = opened(await openTimelineFile(csv, CSV_FILE, { actors }));
		expect(data.events[0]!.summary).toBe('Known to the year, with a comma, and "quotes".');
		expect(data.events[2]!.summary).toBe('A day-precision range over two lines of text.');
	});

	it('warns that a time of day is left out, on the row that has it', async () => {
		const { warnings } = await openTimelineFile(csv, CSV_FILE, { actors });
		const times = warnings.filter((warning) => /time of day/.test(warning.message));
		expect(times.map((warning) => warning.line)).toEqual([lineOf(csv, '10:30')]);
	});

	it('gives a row without media no source, and locates the problem on that row', async () => {
		const bare = csv.replace(',https://example.org/sheet-2021,Example Sheet News,', ',,,');
		expect(bare).not.toBe(csv);
		const { problems } = refused(await openTimelineFile(bare, CSV_FILE, { actors }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			path: ['events', 1, 'sources'],
			message: 'every event needs at least one source',
			line: lineOf(bare, 'A month in a sheet')
		});
	});

	it('locates the problem of a year that is not a number at that row’s Year cell', async () => {
		const wrong = csv.replace('\n2021,3,,', '\nabc,3,,');
		expect(wrong).not.toBe(csv);
		const { problems } = refused(await openTimelineFile(wrong, CSV_FILE, { actors }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			path: ['events', 1, 'date'],
			line: lineOf(wrong, 'abc,3,'),
			column: 1
		});
	});

	it('places events after a quoted line break on their own lines', async () => {
		const wrong = csv.replace(',era,,', ',,,').replace('\n2016,,,,2021', '\n2016,,,,2015');
		const { problems } = refused(await openTimelineFile(wrong, CSV_FILE, { actors }));
		// The former era, now an event with no source and an end before its start, on line 7.
		expect(problems.map((problem) => problem.line)).toEqual([
			lineOf(wrong, 'An era in a sheet'),
			lineOf(wrong, 'An era in a sheet')
		]);
	});
});
