// TimelineJS's Google Sheets template, as a published sheet's CSV export: read with papaparse into
// the shape of a TimelineJS file, then converted as one (timelinejs.ts), each cell's place kept so a
// problem is shown at its row and column.
import Papa from 'papaparse';
import type { JsonPath, Position } from '../validate/json-source';
import type { Conversion, ImportOptions } from './conversion';
import { csvLayout } from './csv-layout';
import { fromTimelineJs } from './timelinejs';

/** The template's columns (as its header row names them, in any case). */
export const TIMELINEJS_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;

type Column = (typeof TIMELINEJS_COLUMNS)[number];

const key = (name: string) => name.trim().toLowerCase();

/** Whether a header row is the template's: its date and headline columns at least. */
export function isTimelineJsHeader(header: readonly string[]): boolean {
	const names = new Set(header.map(key));
	return ['year', 'headline', 'text'].every((name) => names.has(name));
}

/** The cell of a TimelineJS path, by column: where a problem with that value is shown. */
const CELL: [JsonPath, Column][] = [
	[['start_date', 'month'], 'Month'],
	[['start_date', 'day'], 'Day'],
	[['start_date'], 'Year'],
	[['end_date', 'month'], 'End Month'],
	[['end_date', 'day'], 'End Day'],
	[['end_date'], 'End Year'],
	[['text', 'headline'], 'Headline'],
	[['text'], 'Text'],
	[['media', 'url'], 'Media'],
	[['media'], 'Media'],
	[['group'], 'Group'],
	[['display_date'], 'Display Date']
];

export function fromTimelineJsCsv(source: string, options: ImportOptions): Conversion {
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	const rows = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false }).data;
	const layout = csvLayout(text);
	const header = rows[0] ?? [];
	const columns = new Map(header.map((name, index) => [key(name), index]));
	const cell = (row: string[], column: Column) => {
		const index = columns.get(key(column));
		return index === undefined ? '' : (row[index] ?? '').trim();
	};
	/** Where a cell starts: its row's line, its column's place in that line. */
	const at = (record: number, column?: Column): Position => {
		const fields = layout.records[record] ?? layout.records.at(-1) ?? [0];
		const index = column === undefined ? 0 : (columns.get(key(column)) ?? 0);
		return layout.position(fields[index] ?? fields[0] ?? 0);
	};

	const events: Record<string, unknown>[] = [];
	const eras: Record<string, unknown>[] = [];
	const eventRows: number[] = [];
	const eraRows: number[] = [];
	let title: Record<string, unknown> | undefined;
	let titleRow = 0;
	rows.forEach((row, index) => {
		if (index === 0 || row.every((value) => value.trim() === '')) return;
		const date = (prefix: '' | 'End ') => ({
			year: cell(row, `${prefix}Year`),
			month: cell(row, `${prefix}Month`),
			day: cell(row, `${prefix}Day`),
			...(cell(row, `${prefix}Time`) ? { hour: cell(row, `${prefix}Time`) } : {})
		});
		const item = {
			start_date: date(''),
			...(cell(row, 'End Year') ? { end_date: date('End ') } : {}),
			text: { headline: cell(row, 'Headline'), text: cell(row, 'Text') },
			...(cell(row, 'Media') || cell(row, 'Media Credit')
				? {
						media: {
							url: cell(row, 'Media'),
							credit: cell(row, 'Media Credit'),
							caption: cell(row, 'Media Caption')
						}
					}
				: {}),
			group: cell(row, 'Group'),
			display_date: cell(row, 'Display Date')
		};
		const type = key(cell(row, 'Type'));
		if (type === 'title') {
			title = item;
			titleRow = index;
		} else if (type === 'era') {
			eras.push(item);
			eraRows.push(index);
		} else {
			events.push(item);
			eventRows.push(index);
		}
	});

	const where = (path: JsonPath): Position => {
		const [part, index, ...rest] = path;
		const record =
			part === 'events' && typeof index === 'number'
				? eventRows[index]
				: part === 'eras' && typeof index === 'number'
					? eraRows[index]
					: part === 'title'
						? titleRow
						: undefined;
		if (record === undefined) return at(0);
		const inner = part === 'title' ? path.slice(1) : rest;
		const found = CELL.find(([prefix]) => prefix.every((step, i) => inner[i] === step));
		return at(record, found?.[1]);
	};
	const conversion = fromTimelineJs(
		{ ...(title ? { title } : {}), events, eras },
		where,
		options,
		'timelinejs-csv'
	);
	if (!isTimelineJsHeader(header))
		conversion.warnings.unshift({
			...at(0),
			message: 'the first row does not name the template’s columns (Year, Headline, Text …)',
			hint: 'keep the header row of the TimelineJS template'
		});
	return conversion;
}
