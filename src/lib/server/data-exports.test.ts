import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { timeline } from '../../../tests/timeline-data';
import { eventsCsv } from './data-exports';

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
});
