// Plain text written into Dyad's Markdown subset so that it reads as itself: CommonMark's own
// characters are escaped, and what would open a list or a heading at the start is too.
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_[\]<>#!|~&]/g, (char) => `\\${char}`)
		.replace(/^([-+=])/, '\\$1')
		.replace(/^(\d+)([.)])/, '$1\\$2');
}
