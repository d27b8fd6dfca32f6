// Where each record and field of a CSV text starts, as an editor shows it (line and column), so a
// problem in a spreadsheet's row is pointed at its cell. papaparse reads the values; this only walks
// the text as RFC 4180 lays it out (a quoted field may hold commas, quotes and line breaks).
import type { Position } from '../validate/json-source';

export interface CsvLayout {
	/** For each record (empty lines included), the offset where each of its fields starts. */
	records: number[][];
	/** The line and column of an offset in the text. */
	position(offset: number): Position;
}

export function csvLayout(text: string, delimiter = ','): CsvLayout {
	const records: number[][] = [];
	let fields: number[] = [0];
	let quoted = false;
	let fieldStart = true;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"') {
				if (text[i + 1] === '"') i++;
				else quoted = false;
			}
			continue;
		}
		if (char === '"' && fieldStart) {
			quoted = true;
			fieldStart = false;
		} else if (char === delimiter) {
			fields.push(i + 1);
			fieldStart = true;
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			records.push(fields);
			fields = [i + 1];
			fieldStart = true;
		} else fieldStart = false;
	}
	if (fields[0]! < text.length) records.push(fields);

	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\n') lineStarts.push(i + 1);
		else if (text[i] === '\r' && text[i + 1] !== '\n') lineStarts.push(i + 1);
	}
	const position = (offset: number): Position => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (lineStarts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low + 1, column: offset - lineStarts[low]! + 1 };
	};
	return { records, position };
}
