// What JSON allows but a timeline must not hold: nesting past a fixed depth (checked on the text,
// before any recursive parser runs), duplicate keys, control characters and lone surrogates.
import type { ValueNode } from '@humanwhocodes/momoa';
import type { JsonPath, Position } from './json-source';
import type { Problem } from './problem';

/** Deeper than any timeline needs (a reference's date parts sit 6 levels down). */
export const MAX_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** Line and column (1-based, in UTF-16 units as editors count) of `offset`; \r\n, \r and \n end lines. */
export function positionAt(text: string, offset: number): Position {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset; i++) {
		const code = text.charCodeAt(i);
		if (code === NEWLINE || (code === RETURN && text.charCodeAt(i + 1) !== NEWLINE)) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

/**
 * Where the member `name` of the outermost object starts, found by one pass that skips strings and
 * nested values: a located problem about a huge file without building its positioned tree.
 */
export function topLevelKey(text: string, name: string): Position | undefined {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === QUOTE) {
			const start = i;
			for (i++; i < text.length && text.charCodeAt(i) !== QUOTE; i++) {
				if (text.charCodeAt(i) === BACKSLASH) i++;
			}
			if (depth === 1 && /^\s*:/.test(text.slice(i + 1, i + 40))) {
				if (text.slice(start + 1, i) === name) return positionAt(text, start);
			}
		} else if (code === 0x7b || code === 0x5b) depth++;
		else if (code === 0x7d || code === 0x5d) depth--;
	}
	return undefined;
}

export interface Scan {
	/** Where the text first opens a bracket deeper than the limit. */
	tooDeep?: Position;
	/**
	 * Whether the text may hold what strictProblems reports (a repeated key, an escape, a control
	 * character, a surrogate); when false, the positioned tree need not be built for a valid file.
	 */
	suspect: boolean;
}

/**
 * One pass over the text, without parsing it: how deep it nests, and whether a key repeats or a
 * string holds anything suspect. Malformed JSON is left to the parser, which says where.
 */
export function scanJson(text: string, max = MAX_DEPTH): Scan {
	// One entry per open bracket: the keys an object has so far, or null for an array.
	const open: (Set<string> | null)[] = [];
	let expectKey = false;
	let suspect = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === QUOTE) {
			let end = i + 1;
			for (; end < text.length; end++) {
				const c = text.charCodeAt(end);
				if (c === QUOTE) break;
				if (c === BACKSLASH) {
					if (text.charCodeAt(end + 1) === 0x75) suspect = true; // \u: any code at all
					end++;
				} else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff)) {
					suspect = true;
				}
			}
			const keys = open[open.length - 1];
			if (expectKey && keys) {
				const key = text.slice(i + 1, end);
				// Two spellings of one key ("a/b", "a\/b") differ until decoded: leave them to the tree.
				if (keys.has(key) || key.includes('\\')) suspect = true;
				keys.add(key);
			}
			expectKey = false;
			i = end;
		} else if (code === 0x7b || code === 0x5b) {
			open.push(code === 0x7b ? new Set() : null);
			if (open.length > max) return { tooDeep: positionAt(text, i), suspect };
			expectKey = code === 0x7b;
		} else if (code === 0x7d || code === 0x5d) {
			open.pop();
			expectKey = false;
		} else if (code === 0x2c) expectKey = open[open.length - 1] !== null;
	}
	return { suspect };
}

// Any control character (C0, DEL, C1) and any lone surrogate: what a string is checked for.
const SUSPECT = /[\p{Cc}\p{Cs}]/u;

function hex(code: number): string {
	return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character in `value` that no text should hold, with its index and what to say. */
function badCharacter(value: string): { index: number; message: string; hint: string } | undefined {
	for (let i = 0; i < value.length; i++) {
		const code = value.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = value.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				i++;
				continue;
			}
		}
		if (code >= 0xd800 && code <= 0xdfff) {
			return {
				index: i,
				message: `lone surrogate ${hex(code)}: half of a character written as a \\u escape`,
				hint: 'write the whole character (both halves of the pair), or remove the escape'
			};
		}
		if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
			if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
			return {
				index: i,
				message: `control character ${hex(code)} in a string`,
				hint: 'remove it: text may hold tabs and line breaks but no other control characters'
			};
		}
	}
	return undefined;
}

/** Offset in the raw string literal (quotes included) of the character at `index` of its value. */
function rawIndex(raw: string, index: number): number {
	let decoded = 0;
	let i = 1;
	while (i < raw.length - 1 && decoded < index) {
		if (raw.charCodeAt(i) === BACKSLASH) i += raw[i + 1] === 'u' ? 6 : 2;
		else i++;
		decoded++;
	}
	return i;
}

interface StringNodeLike {
	value: string;
	loc: { start: Position & { offset: number }; end: { offset: number } };
}

function stringProblem(
	node: StringNodeLike,
	text: string,
	path: JsonPath,
	atKey: boolean
): Problem[] {
	if (!SUSPECT.test(node.value)) return [];
	const raw = text.slice(node.loc.start.offset, node.loc.end.offset);
	// JSON needs controls escaped even where they are allowed; momoa lets raw ones through.
	for (let i = 1; i < raw.length - 1; i++) {
		const code = raw.charCodeAt(i);
		if (code < 0x20) {
			const escape = { 9: '\\t', 10: '\\n', 13: '\\r' }[code];
			return [
				{
					path: [...path],
					atKey,
					at: { line: node.loc.start.line, column: node.loc.start.column + i },
					message: `control character ${hex(code)} written raw in a string`,
					hint: escape ? `write it as ${escape}` : 'remove it'
				}
			];
		}
	}
	const bad = badCharacter(node.value);
	if (!bad) return [];
	const column = node.loc.start.column + rawIndex(raw, bad.index);
	return [
		{
			path: [...path],
			atKey,
			at: { line: node.loc.start.line, column },
			message: bad.message,
			hint: bad.hint
		}
	];
}

/** Every duplicate key and bad character in the tree, each at the exact place it stands. */
export function strictProblems(root: ValueNode, text: string): Problem[] {
	const problems: Problem[] = [];
	// One path, grown and shrunk as the walk goes, copied only for a problem: files hold a million nodes.
	const path: (string | number)[] = [];
	const walk = (node: ValueNode): void => {
		if (node.type === 'String') problems.push(...stringProblem(node, text, path, false));
		else if (node.type === 'Array') {
			node.elements.forEach((element, index) => {
				path.push(index);
				walk(element.value);
				path.pop();
			});
		} else if (node.type === 'Object') {
			const seen = new Map<string, Position>();
			for (const member of node.members) {
				const name = member.name.type === 'String' ? member.name.value : member.name.name;
				const at = { line: member.name.loc.start.line, column: member.name.loc.start.column };
				path.push(name);
				if (member.name.type === 'String') {
					problems.push(...stringProblem(member.name, text, path, true));
				}
				const first = seen.get(name);
				if (first) {
					problems.push({
						path: [...path],
						atKey: true,
						at,
						message: `duplicate key "${name}": this object already has it at line ${first.line}, column ${first.column}`,
						hint: 'keep one: JSON readers differ on which of the two they take'
					});
				} else seen.set(name, at);
				walk(member.value);
				path.pop();
			}
		}
	};
	walk(root);
	return problems;
}
