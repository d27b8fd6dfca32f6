import { describe, expect, it } from 'vitest';
import { validTimeline } from './test-fixture';
import { scanJson, topLevelKey } from './strict-json';
import { reportLines, validateTimeline, validateTimelineBytes } from './validate';

const FILE = 'data/test.json';
const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = () => JSON.stringify(validTimeline(), null, 2);

/** The file's one problem as printed, which must name a position and never a stack trace. */
function onlyLine(bytes: Uint8Array): string {
	const result = validateTimelineBytes(bytes, FILE);
	expect(result.ok).toBe(false);
	const lines = result.ok ? [] : reportLines(result.problems);
	expect(lines).toHaveLength(1);
	return lines[0]!;
}

/** Every printed problem of a file's text. */
function linesOf(text: string): string[] {
	const result = validateTimeline(text, FILE);
	return result.ok ? [] : reportLines(result.problems);
}

/** 1-based line and column of the first `needle` in `text`, shifted by `offset` characters. */
function at(text: string, needle: string, offset = 0): string {
	const index = text.indexOf(needle) + offset;
	const before = text.slice(0, index).split('\n');
	return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

/** Nothing a reader cannot see: no controls, no replacement character, no byte-order mark. */
const INVISIBLE = /[\p{Cc}\ufffd\ufeff]/u;

describe('reading a data file’s bytes', () => {
	it('accepts valid UTF-8 with and without a byte-order mark', () => {
		expect(validateTimelineBytes(utf8(fixture()), FILE).ok).toBe(true);
		const bom = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(fixture()));
		expect(validateTimelineBytes(bom, FILE).ok).toBe(true);
	});

	it('keeps positions after a byte-order mark as an editor shows them', () => {
		const text = '{"meta": {}, "extra": 1}';
		const plain = validateTimelineBytes(utf8(text), FILE);
		const bom = validateTimelineBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text)), FILE);
		const extra = (r: typeof plain) =>
			!r.ok && r.problems.find((p) => p.message === 'unknown field "extra"');
		expect(extra(bom)).toMatchObject({ line: 1, column: 14 });
		expect(extra(bom)).toMatchObject(extra(plain) || {});
	});

	it('points at the first byte that is not UTF-8, on its line and column', () => {
		const text = fixture().replace('"First event"', '"First XX event"');
		const bytes = utf8(text);
		const index = utf8(text.slice(0, text.indexOf('XX'))).length;
		bytes.set([0xff, 0xfe], index);
		const line = onlyLine(bytes);
		expect(line).toContain(
			`${FILE}:${at(text, 'XX')}  (root)  not UTF-8: byte 0xFF cannot start a character`
		);
		expect(line).toContain('save the file as UTF-8');
		expect(line).not.toMatch(INVISIBLE);
	});

	it('counts columns in characters, not bytes, before the bad byte', () => {
		const text = '{"title": "Ирана X"}';
		const bytes = utf8(text);
		bytes[utf8(text.slice(0, text.indexOf('X'))).length] = 0xc3; // a lead byte cut short
		expect(onlyLine(bytes)).toMatch(
			/^data\/test\.json:1:18 {2}\(root\) {2}not UTF-8: byte 0xC3 starts a character/
		);
	});

	it.each([
		['UTF-16 with a little-endian byte-order mark', [0xff, 0xfe], 'utf-16le'],
		['UTF-16 without a byte-order mark', [], 'utf-16le'],
		['UTF-16 big-endian', [0xfe, 0xff], 'utf-16be']
	])('refuses %s, naming the encoding in words', (_name, mark, encoding) => {
		const units = [...'{"meta": 1}'].flatMap((c) =>
			encoding === 'utf-16le' ? [c.charCodeAt(0), 0] : [0, c.charCodeAt(0)]
		);
		const line = onlyLine(new Uint8Array([...mark, ...units]));
		expect(line).toBe(
			`${FILE}:1:1  (root)  the file is encoded as UTF-16, not UTF-8 (save the file as UTF-8 (in most editors: "Save with encoding", then "UTF-8"))`
		);
		expect(line).not.toMatch(INVISIBLE);
	});
});

