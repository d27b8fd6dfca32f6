// Dyad's own events table (the share dialog's CSV) read back: the rows are the events of the timeline
// its `timeline` column names, whose other parts (lanes, references, claims, stories) come from that
// timeline's data file. Export, edit in a spreadsheet, import: the same events.
import Papa from 'papaparse';
import { ID_PATTERN } from '../schema/primitives';
import { restoreCell } from './csv-formula';
import type { JsonPath, Position } from '../validate/json-source';
import { ImportError, type Conversion, type ImportOptions } from './conversion';
import { csvLayout } from './csv-layout';
import { DYAD_CSV_COLUMNS, type DyadCsvColumn } from './dyad-csv-columns';

/** Whether a header row is Dyad's events table's. */
export function isDyadCsvHeader(header: readonly string[]): boolean {
	return header[0]?.trim() === 'timeline' && header.includes('id') && header.includes('sources');
}

const CLAIM_LINE = /^([^\s(]+) \(([a-z]+)\):\s?([\s\S]*)$/;

/** A claims cell's links: a note may run over several lines, so a link starts only where one does. */
const claimLines = (cell: string) =>
	cell
		.split(/\r?\n(?=[a-z0-9]+(?:-[a-z0-9]+)* \([a-z]+\):)/)
		.map((line) => line.trim())
		.filter(Boolean);

const lines = (cell: string) =>
	cell
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

/** Which column holds what each part of an event came from. */
const FIELD_COLUMN: Record<string, DyadCsvColumn> = {
	id: 'id',
	date: 'date',
	end: 'end',
	lane: 'lane',
	title: 'title',
	summary: 'summary',
	side: 'side',
	actors: 'actors',
	claims: 'claims',
	sources: 'sources',
	tags: 'tags',
	importance: 'importance'
};

export async function fromDyadCsv(source: string, options: ImportOptions): Promise<Conversion> {
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	const rows = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false }).data;
	const layout = csvLayout(text);
	const header = (rows[0] ?? []).map((name) => name.trim());
	const at = (record: number, column?: DyadCsvColumn): Position => {
		const fields = layout.records[record] ?? [0];
		const index = column === undefined ? 0 : Math.max(0, header.indexOf(column));
		return layout.position(fields[index] ?? fields[0] ?? 0);
	};
	const missing = DYAD_CSV_COLUMNS.filter(
		(column) =>
			!header.includes(column) && !['end', 'side', 'actors', 'tags', 'importance'].includes(column)
	);
	if (missing.length)
		throw new ImportError({
			...at(0),
			message: `the header row has no column ${missing.map((c) => `"${c}"`).join(', ')}`,
			hint: `Dyad's events table has the columns ${DYAD_CSV_COLUMNS.join(', ')}`
		});

	const records = rows
		.map((row, index) => ({ row, index }))
		.filter(({ row, index }) => index > 0 && row.some((cell) => cell.trim() !== ''));
	const cell = (row: string[], column: DyadCsvColumn) => {
		const index = header.indexOf(column);
		return index < 0 ? '' : restoreCell(row[index] ?? '').trim();
	};
	const slugs = [...new Set(records.map(({ row }) => cell(row, 'timeline')))];
	const slug = slugs[0] ?? '';
	const other = records.find(({ row }) => cell(row, 'timeline') !== slug);
	if (other)
		throw new ImportError({
			...at(other.index, 'timeline'),
			message: `this row belongs to the timeline "${cell(other.row, 'timeline')}", the first to "${slug}"`,
			hint: 'an events table holds the events of one timeline'
		});
	if (!ID_PATTERN.test(slug))
		throw new ImportError({
			...at(records[0]?.index ?? 0, 'timeline'),
			message: `"${slug}" is not a timeline's name`,
			hint: 'the timeline column holds the slug of the timeline the events belong to, e.g. iran-russia'
		});
	const baseText = await Promise.resolve(options.base?.(slug)).catch(() => undefined);
	if (baseText === undefined)
		throw new ImportError({
			...at(records[0]?.index ?? 0, 'timeline'),
			message: `the timeline "${slug}" these events belong to is not here`,
			hint: 'open its Dyad JSON file instead, or the events table of a timeline this site has'
		});
	let base: Record<string, unknown>;
	try {
		base = JSON.parse(baseText) as Record<string, unknown>;
	} catch {
		throw new ImportError({
			...at(records[0]?.index ?? 0, 'timeline'),
			message: `the timeline "${slug}" these events belong to could not be read`,
			hint: 'open its Dyad JSON file instead'
		});
	}

	const events = records.map(({ row }) => {
		const end = cell(row, 'end');
		const side = cell(row, 'side');
		const actors = cell(row, 'actors').split(/\s+/).filter(Boolean);
		const tags = lines(cell(row, 'tags'));
		const importance = cell(row, 'importance');
		return {
			id: cell(row, 'id'),
			date: cell(row, 'date'),
			...(end ? { end } : {}),
			title: cell(row, 'title'),
			summary: cell(row, 'summary'),
			lane: cell(row, 'lane'),
			...(actors.length ? { actors } : {}),
			...(side ? { side } : {}),
			sources: lines(cell(row, 'sources')).map((line) => {
				const split = line.indexOf(': ');
				return split < 0
					? { ref: line }
					: { ref: line.slice(0, split), locator: line.slice(split + 2) };
			}),
			claims: claimLines(cell(row, 'claims')).map((line) => {
				const match = CLAIM_LINE.exec(line);
				return match ? { id: match[1], relation: match[2], note: match[3] } : { id: line };
			}),
			...(tags.length ? { tags } : {}),
			...(importance ? { importance: Number(importance) } : {})
		};
	});
	const origin = (path: JsonPath): Position | undefined => {
		const [part, index, key] = path;
		if (part !== 'events' || typeof index !== 'number') return at(0);
		const record = records[index]?.index;
		if (record === undefined) return at(0);
		return at(record, typeof key === 'string' ? FIELD_COLUMN[key] : undefined);
	};
	return { format: 'dyad-csv', timeline: { ...base, events }, warnings: [], origin };
}
