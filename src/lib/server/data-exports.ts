// The timeline's data for download: the JSON file itself, and its events as a CSV table for
// spreadsheets (one row per event, claims and sources as readable lists).
import Papa from 'papaparse';
import type { Timeline } from '$lib/model/timeline';
import type { ExportFile } from './exports';

export const DATA_FILES: ExportFile[] = [
	{ file: 'timeline.json', type: 'application/json; charset=utf-8' },
	{ file: 'events.csv', type: 'text/csv; charset=utf-8' }
];

const COLUMNS = [
	'id',
	'date',
	'end',
	'lane',
	'title',
	'summary',
	'claims',
	'sources',
	'importance'
];

/** The events as CSV (RFC 4180, with a header row), in time order. */
export function eventsCsv(timeline: Timeline): string {
	const labels = new Map(timeline.references.map((r) => [r.item.id, String(r.number)]));
	if (timeline.article) labels.set(timeline.article.publication.id, timeline.article.label);
	const lanes = new Map(timeline.lanes.map((lane) => [lane.id, lane.label]));
	const rows = timeline.events.map((event) => [
		event.id,
		event.date.iso,
		event.end?.iso ?? '',
		lanes.get(event.lane) ?? event.lane,
		event.title,
		event.summaryText,
		event.claims.map((c) => `${c.id} (${c.relation})`).join('; '),
		event.sources
			.map((s) => `[${labels.get(s.ref) ?? s.ref}${s.locator ? `, ${s.locator}` : ''}]`)
			.join(' '),
		String(event.importance)
	]);
	return Papa.unparse({ fields: COLUMNS, data: rows }, { newline: '\r\n' }) + '\r\n';
}
