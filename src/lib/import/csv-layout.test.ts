import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvLayout } from './csv-layout';

/** Each field's start as line:column, record by record. */
function places(text: string, delimiter?: string): string[][] {
	const layout = csvLayout(text, delimiter);
	return layout.records.map((fields) =>
		fields.map((offset) => {
			const { line, column } = layout.position(offset);
			return `${line}:${column}`;
		})
	);
}

describe('csvLayout', () => {
	it('finds each field of plain records', () => {
		const text = 'year,headline\n2016,A deal\n2021,A visit';
		expect(csvLayout(text).records).toEqual([
			[0, 5],
			[14, 19],
			[26, 31]
		]);
		expect(places(text)).toEqual([
			['1:1', '1:6'],
			['2:1', '2:6'],
			['3:1', '3:6']
		]);
	});

	it('reads a comma inside quotes as part of the field', () => {
		const text = '"Tehran, Moscow",2016,x';
		expect(csvLayout(text).records).toEqual([[0, 17, 22]]);
	});

	it('reads doubled quotes as a quote inside the field, not its end', () => {
		const text = '"He said ""no, never"", twice",2016\nnext,row';
		expect(places(text)).toEqual([
			['1:1', '1:32'],
			['2:1', '2:6']
		]);
	});

	it('reads a field of only doubled quotes and an empty quoted field', () => {
		expect(csvLayout('"""""",b\n"",d').records).toEqual([
			[0, 7],
			[9, 12]
		]);
	});

	it('ends records at CRLF, and counts CRLF as one line break', () => {
		const text = 'a,b\r\nc,d\r\ne,f\r\n';
		expect(csvLayout(text).records).toEqual([
			[0, 2],
			[5, 7],
			[10, 12]
		]);
		expect(places(text)).toEqual([
			['1:1', '1:3'],
			['2:1', '2:3'],
			['3:1', '3:3']
		]);
	});

	it('ends records and lines at a lone CR', () => {
		expect(places('a,b\rc,d')).toEqual([
			['1:1', '1:3'],
			['2:1', '2:3']
		]);
	});

	it('keeps a quoted line break inside its record, and counts it as a line', () => {
		const text = 'a,"two\nlines",b\nc,d';
		expect(csvLayout(text).records).toEqual([
			[0, 2, 14],
			[16, 18]
		]);
		// The field after the quoted line break is on the second line, as an editor shows it.
		expect(places(text)).toEqual([
			['1:1', '1:3', '2:8'],
			['3:1', '3:3']
		]);
	});

	it('keeps a quoted CRLF inside its record, and counts it as one line', () => {
		const text = '"x\r\ny",z\r\nw';
		expect(csvLayout(text).records).toEqual([[0, 7], [10]]);
		expect(places(text)).toEqual([['1:1', '2:4'], ['3:1']]);
	});

	it('keeps empty lines as records with one field', () => {
		expect(csvLayout('a,b\n\nc').records).toEqual([[0, 2], [4], [5]]);
	});

	it('adds no record for the line break that ends the text', () => {
		expect(csvLayout('a\n').records).toEqual([[0]]);
		expect(csvLayout('').records).toEqual([]);
	});

	it('reads a quote that does not open a field as a character of it', () => {
		expect(csvLayout('5" gun,b\nc').records).toEqual([[0, 7], [9]]);
	});

	it('splits at the delimiter it is given', () => {
		expect(csvLayout('a;"b;c";d,e', ';').records).toEqual([[0, 2, 8]]);
	});

	it('places the last line’s columns after the last line break', () => {
		const { position } = csvLayout('a\nbc\r\nd');
		expect([0, 2, 3, 6].map(position)).toEqual([
			{ line: 1, column: 1 },
			{ line: 2, column: 1 },
			{ line: 2, column: 2 },
			{ line: 3, column: 1 }
		]);
	});

	it('finds each field where papaparse reads it, whatever its cells hold', () => {
		const rows = [
			['timeline', 'id', 'summary', 'claims'],
			[
				'iran-russia',
				'a',
				'With a comma, and "quotes".',
				'syria (supports): yes\nsince-2014 (context): no'
			],
			['iran-russia', 'b', 'Two\r\nlines', ''],
			['iran-russia', 'c', '""', '"quoted, "twice""']
		];
		for (const newline of ['\n', '\r\n'] as const) {
			const text = Papa.unparse(rows, { newline });
			const read = Papa.parse<string[]>(text, { newline }).data;
			const { records } = csvLayout(text);
			expect(records.map((fields) => fields.length)).toEqual(read.map((row) => row.length));
			records.forEach((fields, r) =>
				fields.forEach((offset, f) => {
					const cell = text.slice(offset);
					const value = read[r]![f]!;
					// An unquoted field starts with its value; a quoted one with a quote, then its value.
					if (cell.startsWith('"'))
						expect(cell.slice(1).replaceAll('""', '"').startsWith(value)).toBe(true);
					else expect(cell.startsWith(value)).toBe(true);
				})
			);
		}
	});
});
