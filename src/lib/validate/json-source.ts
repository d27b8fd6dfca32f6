// Reads JSON text into a syntax tree that remembers where each value stands, so problems point at lines.
import { parse, type DocumentNode, type MemberNode, type ValueNode } from '@humanwhocodes/momoa';

export type JsonPath = readonly (string | number)[];

export interface Position {
	line: number;
	column: number;
}

export type JsonSource =
	| { ok: true; value: unknown; root: ValueNode }
	| { ok: false; position: Position; message: string };

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
		return `unexpected character '${char[1]}': JSON needs double-quoted strings and no comments`;
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

/** Parses JSON text, keeping positions; a syntax error comes back as a value, never thrown. */
export function readJson(text: string): JsonSource {
	let document: DocumentNode;
	try {
		document = parse(text, { mode: 'json' });
	} catch (error) {
		if (!isMomoaError(error)) throw error;
		return {
			ok: false,
			position: { line: error.line, column: error.column },
			message: describeSyntaxError(error.message)
		};
	}
	return { ok: true, value: JSON.parse(text) as unknown, root: document.body };
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
