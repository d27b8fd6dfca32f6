// What an importer makes of another format: a Dyad timeline's JSON value, what it could not carry
// over (warnings), and where in the source each part of the timeline came from, so a problem the
// validator finds in the converted timeline is shown at its place in the file the reader gave.
import type { JsonPath, Position } from '../validate/json-source';

export const IMPORT_FORMATS = [
	'dyad-json',
	'timelinejs-json',
	'timelinejs-csv',
	'dyad-csv'
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_NAMES: Record<ImportFormat, string> = {
	'dyad-json': 'Dyad JSON',
	'timelinejs-json': 'TimelineJS JSON',
	'timelinejs-csv': 'TimelineJS spreadsheet (CSV)',
	'dyad-csv': 'Dyad events table (CSV)'
};

/** Something the conversion could not carry over, at its place in the source. */
export interface ImportNote extends Position {
	message: string;
	hint?: string;
}

export interface Conversion {
	format: ImportFormat;
	/** The timeline as Dyad's format writes it, to be validated like any data file. */
	timeline: Record<string, unknown>;
	warnings: ImportNote[];
	/** Where in the source the value at a path of the timeline came from (the nearest part that did). */
	origin(path: JsonPath): Position | undefined;
}

/** The two states a timeline from another format is about, which no other format names. */
export interface ImportActor {
	code: string;
	name: string;
}

export interface ImportOptions {
	/** The two states, when the reader (or `--actors`) names them. */
	actors?: readonly [ImportActor, ImportActor] | undefined;
	/** The timeline's language when the source does not say (the page's). */
	language?: string;
	/** A Dyad timeline whose events a Dyad CSV replaces (its `timeline` column names it). */
	base?: (slug: string) => Promise<string | undefined> | string | undefined;
}

/** Colours for the two actors of an imported timeline: presentation only, changed at will. */
export const ACTOR_COLOURS = ['#007a5e', '#6a3d9a'] as const;

/** Lower-case words joined by hyphens, as Dyad's ids are: "S-300 deal, 2007" → "s-300-deal-2007". */
export function slugify(text: string, fallback: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || fallback;
}

/** Hands out ids unique among those it has given: the second "x" is "x-2". */
export function uniqueIds(): (wanted: string) => string {
	const used = new Set<string>();
	return (wanted) => {
		let id = wanted;
		for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
		used.add(id);
		return id;
	};
}

/** An ISO date at the precision its parts give: year, year and month, or a day. */
export function partialIso(
	year: number,
	month: number | undefined,
	day: number | undefined
): string {
	const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
	if (month === undefined) return y;
	const m = `${y}-${String(month).padStart(2, '0')}`;
	return day === undefined ? m : `${m}-${String(day).padStart(2, '0')}`;
}

/** A whole number from a field that may hold a number or its text ("1989", " 3 "); else undefined. */
export function wholeNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const parsed = Number(value.trim());
	return Number.isInteger(parsed) ? parsed : undefined;
}

/** A source that cannot be converted at all, with where and why. */
export class ImportError extends Error {
	constructor(readonly note: ImportNote) {
		super(note.message);
		this.name = 'ImportError';
	}
}
