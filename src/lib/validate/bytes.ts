// A data file's bytes to its text: UTF-8 only, strictly. A byte-order mark is dropped (editors do
// not count it, so positions stay as they show them); anything else is refused at the byte at fault.
import type { Position } from './json-source';

export type Decoded =
	{ ok: true; text: string } | { ok: false; position: Position; message: string; hint: string };

const SAVE_AS_UTF8 = 'save the file as UTF-8 (in most editors: "Save with encoding", then "UTF-8")';

function byte(value: number): string {
	return `0x${value.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** UTF-16 or UTF-32, told by a byte-order mark or by the zero bytes around JSON's first ASCII character. */
function wideEncoding(bytes: Uint8Array): string | undefined {
	const [a, b, c, d] = bytes;
	if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'UTF-32' : 'UTF-16';
	if (a === 0xfe && b === 0xff) return 'UTF-16';
	if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32';
	if (bytes.length >= 2 && (a === 0) !== (b === 0)) return 'UTF-16';
	return undefined;
}

/** The length of the UTF-8 sequence a lead byte starts, and the range its second byte must be in. */
function sequence(lead: number): [length: number, low: number, high: number] | undefined {
	if (lead < 0x80) return [1, 0, 0];
	if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
	if (lead === 0xe0) return [3, 0xa0, 0xbf];
	if (lead === 0xed) return [3, 0x80, 0x9f]; // beyond it are surrogates, never valid in UTF-8
	if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
	if (lead === 0xf0) return [4, 0x90, 0xbf];
	if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
	if (lead === 0xf4) return [4, 0x80, 0x8f];
	return undefined;
}

/** The offset of the first byte that breaks UTF-8, and why; undefined when all of it is valid. */
export function invalidUtf8(bytes: Uint8Array): { offset: number; message: string } | undefined {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i]!;
		const expected = sequence(lead);
		if (!expected) {
			return { offset: i, message: `byte ${byte(lead)} cannot start a character in UTF-8` };
		}
		const [length, low, high] = expected;
		for (let k = 1; k < length; k++) {
			const next = bytes[i + k];
			const inRange =
				k === 1
					? next !== undefined && next >= low && next <= high
					: next !== undefined && next >= 0x80 && next <= 0xbf;
			if (!inRange) {
				return {
					offset: i,
					message:
						next === undefined
							? `the file ends inside a character (byte ${byte(lead)} needs ${length - 1} more)`
							: `byte ${byte(lead)} starts a character that byte ${byte(next)} does not continue in UTF-8`
				};
			}
		}
		i += length;
	}
	return undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a data file's bytes as UTF-8, or says where and why they are not. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
	const wide = wideEncoding(bytes);
	if (wide) {
		return {
			ok: false,
			position: { line: 1, column: 1 },
			message: `the file is encoded as ${wide}, not UTF-8`,
			hint: SAVE_AS_UTF8
		};
	}
	const body =
		bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	try {
		return { ok: true, text: decoder.decode(body) };
	} catch {
		const bad = invalidUtf8(body) ?? { offset: 0, message: 'the file is not valid UTF-8' };
		const lineStart = bad.offset === 0 ? 0 : body.lastIndexOf(0x0a, bad.offset - 1) + 1;
		const line = 1 + body.subarray(0, lineStart).filter((b) => b === 0x0a).length;
		const column = decoder.decode(body.subarray(lineStart, bad.offset)).length + 1;
		return {
			ok: false,
			position: { line, column },
			message: `not UTF-8: ${bad.message}`,
			hint: `${SAVE_AS_UTF8}; text saved as Latin-1 or Windows-1252 looks like this`
		};
	}
}
