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

// Without ASCII-only mode the plugin escapes nothing, so LaTeX's special characters are escaped
// here, in every field but those BibTeX keeps verbatim.
const VERBATIM_FIELDS = new Set(['id', 'type', 'URL', 'DOI']);
const LATEX_ESCAPES: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}'
};

function escapeLatex(value: unknown): unknown {
	if (typeof value === 'string')
		return value.replace(/[\\{}&%$#_~^]/g, (c) => LATEX_ESCAPES[c] ?? c);
	if (Array.isArray(value)) return value.map(escapeLatex);
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, part]) => [key, escapeLatex(part)]));
	}
	return value;
}

function latexSafe(item: CslItem): CslItem {
	const fields = Object.entries(item).map(([key, value]) => [
		key,
		VERBATIM_FIELDS.has(key) ? value : escapeLatex(value)
	]);
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

// Records are written out here rather than by the plugin, which cuts values into 70-character
// lines (splitting words and URLs) and IDs to 20 characters (so two references would share one).
function risRecord(record: RisRecord, id: string): string {
	const { TY: type, ...tags } = record;
	const lines = [`TY  - ${type}`];
	for (const [tag, values] of Object.entries({ ...tags, ID: id })) {
		for (const value of [values].flat()) {
			lines.push(`${tag}  - ${String(value).replace(/\s*[\r\n]+\s*/g, ' ')}`);
		}
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
