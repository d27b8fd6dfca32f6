// The line of a file a problem is on, with a mark under its column: as a reader sees it in the file.
import type { Position } from '../validate/json-source';

/** At most this much of a long line, around the column. */
const WIDTH = 120;

export interface Excerpt {
	/** The line's text (a long line cut around the column, with … where cut). */
	text: string;
	/** Where the column falls in `text`, from 0. */
	at: number;
}

export function excerptOf(lines: readonly string[], { line, column }: Position): Excerpt {
	const full = (lines[line - 1] ?? '').replace(/\t/g, ' ');
	if (full.length <= WIDTH) return { text: full, at: Math.min(column - 1, full.length) };
	const start = Math.max(0, Math.min(column - 1 - WIDTH / 2, full.length - WIDTH));
	const text = `${start > 0 ? '…' : ''}${full.slice(start, start + WIDTH)}${start + WIDTH < full.length ? '…' : ''}`;
	return { text, at: column - 1 - start + (start > 0 ? 1 : 0) };
}

/** The excerpt as two printed lines: the line, and a caret under the column. */
export function excerpt(lines: readonly string[], position: Position): string {
	const { text, at } = excerptOf(lines, position);
	return `    ${text}\n    ${' '.repeat(Math.max(0, at))}^`;
}