describe('strict JSON content', () => {
	it.each([
		['an escaped NUL', '\\u0000', 'control character U+0000 in a string'],
		['an escaped escape character', '\\u001b', 'control character U+001B in a string'],
		['an escaped lone high surrogate', '\\ud800', 'lone surrogate U+D800'],
		['an escaped lone low surrogate', '\\udc00', 'lone surrogate U+DC00']
	])('refuses %s in a title, at the escape', (_name, escape, message) => {
		const text = fixture().replace('"First event"', `"First ${escape} event"`);
		const prefix = `${FILE}:${at(text, escape)}  events[0].title  ${message}`;
		expect(linesOf(text).filter((line) => line.startsWith(prefix))).toHaveLength(1);
	});

	it('refuses a raw control character, saying how to write it', () => {
		const text = fixture().replace('"First event"', '"First\tevent"');
		expect(linesOf(text)).toContainEqual(
			`${FILE}:${at(text, '\t')}  events[0].title  control character U+0009 written raw in a string (write it as \\t)`
		);
	});

	it('refuses a raw NUL between values without printing it', () => {
		const [line] = linesOf('{"meta": 1}\u0000');
		expect(line).toBe(
			`${FILE}:1:12  (root)  unexpected character U+0000: JSON needs double-quoted strings and no comments`
		);
	});

	it('accepts escaped tabs and line breaks and whole characters beyond the BMP', () => {
		const text = fixture().replace('"First event"', '"First\\tevent\\n \\ud83d\\ude00 😀"');
		expect(validateTimeline(text, FILE).ok).toBe(true);
	});

	it('refuses a duplicate key at the second, saying where the first is', () => {
		const text = fixture().replace('"id": "first",', '"id": "BAD ID!",\n      "id": "first",');
		const first = at(text, '"id": "BAD').split(':');
		expect(linesOf(text)).toContainEqual(
			`${FILE}:${at(text, '"id": "first"')}  events[0].id  duplicate key "id": this object already has it at line ${first[0]}, column ${first[1]} (keep one: JSON readers differ on which of the two they take)`
		);
	});

	it('refuses a duplicate whole section', () => {
		const text = fixture().replace(/\n}$/, ',\n  "lanes": []\n}');
		const prefix = `${FILE}:${at(text, '"lanes": []')}  lanes  duplicate key "lanes"`;
		expect(linesOf(text).filter((line) => line.startsWith(prefix))).toHaveLength(1);
	});

	it.each([65, 4000, 100_000])(
		'refuses nesting %i deep at the bracket past the limit, without a stack trace',
		(depth) => {
			const text = `{"references": [{"id": "x", "deep": ${'['.repeat(depth)}${']'.repeat(depth)}}]}`;
			// The root, the list and its item are 3 levels, so the 62nd bracket of the run is the 65th level.
			const column = text.indexOf('[[') + 62;
			expect(linesOf(text)).toEqual([
				`${FILE}:1:${column}  (root)  nested more than 64 levels deep (a timeline needs only a few levels: remove the extra brackets)`
			]);
		}
	);

	it('accepts nesting up to the limit', () => {
		const text = `{"deep": ${'['.repeat(63)}${']'.repeat(63)}}`;
		expect(linesOf(text).join('\n')).not.toContain('nested');
	});
});

describe('the quick scan before the tree is built', () => {
	it.each([
		['a repeated key', '{"a": 1, "a": 2}', true],
		['one key spelt two ways', '{"a/b": 1, "a\\/b": 2}', true],
		['a \\u escape', '{"a": "\\u0041"}', true],
		['keys repeated in different objects', '{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}', false],
		['a key-like value', '{"a": "a", "b": ["a", "a"]}', false]
	])('flags %s as %s', (_name, text, suspect) => {
		expect(scanJson(text)).toEqual({ suspect });
	});
});

describe('a top-level key found without the tree', () => {
	it('skips strings and nested objects that hold the same name', () => {
		const text = '{\n  "meta": {"events": 1, "x": "\\"events\\": 2"},\n  "events": []\n}';
		expect(topLevelKey(text, 'events')).toEqual({ line: 3, column: 3 });
		expect(topLevelKey(text, 'lanes')).toBeUndefined();
	});

	it('locates the limit on events at the events key', () => {
		const timeline = validTimeline();
		const [first] = timeline.events;
		timeline.events = Array.from({ length: 20_001 }, (_, i) => ({ ...first!, id: `e-${i}` }));
		const text = JSON.stringify(timeline, null, 2);
		const result = validateTimeline(text, 'data/big.json');
		const line = text.split('\n').findIndex((row) => row.startsWith('  "events"')) + 1;
		expect(!result.ok && reportLines(result.problems)).toEqual([
			expect.stringMatching(
				new RegExp(`^data/big\\.json:${line}:3 +events +a timeline holds at most 20,000`)
			)
		]);
	});
});
