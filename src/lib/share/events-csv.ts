// A timeline's events as Dyad's events table (CSV, RFC 4180, with a header row), one row per event in
// time order, that reads back as the same events (import/dyad-csv.ts): the timeline it belongs to,
// each event's fields as the data file has them, lists one item a line. Cells a spreadsheet would
// run as formulas are written so it does not (import/csv-formula.ts).
import Papa from 'papaparse';
import { FORMULA_START } from '../import/csv-formula';
import { DYAD_CSV_COLUMNS } from '../import/dyad-csv-columns';
import { inlineToMarkdown } from '../markdown/to-markdown';
import type { Timeline } from '../model/timeline';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The events as CSV (RFC 4180, with a header row), in time order. */
export function eventsCsv(timeline: Timeline): string {
	const codes = { first: timeline.actors[0].code, second: timeline.actors[1].code };
	const rows = timeline.events.map((event) => {
		const side = event.side === 'first' || event.side === 'second' ? codes[event.side] : event.side;
		const cells: Record<(typeof DYAD_CSV_COLUMNS)[number], string | number> = {
			timeline: timeline.slug,
			id: event.id,
			date: event.date.iso,
			end: event.end?.iso ?? '',
			lane: event.lane,
			title: event.title,
			summary: inlineToMarkdown(event.summary),
			side: side ?? '',
			actors: event.actors.join(' '),
			claims: event.claims.map((c) => `${c.id} (${c.relation}): ${c.note}`).join('\n'),
			// One item a line: line breaks within a locator or a tag are written as spaces.
			sources: event.sources
				.map((s) => (s.locator ? `${s.ref}: ${oneLine(s.locator)}` : s.ref))
				.join('\n'),
			tags: event.tags.map(oneLine).join('\n'),
			importance: event.importance
		};
		return DYAD_CSV_COLUMNS.map((column) => cells[column]);
	});
	const options = { newline: '\r\n', escapeFormulae: FORMULA_START };
	return Papa.unparse({ fields: [...DYAD_CSV_COLUMNS], data: rows }, options) + '\r\n';
}
