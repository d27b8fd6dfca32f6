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

// A spreadsheet takes a cell that starts with = + - @ (or their full-width forms, in some locales),
// a tab or a carriage return as a formula. Such a cell is written with an apostrophe in front, which
// spreadsheets show as text (OWASP's advice); papaparse's own pattern for this misses a cell that
// spans lines, so it is given this one. A cell whose apostrophes come before such a character gets
// one more, so the rule can be undone: a reader drops one leading apostrophe from every cell that
// matches FORMULA_ESCAPED (see restoreCell), and gets the text back exactly. Numbers are written as
// numbers and left alone (a negative number is no formula); a date is text like any other.
const FORMULA_START = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const FORMULA_ESCAPED = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell of events.csv as it was before it was kept from being read as a formula. */
export function restoreCell(cell: string): string {
	return FORMULA_ESCAPED.test(cell) ? cell.slice(1) : cell;
}

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
		event.importance
	]);
	const options = { newline: '\r\n', escapeFormulae: FORMULA_START };
	return Papa.unparse({ fields: COLUMNS, data: rows }, options) + '\r\n';
}
