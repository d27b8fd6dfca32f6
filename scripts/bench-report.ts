// A page's benchmark runs reduced to medians, and the table that shows them.
import type { PageRun } from './bench-page';

type NumericKey<T> = { [K in keyof T]-?: T[K] extends number | null ? K : never }[keyof T];
export type Figure = NumericKey<PageRun>;

const FIGURES: Figure[] = [
	'fcpMs',
	'interactiveMs',
	'interactionMs',
	'frames',
	'medianFrameMs',
	'p95FrameMs',
	'maxFrameMs',
	'longTasks',
	'eventMarks',
	'chartMarks'
];

export interface PageResult {
	/** The path asked for, and the URL the build serves it at. */
	path: string;
	url: string;
	events: number;
	htmlBytes: number;
	/** The median of each figure over the runs (null when no run had it). */
	median: Record<Figure, number | null>;
	interactiveBy: string;
	interactedWith: string;
	runs: PageRun[];
}

/** The median of the known values; the mean of the middle two for an even count. */
export function median(values: readonly (number | null)[]): number | null {
	const known = values
		.filter((v): v is number => v !== null && !Number.isNaN(v))
		.sort((a, b) => a - b);
	const mid = Math.floor(known.length / 2);
	if (!known.length) return null;
	if (known.length % 2) return known[mid] ?? null;
	return ((known[mid - 1] ?? 0) + (known[mid] ?? 0)) / 2;
}

const distinct = (values: string[]) => [...new Set(values)].join(', ');

export function summarize(
	page: Omit<PageResult, 'median' | 'interactiveBy' | 'interactedWith'>
): PageResult {
	const { runs } = page;
	return {
		...page,
		median: Object.fromEntries(
			FIGURES.map((figure) => [figure, median(runs.map((run) => run[figure]))])
		) as Record<Figure, number | null>,
		interactiveBy: distinct(runs.map((run) => run.interactiveBy)),
		interactedWith: distinct(runs.map((run) => run.interactedWith))
	};
}

const HEADER = [
	'page',
	'events',
	'HTML KB',
	'FCP ms',
	'interactive ms',
	'drive s',
	'frames',
	'median ms',
	'p95 ms',
	'max ms',
	'long tasks',
	'marks',
	'in chart',
	'errors'
];

/** Prints the medians as a table, then how each page was judged and any page errors. */
export function printTable(results: readonly PageResult[], runs: number): void {
	const ms = (value: number | null) => (value === null ? '–' : value.toFixed(1));
	const count = (value: number | null) => (value === null ? '–' : String(value));
	const rows = results.map(({ url, events, htmlBytes, median: m, runs }) => [
		url,
		String(events),
		(htmlBytes / 1024).toFixed(0),
		ms(m.fcpMs),
		ms(m.interactiveMs),
		m.interactionMs === null ? '–' : (m.interactionMs / 1000).toFixed(1),
		count(m.frames),
		ms(m.medianFrameMs),
		ms(m.p95FrameMs),
		ms(m.maxFrameMs),
		count(m.longTasks),
		count(m.eventMarks),
		count(m.chartMarks),
		String(Math.max(...runs.map((run) => run.errors.length)))
	]);
	const widths = HEADER.map((h, i) =>
		Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0))
	);
	const line = (cells: string[]) =>
		console.log(
			cells.map((c, i) => (i ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ')
		);
	console.log(`\nMedians of ${runs} runs at 1280×800 (frame times over the zoom-and-pan drive):\n`);
	line(HEADER);
	for (const row of rows) line(row);
	console.log('');
	for (const result of results) {
		console.log(
			`${result.url}: interactive = ${result.interactiveBy}; driven over ${result.interactedWith}`
		);
		for (const error of new Set(result.runs.flatMap((run) => run.errors))) {
			console.log(`  page error: ${error}`);
		}
	}
}
