// The timeline's data for download: the JSON file itself, and its events as a CSV table for
// spreadsheets, one row per event, that reads back as the same events (import/dyad-csv.ts): the
// timeline it belongs to, each event's fields as the data file has them, lists one item a line.
import type { ExportFile } from './exports';

export { restoreCell } from '$lib/import/csv-formula';

export const DATA_FILES: ExportFile[] = [
	{ file: 'timeline.json', type: 'application/json; charset=utf-8' },
	{ file: 'events.csv', type: 'text/csv; charset=utf-8' }
];

export { eventsCsv } from '$lib/share/events-csv';
