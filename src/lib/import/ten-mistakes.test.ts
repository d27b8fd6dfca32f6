import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../validate/json-source';
import { openTimelineFile } from './open-file';

const FILE = 'tests/fixtures/open/ten-mistakes.json';
const text = readFileSync(FILE, 'utf8');
const lines = text.split('\n');

/** Each mistake: the path the validator names, and the text on the line that holds it. */
const MISTAKES: [string, string][] = [
	['meta.actors[1].color', '"color": "#6a3d9"'],
	['lanes[1].descripton', '"descripton"'],
	['events[0].date', '"date": "2015-13"'],
	['events[1].end', '"end": "2015"'],
	['events[1].title', '"title": ""'],
	['events[1].lane', '"lane": "diplomcy"'],
	['events[1].claims[0].id', '"id": "syira"'],
	// The second of the two events with this id.
	['events[2].id', '"id": "first-contract"'],
	['events[2].side', '"side": "US"'],
	['events[2].sources[0].ref', '"ref": "no-such-reference"']
];

/** The 1-based line of the last line holding `needle`. */
const lineOf = (needle: string) => lines.findLastIndex((line) => line.includes(needle)) + 1;

describe('openTimelineFile on a Dyad timeline with ten mistakes', () => {
	it('reports ten problems, each on a line of its own', async () => {
		const result = await openTimelineFile(text, 'ten-mistakes.json');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.format).toBe('dyad-json');
		expect(result.problems).toHaveLength(10);
		expect(new Set(result.problems.map((problem) => problem.line)).size).toBe(10);
	});

	it('reports each mistake once, on the line that holds it', async () => {
		const result = await openTimelineFile(text, 'ten-mistakes.json');
		if (result.ok) throw new Error('expected problems, found a valid timeline');
		const found = result.problems.map((problem) => [formatPath(problem.path), problem.line]);
		expect(found).toEqual(MISTAKES.map(([path, needle]) => [path, lineOf(needle)]));
	});

	it('says what is wrong with each', async () => {
		const result = await openTimelineFile(text, 'ten-mistakes.json');
		if (result.ok) throw new Error('expected problems, found a valid timeline');
		expect(result.problems.map((problem) => problem.message)).toEqual([
			'colours are six-digit hex, e.g. "#0f6e5c"',
			'unknown field "descripton"',
			'not a real calendar date',
			'"end" 2015 is before "date" 2016',
			'must not be empty',
			'unknown lane "diplomcy"',
			'unknown claim "syira"',
			'duplicate event id "first-contract"',
			'"US" is not one of the timeline\'s two actors (IR, RU)',
			'unknown reference "no-such-reference"'
		]);
	});
});
