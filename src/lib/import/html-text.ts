// TimelineJS writes its texts as HTML; Dyad's allow a small Markdown subset. The HTML is read by a
// real parser (htmlparser2), never by the page: emphasis, strong emphasis and http(s) links are kept
// as Markdown, every other element is reduced to its text, and scripts and styles are dropped whole.
import { Parser } from 'htmlparser2';
import { escapeMarkdown } from '../markdown/escape';

const EMPHASIS = new Set(['em', 'i']);
const STRONG = new Set(['strong', 'b']);
/** Elements whose content is not text to read. */
const DROPPED = new Set([
	'script',
	'style',
	'template',
	'iframe',
	'object',
	'svg',
	'math',
	'noscript'
]);
/** Elements that end a line of text: a space stands for them. */
const BREAKING = new Set([
	'br',
	'p',
	'div',
	'li',
	'tr',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'blockquote'
]);

export interface HtmlText {
	/** The text in Dyad's Markdown subset. */
	markdown: string;
	/** The text without any markup. */
	plain: string;
	/** Whether anything but emphasis, strong emphasis and http(s) links was left out. */
	dropped: boolean;
}

export function htmlToText(html: string): HtmlText {
	let markdown = '';
	let plain = '';
	let dropped = false;
	let skipping = 0;
	const links: (string | undefined)[] = [];
	/** Where each open emphasis began in the Markdown, and its marker. */
	const open: { at: number; marker: string }[] = [];
	const begin = (marker: string) => {
		open.push({ at: markdown.length, marker });
		markdown += marker;
	};
	// Emphasis around nothing is left out; spaces at its edges go outside it, where Markdown wants them.
	const end = () => {
		const { at, marker } = open.pop() ?? { at: markdown.length, marker: '' };
		if (!marker) return;
		const inner = markdown.slice(at + marker.length);
		const trimmed = inner.trim();
		markdown =
			markdown.slice(0, at) +
			(trimmed
				? `${inner.match(/^\s*/)![0]}${marker}${trimmed}${marker}${inner.match(/\s*$/)![0]}`
				: inner);
	};
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (skipping || DROPPED.has(name)) {
					if (DROPPED.has(name)) {
						skipping++;
						dropped = true;
					}
					return;
				}
				if (BREAKING.has(name)) {
					markdown += ' ';
					plain += ' ';
				} else if (EMPHASIS.has(name)) begin('*');
				else if (STRONG.has(name)) begin('**');
				else if (name === 'a') {
					const href = attributes.href?.trim();
					const safe = href && /^https?:\/\/\S+$/i.test(href) ? href : undefined;
					if (!safe && href) dropped = true;
					links.push(safe);
					if (safe) markdown += '[';
				} else if (!['span', 'u', 'small', 'sup', 'sub', 'abbr', 'cite', 'q'].includes(name))
					dropped = true;
			},
			ontext(text) {
				if (skipping) return;
				const flat = text.replace(/\s+/g, ' ');
				markdown += escapeMarkdown(`x${flat}`).slice(1);
				plain += flat;
			},
			onclosetag(name) {
				if (DROPPED.has(name)) {
					skipping = Math.max(0, skipping - 1);
					return;
				}
				if (skipping) return;
				if (BREAKING.has(name)) {
					markdown += ' ';
					plain += ' ';
				} else if (EMPHASIS.has(name) || STRONG.has(name)) end();
				else if (name === 'a') {
					const href = links.pop();
					const escaped = href?.replace(
						/[()\\]/g,
						(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
					);
					if (escaped) markdown += `](${escaped})`;
				}
			}
		},
		{ decodeEntities: true }
	);
	parser.write(html);
	parser.end();
	const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
	while (open.length) end();
	const cleaned = tidy(markdown).replace(/\[\s*\]\([^)]*\)/g, '');
	// What would open a list or a heading at the start of the text reads as itself.
	const start = tidy(cleaned)
		.replace(/^([-+=])/, '\\$1')
		.replace(/^(\d+)([.)])/, '$1\\$2');
	return { markdown: start, plain: tidy(plain), dropped };
}
