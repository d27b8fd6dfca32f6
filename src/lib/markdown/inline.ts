// Event summaries allow a small, safe Markdown subset: emphasis, strong emphasis and links.
// They are parsed once, at the data edge, into a tree that components draw without any HTML strings.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent, RootContent } from 'mdast';
import { DOI_PATTERN } from '../schema/primitives';
import type { Inline } from './plain-text';

export type { Inline } from './plain-text';
export { plainText } from './plain-text';

export type InlineResult = { ok: true; inline: Inline[] } | { ok: false; errors: string[] };

const NAMES: Record<string, string> = {
	heading: 'a heading (#)',
	list: 'a list',
	blockquote: 'a block quote (>)',
	code: 'a code block',
	inlineCode: 'code (`…`)',
	html: 'HTML',
	image: 'an image',
	imageReference: 'an image',
	linkReference: 'a reference-style link',
	definition: 'a link definition',
	thematicBreak: 'a horizontal rule',
	table: 'a table'
};

function nameOf(type: string): string {
	return NAMES[type] ?? type;
}

/** A link target: http(s) URLs as they are, DOIs (doi:10.…) as doi.org links; anything else is refused. */
export function linkTarget(url: string): string | undefined {
	if (/^https?:\/\/\S+$/.test(url)) return url;
	const doi = url.replace(/^doi:/, '');
	if (url.startsWith('doi:') && DOI_PATTERN.test(doi)) return `https://doi.org/${doi}`;
	return undefined;
}

function convert(nodes: PhrasingContent[], errors: string[]): Inline[] {
	const out: Inline[] = [];
	for (const node of nodes) {
		if (node.type === 'text') out.push({ type: 'text', value: node.value });
		else if (node.type === 'break') out.push({ type: 'text', value: ' ' });
		else if (node.type === 'emphasis' || node.type === 'strong') {
			out.push({ type: node.type, children: convert(node.children, errors) });
		} else if (node.type === 'link') {
			const href = linkTarget(node.url);
			if (!href) errors.push(`link to "${node.url}": links must be http(s) URLs or doi:10.…`);
			else out.push({ type: 'link', href, children: convert(node.children, errors) });
		} else errors.push(`${nameOf(node.type)} is not allowed`);
	}
	return out;
}

/** Parses a summary with the full CommonMark parser; errors name each construct outside the subset. */
export function parseMarkdown(text: string): InlineResult {
	const root = fromMarkdown(text);
	const errors: string[] = [];
	const blocks: RootContent[] = root.children;
	if (blocks.length > 1) errors.push('write one paragraph (no blank lines)');
	const inline: Inline[] = [];
	for (const block of blocks) {
		if (block.type === 'paragraph') inline.push(...convert(block.children, errors));
		else errors.push(`${nameOf(block.type)} is not allowed`);
	}
	return errors.length ? { ok: false, errors } : { ok: true, inline };
}

// The common case, read in one linear pass: one line of text with *emphasis*, **strong** and
// [links](https://…) whose delimiters CommonMark can read only one way. Anything else (a character
// that could start other markup, a delimiter next to punctuation or another delimiter) is left to
// parseMarkdown, whose worst case is super-linear: the schema's length limit keeps that small.
const BLOCK_START = /^(?:[\s#>+\-=~]|\d{1,9}[.)])/;
const PLAIN = /[^\p{Cc}*_`<\\&[\]]+/uy;
const WORD = /[\p{L}\p{N}]/u;
const DESTINATION = /\((?:[A-Za-z0-9\-._~:/?#@$+,;=]|%[0-9A-Fa-f]{2})+\)/y;

/** What the sticky `pattern` matches at `from`, if anything. */
function matchAt(pattern: RegExp, text: string, from: number): string | undefined {
	pattern.lastIndex = from;
	return pattern.exec(text)?.[0];
}

/** The plain run at `from` that a delimiter may wrap: it starts and ends with a letter or digit. */
function wrappedRun(text: string, from: number): string | undefined {
	const run = matchAt(PLAIN, text, from);
	if (!run || !WORD.test(run[0]!) || !WORD.test(run[run.length - 1]!)) return undefined;
	return run;
}

/** The summary's inline tree in one pass, or undefined where only the full parser can tell. */
export function parseSimple(text: string): InlineResult | undefined {
	if (BLOCK_START.test(text) || /\s$/.test(text)) return undefined;
	const inline: Inline[] = [];
	const errors: string[] = [];
	let plain = '';
	let i = 0;
	const flush = () => {
		if (plain) inline.push({ type: 'text', value: plain });
		plain = '';
	};
	while (i < text.length) {
		const char = text[i];
		if (char === '*') {
			const marker = text.startsWith('**', i) ? '**' : '*';
			if (text[i - 1] === '*') return undefined;
			const run = wrappedRun(text, i + marker.length);
			const end = i + marker.length + (run?.length ?? 0);
			if (!run || !text.startsWith(marker, end) || text[end + marker.length] === '*') {
				return undefined;
			}
			flush();
			const children: Inline[] = [{ type: 'text', value: run }];
			inline.push({ type: marker === '**' ? 'strong' : 'emphasis', children });
			i = end + marker.length;
		} else if (char === '[') {
			const label = matchAt(PLAIN, text, i + 1);
			const close = i + 1 + (label?.length ?? 0);
			const destination =
				label && text[close] === ']' ? matchAt(DESTINATION, text, close + 1) : undefined;
			// An image (![…]) is refused by the full parser, with its message.
			if (!label || !destination || text[i - 1] === '!') return undefined;
			flush();
			const url = destination.slice(1, -1);
			const href = linkTarget(url);
			if (!href) errors.push(`link to "${url}": links must be http(s) URLs or doi:10.…`);
			else inline.push({ type: 'link', href, children: [{ type: 'text', value: label }] });
			i = close + 1 + destination.length;
		} else {
			const run = matchAt(PLAIN, text, i);
			if (!run) return undefined;
			plain += run;
			i += run.length;
		}
	}
	flush();
	return errors.length ? { ok: false, errors } : { ok: true, inline };
}

/** Deeper than any link needs (links do not nest); deep brackets are the parser's slowest input. */
const MAX_BRACKET_DEPTH = 8;

function bracketDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '\\') i++;
		else if (char === '[') deepest = Math.max(deepest, ++depth);
		else if (char === ']' && depth > 0) depth--;
	}
	return deepest;
}

/** Parses a summary; errors name each construct outside the allowed subset. */
export function parseInline(text: string): InlineResult {
	const simple = parseSimple(text);
	if (simple) return simple;
	const depth = bracketDepth(text);
	if (depth > MAX_BRACKET_DEPTH) {
		return {
			ok: false,
			errors: [
				`square brackets nested ${depth} deep; at most ${MAX_BRACKET_DEPTH} (links do not nest)`
			]
		};
	}
	return parseMarkdown(text);
}
