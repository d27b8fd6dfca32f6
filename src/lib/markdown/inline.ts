// Event summaries allow a small, safe Markdown subset: emphasis, strong emphasis and links.
// They are parsed once, at the data edge, into a tree that components draw without any HTML strings.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent, RootContent } from 'mdast';
import { DOI_PATTERN } from '../schema/primitives';

export type Inline =
	| { type: 'text'; value: string }
	| { type: 'emphasis' | 'strong'; children: Inline[] }
	| { type: 'link'; href: string; children: Inline[] };

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

/** Parses a summary; errors name each construct outside the allowed subset. */
export function parseInline(text: string): InlineResult {
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

/** The words of an inline tree without its markup, for search and screen-reader names. */
export function plainText(inline: readonly Inline[]): string {
	return inline
		.map((node) => (node.type === 'text' ? node.value : plainText(node.children)))
		.join('');
}
