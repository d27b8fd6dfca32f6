// A summary's tree written back as the Markdown it was parsed from (in its normal form), so the events
// table can carry summaries that read back as they were.
import { escapeMarkdown } from './escape';
import type { Inline } from './plain-text';

function write(nodes: readonly Inline[], first: boolean): string {
	return nodes
		.map((node, index) => {
			const atStart = first && index === 0;
			if (node.type === 'text')
				return atStart ? escapeMarkdown(node.value) : escapeMarkdown(`x${node.value}`).slice(1);
			const inner = write(node.children, false);
			if (node.type !== 'link') return node.type === 'emphasis' ? `*${inner}*` : `**${inner}**`;
			const href = /[\s()<>]/.test(node.href) ? `<${node.href}>` : node.href;
			return `[${inner}](${href})`;
		})
		.join('');
}

export function inlineToMarkdown(nodes: readonly Inline[]): string {
	return write(nodes, true);
}
