// Reads JSON text into a syntax tree that remembers where each value stands, so problems point at lines.
import {
	evaluate,
	parse,
	type DocumentNode,
	type MemberNode,
	type ValueNode
} from '@humanwhocodes/momoa';
import type { Problem } from './problem';
import { MAX_DEPTH, scanJson, strictProblems } from './strict-json';

export type JsonPath = readonly (string | number)[];

export interface Position {
	line: number;
	column: number;
}

export type JsonSource =
	| {
			ok: true;
			value: unknown;
			/** The tree with every value's position, built on first call: a valid file never needs it. */
			root: () => ValueNode;
			problems: Problem[];
	  }
	| { ok: false; position: Position; message: string; hint?: string };

/** A character as a message can show it: itself when visible, else its code point (U+0000). */
export function visible(char: string): string {
	return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) && char !== '\ufffd'
		? `'${char}'`
		: `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function describeSyntaxError(message: string): string {
	// momoa says e.g. "Unexpected token Comma found. (2:4)"; the position is reported separately.
	const bare = message.replace(/\s*\(\d+:\d+\)\s*$/, '');
	const token = /Unexpected token (\w+) found/.exec(bare);
	if (token) return `unexpected ${token[1]?.toLowerCase()}: ${expectationFor(token[1] ?? '')}`;
	if (/Unexpected end of input/i.test(bare)) {
		return 'the file ends too early: a closing } or ] or a value is missing';
	}
	const char = /Unexpected character '(.+)' found/.exec(bare);
	if (char) {
		return `unexpected character ${visible(char[1] ?? '')}: JSON needs double-quoted strings and no comments`;
	}
	return bare;
}

function expectationFor(token: string): string {
	if (token === 'Comma') return 'a value or closing bracket was expected (a trailing comma?)';
	if (token === 'RBrace' || token === 'RBracket') {
		return 'a value was expected before it (a trailing comma?)';
	}
	if (token === 'String') return 'a comma or colon is missing before this string';
	return 'check the punctuation just before it';
}

interface MomoaSyntaxError {
	message: string;
	line: number;
	column: number;
}

function isMomoaError(error: unknown): error is MomoaSyntaxError {
	return (
		error instanceof Error &&
		typeof (error as Partial<MomoaSyntaxError>).line === 'number' &&
		typeof (error as Partial<MomoaSyntaxError>).column === 'number'
	);
}

/**
 * Parses JSON text, keeping positions; a syntax error comes back as a value, never thrown. What
 * parses but must not be in a timeline (duplicate keys, control characters, lone surrogates) comes
 * back as `problems`; nesting too deep to parse safely is an error found before parsing.
 */
export function readJson(text: string): JsonSource {
	const scan = scanJson(text);
	if (scan.tooDeep) {
		return {
			ok: false,
			position: scan.tooDeep,
			message: `nested more than ${MAX_DEPTH} levels deep`,
			hint: 'a timeline needs only a few levels: remove the extra brackets'
		};
	}
	if (!scan.suspect) {
		// The common case, fast: nothing for the strict checks, so the positioned tree waits until
		// a problem needs locating (JSON.parse refuses what momoa would, and momoa then says where).
		try {
			const value: unknown = JSON.parse(text);
			let root: ValueNode | undefined;
			return {
				ok: true,
				value,
				root: () => (root ??= parse(text, { mode: 'json' }).body),
				problems: []
			};
		} catch {
			// fall through to the parser that gives a position
		}
	}
	let document: DocumentNode;
	try {
		document = parse(text, { mode: 'json' });
	} catch (error) {
		if (!isMomoaError(error)) {
			return { ok: false, position: { line: 1, column: 1 }, message: String(error) };
		}
		return {
			ok: false,
			position: { line: error.line, column: error.column },
			message: describeSyntaxError(error.message)
		};
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		// momoa lets raw control characters through, which JSON.parse refuses; they are reported anyway.
		value = evaluate(document);
	}
	const root = document.body;
	return { ok: true, value, root: () => root, problems: strictProblems(root, text) };
}

function nameOf(member: MemberNode): string {
	return member.name.type === 'String' ? member.name.value : member.name.name;
}

function child(node: ValueNode, key: string | number): ValueNode | undefined {
	if (node.type === 'Object' && typeof key === 'string') {
		return node.members.find((member) => nameOf(member) === key)?.value;
	}
	if (node.type === 'Array' && typeof key === 'number') return node.elements[key]?.value;
	return undefined;
}

/**
 * Where the value at `path` starts; for a path that does not exist (a missing field), the
 * nearest value that does. With `atKey`, an object member's name rather than its value.
 */
export function locate(root: ValueNode, path: JsonPath, atKey = false): Position {
	let node = root;
	for (const [index, key] of path.entries()) {
		if (atKey && index === path.length - 1 && node.type === 'Object') {
			const member = node.members.find((m) => nameOf(m) === key);
			if (member) return { ...member.name.loc.start };
		}
		const next = child(node, key);
		if (!next) break;
		node = next;
	}
	return { line: node.loc.start.line, column: node.loc.start.column };
}

/** "events[31].claims[0].id": the path as a reader of the file would write it. */
export function formatPath(path: JsonPath): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
		else out += `[${JSON.stringify(key)}]`;
	}
	return out || '(root)';
}
