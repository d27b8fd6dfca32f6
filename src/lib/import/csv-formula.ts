// Cells a spreadsheet would run as formulas: how the events table writes them, and reads them back.
// A spreadsheet takes a cell that starts with = + - @ (or their full-width forms, in some locales),
// a tab or a carriage return as a formula. Such a cell is written with an apostrophe in front, which
// spreadsheets show as text (OWASP's advice); papaparse's own pattern for this misses a cell that
// spans lines, so it is given this one. A cell whose apostrophes come before such a character gets
// one more, so the rule can be undone: a reader drops one leading apostrophe from every cell that
// matches FORMULA_ESCAPED (see restoreCell), and gets the text back exactly. Numbers are written as
// numbers and left alone (a negative number is no formula); a date is text like any other.
export const FORMULA_START = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const FORMULA_ESCAPED = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell of events.csv as it was before it was kept from being read as a formula. */
export function restoreCell(cell: string): string {
	return FORMULA_ESCAPED.test(cell) ? cell.slice(1) : cell;
}
