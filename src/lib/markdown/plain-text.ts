// A summary's tree, and its words without markup: small enough for the browser, which has no
// Markdown parser (summaries are parsed at the data edge, in inline.ts).
export type Inline =
	| { type: 'text'; value: string }
	| { type: 'emphasis' | 'strong'; children: Inline[] }
	| { type: 'link'; href: string; children: Inline[] };

/** The words of an inline tree without its markup, for search and screen-reader names. */
export function plainText(inline: readonly Inline[]): string {
	return inline
		.map((node) => (node.type === 'text' ? node.value : plainText(node.children)))
		.join('');
}
