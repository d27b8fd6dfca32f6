// The BibTeX and RIS files of a timeline's article and references, written by citation-js when the
// site is prerendered (server only, so the library never reaches the browser).
import { Cite, plugins, type RisRecord } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Timeline } from '$lib/model/timeline';
import type { CslItem } from '$lib/schema/csl';

// Entries are keyed by the items' own ids, and text stays UTF-8: in its ASCII-only mode the plugin
// drops every character it has no LaTeX command for, a whole Cyrillic title included.
const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;
bibtexConfig.format.asciiOnly = false;

// Without ASCII-only mode the plugin escapes nothing, so every value is made safe here before it
// is handed over. A value must not end its field or entry early, nor leave a brace open: BibTeX
// counts every brace, escaped or not, so braces become the balanced \textbraceleft{} and
// \textbraceright{}. LaTeX's other special characters are escaped; `<` and `>` too, which the plugin
// would otherwise read as CSL markup (dropping an unknown tag, opening `\textit{` for a lone `<i>`).
const LATEX_ESCAPES: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\textbraceleft{}',
	'}': '\\textbraceright{}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
	'<': '\\textless{}',
	'>': '\\textgreater{}'
};

/** Line breaks (any kind) and the blanks around them, which BibTeX reads as one space anyway. */
const LINE_BREAKS = /[^\S\r\n\u0085\u2028\u2029]*[\r\n\u0085\u2028\u2029][\s\u0085]*/g;

function escapeText(text: string): string {
	return text.replace(LINE_BREAKS, ' ').replace(/[\\{}&%$#_~^<>]/g, (c) => LATEX_ESCAPES[c] ?? c);
}

// In a list of names, `and` between blanks starts the next name, a comma separates the family name
// from the given one, `=` names a part (biblatex's `family=…`), and a word in lower case is read as
// a particle (`van`). A name part of capitalised words is left to that reading; any other is braced
// whole, so that it is read back as written.
const WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’]*(?:-[\p{L}\p{M}.'’]+)*`;
const PLAIN_NAME = new RegExp(`^${WORD}(?: ${WORD})*$`, 'u');

function escapeNamePart(text: string, braced: boolean): string {
	const escaped = escapeText(text).replace(/(^|\s)(and)(?=\s|$)/gi, '$1{$2}');
	if (braced || PLAIN_NAME.test(text)) return escaped;
	return `{${escaped}}`;
}

// The plugin braces a name of one part (a literal, or a family name alone) itself.
function escapeName(name: unknown): unknown {
	if (name === null || typeof name !== 'object') return escapeLatex(name);
	const parts = Object.entries(name);
	const single = parts.every(([key]) => key === 'literal' || key === 'family');
	return Object.fromEntries(
		parts.map(([key, part]) => [
			key,
			typeof part === 'string' ? escapeNamePart(part, single) : escapeLatex(part)
		])
	);
}

function escapeLatex(value: unknown): unknown {
	if (typeof value === 'string') return escapeText(value);
	if (Array.isArray(value)) return value.map(escapeLatex);
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, part]) => [key, escapeLatex(part)]));
	}
	return value;
}

// BibTeX keeps URLs and DOIs verbatim, with no escapes: the characters that would break the field
// are percent-encoded, as they would be in a link (https://doi.org/10.1234/a%7Dx is DOI 10.1234/a}x).
function escapeVerbatim(value: unknown): unknown {
	return typeof value === 'string'
		? value.replace(/[{}\\\s\u0085]/g, (c) => encodeURIComponent(c))
		: value;
}

const VERBATIM_FIELDS = new Set(['URL', 'DOI']);
const NAME_FIELDS = new Set(['author', 'editor', 'translator', 'collection-editor', 'director']);
// Written by the plugin as given, and checked by the schema: ids are lower-case words.
const PLAIN_FIELDS = new Set(['id', 'type']);

function latexSafe(item: CslItem): CslItem {
	const fields = Object.entries(item).map(([key, value]) => {
		if (PLAIN_FIELDS.has(key)) return [key, value];
		if (VERBATIM_FIELDS.has(key)) return [key, escapeVerbatim(value)];
		if (NAME_FIELDS.has(key) && Array.isArray(value)) return [key, value.map(escapeName)];
		return [key, escapeLatex(value)];
	});
	return Object.fromEntries(fields) as CslItem;
}

/** A file of the given records, a blank line apart; empty when there are none. */
function fileOf(records: string[]): string {
	return records.length ? records.join('\n\n') + '\n' : '';
}

/** A BibTeX file of the items in the order given, one entry each, keyed by the items' ids. */
export function bibtexOf(items: CslItem[]): string {
	return fileOf(items.map((item) => new Cite(latexSafe(item)).format('bibtex').trim()));
}

/**
 * A value on one RIS line: a line break would start a line that readers take as a new tag (`TY  - `
 * opens a record, `ER  - ` ends one), and readers split a line at `  - `, so every run of blanks
 * becomes one space.
 */
export function risValue(value: unknown): string {
	return String(value)
		.replace(/[\s\u0085]*[\r\n\u0085\u2028\u2029][\s\u0085]*|[ \t\v\f]{2,}/g, ' ')
		.trim();
}

// Records are written out here rather than by the plugin, which cuts values into 70-character
// lines (splitting words and URLs) and IDs to 20 characters (so two references would share one).
function risRecord(record: RisRecord, id: string): string {
	const { TY: type, ...tags } = record;
	const lines = [`TY  - ${risValue(type)}`];
	for (const [tag, values] of Object.entries({ ...tags, ID: id })) {
		for (const value of [values].flat()) lines.push(`${tag}  - ${risValue(value)}`);
	}
	lines.push('ER  - ');
	return lines.join('\n');
}

/** A RIS file of the items in the order given, one `TY  -` … `ER  -` record each. */
export function risOf(items: CslItem[]): string {
	const records = items.map((item) => {
		const [record = {}] = new Cite(item).format('ris', { format: 'object' });
		return risRecord(record, item.id);
	});
	return fileOf(records);
}

export interface ExportFile {
	/** The file's name under /export/<slug>/, e.g. "references.bib". */
	file: string;
	/** Its media type, for the Content-Type header. */
	type: string;
}

const FORMATS = [
	{ extension: 'bib', type: 'application/x-bibtex; charset=utf-8', write: bibtexOf },
	{ extension: 'ris', type: 'application/x-research-info-systems; charset=utf-8', write: risOf }
];

/** Every export file of a timeline, by name, with the items it lists and how it is written. */
function exportTable(timeline: Timeline) {
	const references = [...timeline.references].sort((a, b) => a.number - b.number);
	const parts: [string, CslItem[]][] = [
		['references', references.map((reference) => reference.item)],
		...(timeline.article
			? [['article', [timeline.article.publication]] as [string, CslItem[]]]
			: [])
	];
	return new Map(
		parts.flatMap(([part, items]) =>
			FORMATS.map(({ extension, type, write }) => [
				`${part}.${extension}`,
				{ type, body: () => write(items) }
			])
		)
	);
}

/** The export files a timeline has: its references, and its article when it has one. */
export function exportFiles(timeline: Timeline): ExportFile[] {
	return [...exportTable(timeline)].map(([file, { type }]) => ({ file, type }));
}

/** The text of one of a timeline's export files; undefined for a file it does not have. */
export function exportBody(timeline: Timeline, file: string): string | undefined {
	return exportTable(timeline).get(file)?.body();
}
