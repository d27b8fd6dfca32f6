import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineJsonSchema } from '../schema/json-schema';
import { reportLines, validateTimeline } from '../validate/validate';
import { isTimelineFile, SCHEMA_FILE } from './data-files';
import { loadTimeline } from './load';

const files = readdirSync('data')
	.filter(isTimelineFile)
	.map((name) => `data/${name}`);

describe('the shipped data', () => {
	it('has at least one timeline', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	it.each(files)('%s passes validation', (file) => {
		const result = validateTimeline(readFileSync(file, 'utf8'), file);
		expect(result.ok ? [] : reportLines(result.problems)).toEqual([]);
	});

	it.each(files)('%s names the JSON Schema for editors', (file) => {
		expect(JSON.parse(readFileSync(file, 'utf8')).$schema).toBe(`./${SCHEMA_FILE}`);
	});

	it('data/timeline.schema.json is generated from the current schema (run `npm run schema`)', () => {
		const onDisk = JSON.parse(readFileSync(`data/${SCHEMA_FILE}`, 'utf8'));
		expect(onDisk).toEqual(timelineJsonSchema());
	});
});

describe('the Iran–Russia timeline', () => {
	const timeline = loadTimeline(
		'data/iran-russia.json',
		readFileSync('data/iran-russia.json', 'utf8')
	);
	const ids = new Set(timeline.events.map((e) => e.id));

	it('has at least 50 events from 1989 to 2025', () => {
		expect(timeline.events.length).toBeGreaterThanOrEqual(50);
		expect(timeline.events[0]!.date.year).toBe(1989);
		expect(Math.max(...timeline.events.map((e) => e.date.year))).toBe(2025);
	});

	it('lists the article’s ten references first, in the article’s order', () => {
		expect(timeline.references.slice(0, 10).map((r) => r.item.id)).toEqual([
			'loisel-2005',
			'larsen-2005',
			'chernysh-2010',
			'cohen-2001',
			'kassianova-2006',
			'trenin-2010',
			'sazhin-2019',
			'stuster-2015',
			'grebenkina-2015',
			'wood-2015'
		]);
	});

	it('puts events in every lane and links every claim to some event', () => {
		for (const lane of timeline.lanes) {
			expect(
				timeline.events.some((e) => e.lane === lane.id),
				lane.id
			).toBe(true);
		}
		for (const claim of timeline.article!.claims) {
			expect(
				timeline.events.some((e) => e.claims.some((c) => c.id === claim.id)),
				claim.id
			).toBe(true);
		}
	});

	it('covers the milestones the article turns on', () => {
		const dates = timeline.events.map((e) => e.date.iso);
		expect(dates).toContain('2015-09-30'); // the Russian air campaign in Syria begins
		expect(dates).toContain('2015-07-20'); // resolution 2231 adopted
		expect(dates).toContain('2020-10-18'); // its arms restrictions end
		expect(timeline.events.some((e) => e.date.year === 2014)).toBe(true);
		expect(ids.size).toBe(timeline.events.length);
	});

	it('describes periods that follow one another on the discourse scale', () => {
		expect(timeline.periods.length).toBeGreaterThanOrEqual(4);
		for (const [i, period] of timeline.periods.entries()) {
			const next = timeline.periods[i + 1];
			if (next) expect(next.start.iso >= period.start.iso, period.id).toBe(true);
		}
	});
});
